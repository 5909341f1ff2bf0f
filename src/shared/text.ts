/**
 * The text layer every element and adapter shares: guards that turn any JSON value into text or a list
 * (total functions: nothing here throws, whatever the data holds), search folding, and the choice of a
 * language among translations. One definition each, so that every element reads and searches alike.
 */

export type Json = Record<string, unknown>;

/** Text by BCP 47 language tag; `und` holds text whose language is unknown. */
export type LocalizedText = Record<string, string>;

/** Longest text kept from any field: enough for any description, and a bound on what hostile data can make us draw. */
export const MAX_TEXT = 10_000;

/** Whether a value is a plain object (not `null`, not an array). */
export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value if it is an object, else an empty one. */
export const asObject = (value: unknown): Json => (isObject(value) ? value : {});

/** The value as a list: an array as it is, `null`/`undefined` as none, anything else as a list of one. */
export const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value == null ? [] : [value]);

/**
 * Any value as trimmed text, at most `max` characters: strings as written, finite numbers in digits
 * (`1977`, `4.5`), anything else (`null`, booleans, objects, lists) as `''`.
 */
export function asText(value: unknown, max = MAX_TEXT): string {
  const text = typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
  if (text.length <= max && !/^\s|\s$/.test(text)) return text;
  // Cut after trimming the start, then trim the end again (the cut may end in spaces).
  return text
    .slice(0, max * 2)
    .trimStart()
    .slice(0, max)
    .trimEnd();
}

/** The texts of a value that may be one text or a list of them: non-empty, without repeats. */
export function asTexts(value: unknown, max = MAX_TEXT): string[] {
  return [...new Set(asList(value).map((v) => asText(v, max)))].filter(Boolean);
}

// Combining marks that act as accents or optional vowel points: Latin, Greek and Cyrillic diacritics, Hebrew
// points, Arabic harakat, and the combining extensions. Marks that are letters of their script (Devanagari or
// Thai vowel signs, Japanese sound marks) are kept, so that search there stays exact.
const ACCENTS =
  // eslint-disable-next-line no-misleading-character-class -- a class of combining marks on purpose, to strip them
  /[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * Text folded for search: compatibility forms unified (full-width Latin, ligatures), accents and vowel points
 * removed, lower case. "São Paulo" → "sao paulo", "Ｐｏｐｌｕｓ" → "poplus", "مُحَمَّد" → "محمد". The same
 * function folds the data and the query, in every element.
 */
export function fold(text: string): string {
  return (NON_ASCII.test(text) ? text.normalize('NFKD').replace(ACCENTS, '') : text).toLowerCase();
}

/**
 * A language tag in its canonical form (`EN-gb` → `en-GB`), `und` as it is, or `undefined` if it is not one.
 * The language must be of two or three letters, as every language in use is: BCP 47 also allows five to eight,
 * which would take an object's ordinary keys (`label`, `country`, `value`) for languages.
 */
export function languageTag(value: unknown): string | undefined {
  const tag = asText(value, 64);
  if (tag === 'und') return tag;
  if (!/^[a-z]{2,3}(-|$)/i.test(tag)) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

const baseLanguage = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * The text to show for a language: the exact tag, else the same language in another region or script, else
 * English, else the first one given. `lang` is the tag of the text chosen.
 */
export function pickLanguage(texts: LocalizedText, locale: string): { text: string; lang: string } | undefined {
  const tags = Object.keys(texts).filter((t) => texts[t]);
  const wanted = locale.toLowerCase();
  const lang =
    tags.find((t) => t.toLowerCase() === wanted) ??
    tags.find((t) => baseLanguage(t) === baseLanguage(wanted)) ??
    tags.find((t) => baseLanguage(t) === 'en') ??
    tags[0];
  return lang === undefined ? undefined : { text: texts[lang]!, lang };
}

/**
 * A language map (`{"en": "…", "es": "…"}`) from any value: a plain text becomes the text of `lang`; an object's
 * entries are kept where the key is a language tag and the value text. Anything else gives an empty map.
 */
export function asLocalized(value: unknown, lang = 'und', max = MAX_TEXT): LocalizedText {
  const single = asText(value, max);
  if (single) return { [lang]: single };
  const out: LocalizedText = {};
  if (!isObject(value)) return out;
  for (const [key, entry] of Object.entries(value)) {
    const tag = languageTag(key);
    const text = asText(entry, max);
    if (tag && text) out[tag] = text;
  }
  return out;
}

/** A text that may be given per language (Popolo, Wikidata), in the reader's language: `''` when there is none. */
export const localizedText = (value: unknown, locale: string): string => pickLanguage(asLocalized(value), locale)?.text ?? '';

/**
 * A text kept in its own direction inside a line of another (an English room name in an Arabic line, an
 * Arabic name in an English list), with the Unicode isolates FSI…PDI as Fluent puts around placeables: no
 * element to draw, for texts repeated down a long list, and the only isolates SVG text has.
 */
export const isolated = (text: string): string => `\u2068${text}\u2069`;

/** A heading level from an attribute: a whole number from 1 to 6, `fallback` when it is not a number. */
export function headingLevel(value: unknown, fallback = 3): number {
  const level = Math.round(typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN);
  return Number.isFinite(level) ? Math.min(6, Math.max(1, level)) : fallback;
}
