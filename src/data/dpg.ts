import { normaliseComponent, requireRecord, text, type ComponentJson, type ComponentModel } from './component.js';
import { asList, asObject, type Json } from '../shared/text.js';

/**
 * Maps a Digital Public Goods registry record (the DPG Alliance's `publicgoods-candidates` files, and the
 * registry API's variants of the same fields) to the library's format: `name`, `description`, `website`,
 * `repositoryURL` / `repositories`, `license` / `licenses` / `openlicenses` (SPDX), `organizations` (the
 * owner first), `locations.deploymentCountries`, `SDGs`, `sectors` (as tags) and `stage` (`DPG` or
 * `nominee`). A registered licence meets the "free/open source" criterion: the DPG Standard requires one.
 */
export function fromDpgRecord(record: Json): ComponentJson {
  const licence = asObject([record.license, record.licenses, record.openlicenses].flatMap(asList)[0]);
  const organisations = asList(record.organizations).map(asObject);
  const owner = organisations.find((o) => o.org_type === 'owner') ?? organisations[0] ?? {};
  // A goal is a number, a text that starts with one ("16", "16 Peace"), or an object holding one.
  const sdgs = asList(record.SDGs ?? asObject(record.sdgs).sdg ?? record.sdgs).map((s) => {
    const goal = asObject(s);
    return parseInt(text(goal.SDGNumber ?? goal.sdg ?? goal.number ?? s) ?? '', 10);
  });
  const spdx = text(licence.spdx) ?? text(licence.openLicense) ?? text(licence.license) ?? text(record.license);
  const stage = text(record.stage)?.toLowerCase();
  return {
    name: text(record.name),
    lang: 'en',
    description: text(record.description),
    organisation: text(owner.name),
    organisationUrl: text(owner.website),
    license: spdx,
    licenseUrl: text(licence.licenseURL),
    tags: asList(record.sectors) as string[],
    sdgs,
    dpgStage: stage === 'dpg' || stage === 'nominee' ? stage : undefined,
    countries: asList(asObject(record.locations).deploymentCountries) as string[],
    links: { code: text(record.repositoryURL) ?? text(asObject(asList(record.repositories)[0]).url), website: text(record.website) },
    landingUrl: text(record.website),
    criteria: spdx ? { openSource: true } : undefined,
  };
}

/** The card's model of a DPG registry record. */
export const readDpgRecord = (value: unknown): ComponentModel => normaliseComponent(fromDpgRecord(requireRecord(value, 'DPG JSON')));
