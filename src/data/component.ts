/**
 * The component card's model, and the library's own JSON format for one component.
 *
 * ```json
 * {
 *   "id": "mapit",
 *   "name": "MapIt",
 *   "lang": "en",
 *   "tagline": { "en": "Map geographic points to administrative boundaries", "es": "Mapea puntos geográficos…" },
 *   "description": "A web service which makes it easy to find out which administrative area covers a point.",
 *   "problem": "Solve your app’s administrative boundary problems, easily.",
 *   "organisation": "mySociety",
 *   "organisationUrl": "https://www.mysociety.org/",
 *   "status": "stable",
 *   "license": "AGPL-3.0-only",
 *   "licenseUrl": "https://github.com/mysociety/mapit/blob/master/LICENSE.txt",
 *   "platforms": ["Python", "GeoDjango", "PostGIS"],
 *   "tags": ["boundary", "lookup"],
 *   "countries": ["GB", "NO", "AU"],
 *   "languages": ["en"],
 *   "usedBy": [{ "name": "WriteToThem", "url": "https://www.writetothem.com/", "country": "GB" }],
 *   "links": { "code": "https://github.com/mysociety/mapit", "website": "http://mapit.poplus.org/", "docs": "…", "demo": "…" },
 *   "landingUrl": "http://mapit.poplus.org/",
 *   "criteria": { "civic": true, "singleProblem": true, "composable": true, "platformAgnostic": true,
 *                 "countryAgnostic": true, "openSource": true, "documentedApi": true },
 *   "sdgs": [16],
 *   "dpgStage": "dpg"
 * }
 * ```
 *
 * Only `name` is expected; every other field may be left out. Texts (`tagline`, `description`, `problem`,
 * `organisation`) are a string in the record's `lang`, or an object from BCP 47 language tag to text.
 * `status` is the publiccode.yml vocabulary (`concept`, `development`, `beta`, `stable`, `obsolete`; Poplus's
 * "Alpha" reads as `development`). `license` is an SPDX identifier. `countries` are ISO 3166-1 alpha-2 codes
 * (English country names are converted where they match). `criteria` says which of the seven points of the
 * Definition of a Poplus Component the component meets; a criterion left out is "not stated".
 *
 * An entry of Poplus's own catalogue (`components.json`: `tagline_i18n`, `summary`, `owner`, `repo`,
 * `examples`…) is read as well, through `fromPoplusEntry`.
 */

import { parseError } from './errors.js';
import { readText, readValue, type Format } from './formats.js';
import type { SourceHint } from './load.js';
import { asList, asLocalized, asObject, asText, asTexts, isObject, languageTag, type LocalizedText } from '../shared/text.js';

export type { LocalizedText };

export const STATUSES = ['concept', 'development', 'beta', 'stable', 'obsolete'] as const;
export type ComponentStatus = (typeof STATUSES)[number];

/** The seven points of the Definition of a Poplus Component (v.01, agreed at PoplusCon), in order. */
export const CRITERIA = [
  'civic',
  'singleProblem',
  'composable',
  'platformAgnostic',
  'countryAgnostic',
  'openSource',
  'documentedApi',
] as const;
export type Criterion = (typeof CRITERIA)[number];

export interface ComponentLinks {
  code?: string;
  website?: string;
  docs?: string;
  demo?: string;
}

export interface ComponentUser {
  name: string;
  url?: string;
  country?: string;
}

/** A component as the card shows it: every field present and of the right type. URLs are not yet checked. */
export interface ComponentModel {
  id?: string;
  name: string;
  tagline: LocalizedText;
  description: LocalizedText;
  problem: LocalizedText;
  organisation: LocalizedText;
  organisationUrl?: string;
  /** One of `STATUSES`, or the data's own word when it is not one of them. */
  status?: string;
  license?: string;
  licenseUrl?: string;
  platforms: string[];
  tags: string[];
  sdgs: number[];
  dpgStage?: 'dpg' | 'nominee';
  /** ISO 3166-1 alpha-2 codes, or names as written when they could not be matched. */
  countries: string[];
  languages: string[];
  usedBy: ComponentUser[];
  links: ComponentLinks;
  landingUrl?: string;
  criteria?: Partial<Record<Criterion, boolean>>;
}

type Text = string | Record<string, string | null | undefined> | null;

/** The library's JSON format for one component (see the module comment). */
export interface ComponentJson {
  id?: string;
  name?: string;
  /** The language of the plain-string texts. */
  lang?: string;
  tagline?: Text;
  description?: Text;
  problem?: Text;
  organisation?: Text;
  organisationUrl?: string;
  status?: string;
  license?: string;
  licenseUrl?: string;
  platforms?: string[];
  tags?: string[];
  sdgs?: number[];
  dpgStage?: 'dpg' | 'nominee';
  countries?: string[];
  languages?: string[];
  usedBy?: (string | ComponentUser)[];
  links?: ComponentLinks;
  landingUrl?: string;
  criteria?: Partial<Record<Criterion, boolean>>;
}

/** Longest text kept from any field of a card. */
const MAX_TEXT = 5000;

/** A trimmed, bounded text, or `undefined` for an empty one or a value that holds no text. */
export const text = (value: unknown): string | undefined => asText(value, MAX_TEXT) || undefined;
const texts = (value: unknown): string[] => asTexts(value, MAX_TEXT);
const localized = (value: unknown, lang: string) => asLocalized(value, lang, MAX_TEXT);

let countryCodes: Map<string, string> | undefined;

/**
 * An ISO 3166-1 alpha-2 code for a country given as a code or an English name ("South Africa", "USA",
 * "eSwatini (former Swaziland)"); the value as written when nothing matches.
 */
export function countryCode(value: string): string {
  const key = (name: string) =>
    name
      .replace(/\(.*?\)/g, '')
      .trim()
      .toLowerCase();
  if (!countryCodes) {
    countryCodes = new Map([
      ['uk', 'GB'],
      ['usa', 'US'],
      ['united states of america', 'US'],
    ]);
    const names = new Intl.DisplayNames('en', { type: 'region' });
    for (let a = 65; a < 91; a++) {
      for (let b = 65; b < 91; b++) {
        const code = String.fromCharCode(a, b);
        const name = names.of(code);
        // Old codes (UK, SU, YU…) name the same country as the current one, which wins.
        if (name && name !== code) countryCodes.set(key(name), Intl.getCanonicalLocales(`und-${code}`)[0]!.slice(4));
      }
    }
  }
  const wanted = key(value);
  return countryCodes.get(wanted) ?? (/^[a-z]{2}$/.test(wanted) ? wanted.toUpperCase() : value);
}

function status(value: unknown): string | undefined {
  const word = text(value)?.toLowerCase();
  return word === 'alpha' ? 'development' : word;
}

/** Reads any object in the library's format into the model, dropping what has the wrong type. */
export function normaliseComponent(value: unknown): ComponentModel {
  const v = asObject(value);
  const lang = languageTag(v.lang) ?? 'und';
  const links = asObject(v.links);
  const criteria = asObject(v.criteria);
  const stage = text(v.dpgStage)?.toLowerCase();
  return {
    id: text(v.id),
    name: text(v.name) ?? '',
    tagline: localized(v.tagline, lang),
    description: localized(v.description, lang),
    problem: localized(v.problem, lang),
    organisation: localized(v.organisation, lang),
    organisationUrl: text(v.organisationUrl),
    status: status(v.status),
    license: text(v.license),
    licenseUrl: text(v.licenseUrl),
    platforms: texts(v.platforms),
    tags: texts(v.tags),
    sdgs: [
      ...new Set(
        asList(v.sdgs)
          .map((n) => Number(asText(n)))
          .filter((n) => Number.isInteger(n) && n > 0 && n < 18),
      ),
    ],
    dpgStage: stage === 'dpg' || stage === 'nominee' ? stage : undefined,
    countries: [...new Set(texts(v.countries).map(countryCode))],
    languages: texts(v.languages),
    usedBy: asList(v.usedBy)
      .map((u) => (isObject(u) ? { name: text(u.name) ?? '', url: text(u.url), country: text(u.country) } : { name: text(u) ?? '' }))
      .filter((u) => u.name),
    links: { code: text(links.code), website: text(links.website), docs: text(links.docs), demo: text(links.demo) },
    landingUrl: text(v.landingUrl),
    criteria: isObject(v.criteria)
      ? Object.fromEntries(CRITERIA.filter((c) => typeof criteria[c] === 'boolean').map((c) => [c, criteria[c] as boolean]))
      : undefined,
  };
}

/** Whether an object looks like an entry of Poplus's `components.json` rather than the library's format. */
export const isPoplusEntry = (value: unknown): boolean =>
  isObject(value) && ['tagline_i18n', 'summary', 'owner', 'repo', 'examples'].some((k) => k in value);

/**
 * Maps an entry of Poplus's catalogue (`components.json`) to the library's format: English texts with their
 * `_i18n` translations, the owner, the repository and sites, the stack, the examples as "used by" and their
 * countries, and `criteria` / `license` where an entry has them. Poplus's "Alpha" reads as `development`, and a component whose history says it is no longer in
 * active development as `obsolete`.
 */
export function fromPoplusEntry(value: unknown): ComponentJson {
  const entry = asObject(value);
  const withTranslations = (en: unknown, i18n: unknown) => ({ ...asObject(i18n), ...(text(en) ? { en: en as string } : {}) }) as Text;
  const examples = asList(entry.examples).map(asObject);
  const retired = asList(entry.status_history).some((h) => /no longer in active development/i.test(text(asObject(h).status) ?? ''));
  return {
    id: text(entry.id),
    name: text(entry.name),
    lang: 'en',
    tagline: withTranslations(entry.tagline, entry.tagline_i18n),
    description: withTranslations(entry.summary, entry.summary_i18n),
    problem: text(entry.problem),
    organisation: withTranslations(entry.owner, entry.owner_i18n),
    status: retired ? 'obsolete' : text(entry.status),
    license: text(entry.license),
    licenseUrl: text(entry.license_url),
    platforms: texts(entry.stack),
    tags: texts(entry.tags),
    countries: examples.map((e) => text(e.country)).filter((c): c is string => !!c),
    usedBy: examples.map((e) => ({ name: text(e.name) ?? '', url: text(e.url), country: text(e.country) })),
    links: { code: text(entry.repo), website: text(entry.website), docs: text(entry.docs), demo: text(entry.demo) },
    criteria: entry.criteria as ComponentJson['criteria'],
  };
}

/** Whether a parsed value is a Digital Public Goods registry record. */
const isDpgRecord = (value: unknown): boolean =>
  isObject(value) && ['SDGs', 'sdgs', 'stage', 'repositoryURL', 'locations', 'openlicenses', 'organizations'].some((k) => k in value);

/** Whether a parsed value is a `publiccode.yml` (read as YAML, or given as an object). */
const isPubliccode = (value: unknown): boolean => isObject(value) && 'publiccodeYmlVersion' in value;

/** The value if it is an object (one component's record); anything else is no component, refused as a parse error of the format. */
export function requireRecord(value: unknown, format: string): Record<string, unknown> {
  if (!isObject(value)) throw parseError(format, 'not a component record');
  return value;
}

const native = (value: unknown): ComponentModel => normaliseComponent(requireRecord(value, 'JSON'));

/** The formats a component card reads; adapters other than the library's own load when their format turns up. */
export const componentFormats: readonly Format<ComponentModel>[] = [
  {
    names: ['publiccode', 'publiccode.yml', 'yaml', 'yml'],
    label: 'publiccode.yml',
    syntax: 'yaml',
    matches: isPubliccode,
    adapter: () => import('./publiccode.js').then((m) => m.readPubliccode),
  },
  {
    names: ['dpg'],
    label: 'DPG JSON',
    syntax: 'json',
    matches: isDpgRecord,
    adapter: () => import('./dpg.js').then((m) => m.readDpgRecord),
  },
  {
    names: ['poplus'],
    label: 'JSON',
    syntax: 'json',
    matches: isPoplusEntry,
    adapter: () => (value) => normaliseComponent(fromPoplusEntry(requireRecord(value, 'JSON'))),
  },
  { names: ['json'], label: 'JSON', syntax: 'json', adapter: () => native },
];

/** Reads a component in any format the card understands. */
export const readComponent = (text: string, hint: Partial<SourceHint>): Promise<ComponentModel> => readText(componentFormats, text, hint);

/** Reads a component set from code: the library's format, a Poplus catalogue entry, a DPG record or a parsed publiccode.yml. */
export const adaptComponent = (value: unknown, format?: string): ComponentModel | Promise<ComponentModel> =>
  readValue(componentFormats, value, format);
