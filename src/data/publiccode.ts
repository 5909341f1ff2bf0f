import { normaliseComponent, requireRecord, text, type ComponentJson, type ComponentModel } from './component.js';
import { asList, asObject, type Json } from '../shared/text.js';

/**
 * Maps a parsed `publiccode.yml` (versions 0.2 to 0.4, and the 0.5 files that keep the same fields) to the
 * library's format: `name`, `url` (code), `landingURL`, `developmentStatus`, `legal.license`, the owner
 * (`legal.mainCopyrightOwner`, else `legal.repoOwner`, else the first contractor), per-language
 * `description.<lang>` (`shortDescription` as tagline, `longDescription` as description, `documentation`),
 * `platforms`, `categories` (as tags), `intendedAudience.countries`, `localisation.availableLanguages` and
 * `usedBy`. Markdown heading marks in the long description are dropped; the rest is shown as written.
 */
export function fromPubliccode(doc: Json): ComponentJson {
  const legal = asObject(doc.legal);
  const descriptions = Object.entries(asObject(doc.description)).map(([lang, d]) => [lang, asObject(d)] as const);
  const byLang = (field: string, clean = (s: string) => s) =>
    Object.fromEntries(
      descriptions.map(([lang, d]) => {
        const value = text(d[field]);
        return [lang, value && clean(value)];
      }),
    );
  return {
    name: text(doc.name),
    tagline: byLang('shortDescription'),
    description: byLang('longDescription', (s) => s.replace(/^#{1,6}\s+/gm, '')),
    organisation:
      text(legal.mainCopyrightOwner) ?? text(legal.repoOwner) ?? text(asObject(asList(asObject(doc.maintenance).contractors)[0]).name),
    status: text(doc.developmentStatus),
    license: text(legal.license),
    platforms: asList(doc.platforms) as string[],
    tags: asList(doc.categories) as string[],
    countries: asList(asObject(doc.intendedAudience).countries) as string[],
    languages: asList(asObject(doc.localisation).availableLanguages) as string[],
    usedBy: asList(doc.usedBy) as string[],
    links: {
      code: text(doc.url),
      website: text(doc.landingURL),
      docs: descriptions.map(([, d]) => text(d.documentation)).find(Boolean),
    },
    landingUrl: text(doc.landingURL),
  };
}

/** The card's model of a parsed `publiccode.yml` (YAML is parsed, lazily, by the shared reading path). */
export const readPubliccode = (doc: unknown): ComponentModel => normaliseComponent(fromPubliccode(requireRecord(doc, 'publiccode.yml')));
