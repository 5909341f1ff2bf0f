import { DataReadError } from './errors.js';
import { array, isObject, normaliseComponent, object, text, type ComponentJson, type ComponentModel, type Json } from './component.js';

/**
 * Maps a parsed `publiccode.yml` (versions 0.2 to 0.4, and the 0.5 files that keep the same fields) to the
 * library's format: `name`, `url` (code), `landingURL`, `developmentStatus`, `legal.license`, the owner
 * (`legal.mainCopyrightOwner`, else `legal.repoOwner`, else the first contractor), per-language
 * `description.<lang>` (`shortDescription` as tagline, `longDescription` as description, `documentation`),
 * `platforms`, `categories` (as tags), `intendedAudience.countries`, `localisation.availableLanguages` and
 * `usedBy`. Markdown heading marks in the long description are dropped; the rest is shown as written.
 */
export function fromPubliccode(doc: Json): ComponentJson {
  const legal = object(doc.legal);
  const descriptions = Object.entries(object(doc.description)).map(([lang, d]) => [lang, object(d)] as const);
  const byLang = (field: string, clean = (s: string) => s) =>
    Object.fromEntries(descriptions.map(([lang, d]) => [lang, text(d[field]) && clean(d[field] as string)]));
  return {
    name: text(doc.name),
    tagline: byLang('shortDescription'),
    description: byLang('longDescription', (s) => s.replace(/^#{1,6}\s+/gm, '')),
    organisation:
      text(legal.mainCopyrightOwner) ?? text(legal.repoOwner) ?? text(object(array(object(doc.maintenance).contractors)[0]).name),
    status: text(doc.developmentStatus),
    license: text(legal.license),
    platforms: array(doc.platforms) as string[],
    tags: array(doc.categories) as string[],
    countries: array(object(doc.intendedAudience).countries) as string[],
    languages: array(object(doc.localisation).availableLanguages) as string[],
    usedBy: array(doc.usedBy) as string[],
    links: {
      code: text(doc.url),
      website: text(doc.landingURL),
      docs: descriptions.map(([, d]) => text(d.documentation)).find(Boolean),
    },
    landingUrl: text(doc.landingURL),
  };
}

/** Reads a `publiccode.yml` file; YAML support is loaded only when the first one is read. */
export async function readPubliccode(source: string): Promise<ComponentModel> {
  const { parse } = await import('yaml');
  let doc: unknown;
  try {
    doc = parse(source, { maxAliasCount: 100 });
  } catch (e) {
    throw new DataReadError('parse', 'publiccode.yml', undefined, (e as Error).message);
  }
  if (!isObject(doc)) throw new DataReadError('parse', 'publiccode.yml', undefined, 'not a mapping of fields');
  return normaliseComponent(fromPubliccode(doc));
}
