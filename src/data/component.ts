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

/** Text by BCP 47 language tag; `und` holds text whose language is unknown. */
export type LocalizedText = Record<string, string>;

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

/** Longest text kept from any field: enough for a card, and a bound on what a hostile file can make us draw. */
const MAX_TEXT = 5000;

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
export const object = (value: unknown): Json => (isObject(value) ? value : {});
export const array = (value: unknown): unknown[] => (Array.isArray(value) ? value : value == null ? [] : [value]);

/** A trimmed, bounded string, or `undefined` for anything else (numbers, objects, empty strings). */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value.trim().slice(0, MAX_TEXT) || undefined : undefined;
}

function texts(value: unknown): string[] {
  return [
    ...new Set(
      array(value)
        .map(text)
        .filter((t): t is string => !!t),
    ),
  ];
}

function langTag(value: unknown): string | undefined {
  try {
    return text(value) === 'und' ? 'und' : Intl.getCanonicalLocales(text(value) ?? [])[0];
  } catch {
    return undefined;
  }
}

function localized(value: unknown, lang: string): LocalizedText {
  const single = text(value);
  if (single) return { [lang]: single };
  const out: LocalizedText = {};
  for (const [key, val] of Object.entries(object(value))) {
    const tag = langTag(key);
    const t = text(val);
    if (tag && t) out[tag] = t;
  }
  return out;
}

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
  const v = object(value);
  const lang = langTag(v.lang) ?? 'und';
  const links = object(v.links);
  const criteria = object(v.criteria);
  const stage = text(v.dpgStage);
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
        array(v.sdgs)
          .map(Number)
          .filter((n) => Number.isInteger(n) && n > 0 && n < 18),
      ),
    ],
    dpgStage: stage === 'dpg' || stage === 'nominee' ? stage : undefined,
    countries: [...new Set(texts(v.countries).map(countryCode))],
    languages: texts(v.languages),
    usedBy: array(v.usedBy)
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
export const isPoplusEntry = (value: Json): boolean => ['tagline_i18n', 'summary', 'owner', 'repo', 'examples'].some((k) => k in value);

/**
 * Maps an entry of Poplus's catalogue (`components.json`) to the library's format: English texts with their
 * `_i18n` translations, the owner, the repository and sites, the stack, the examples as "used by" and their
 * countries, and `criteria` / `license` where an entry has them. Poplus's "Alpha" reads as `development`, and a component whose history says it is no longer in
 * active development as `obsolete`.
 */
export function fromPoplusEntry(entry: Json): ComponentJson {
  const withTranslations = (en: unknown, i18n: unknown) => ({ ...object(i18n), ...(text(en) ? { en: en as string } : {}) }) as Text;
  const examples = array(entry.examples).map(object);
  const retired = array(entry.status_history).some((h) => /no longer in active development/i.test(text(object(h).status) ?? ''));
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

/**
 * The text to show for a language: the exact tag, else the same language in another region, else English,
 * else the first one given. `lang` is the tag of the text chosen.
 */
export function pickLanguage(texts: LocalizedText, locale: string): { text: string; lang: string } | undefined {
  const tags = Object.keys(texts);
  const base = (tag: string) => tag.split('-')[0]!.toLowerCase();
  const lang =
    tags.find((t) => t.toLowerCase() === locale.toLowerCase()) ??
    tags.find((t) => base(t) === base(locale)) ??
    tags.find((t) => base(t) === 'en') ??
    tags[0];
  return lang === undefined ? undefined : { text: texts[lang]!, lang };
}
