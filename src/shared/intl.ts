/**
 * Memoized `Intl` objects. Each costs from tens of microseconds to milliseconds to make, and the elements
 * ask for the same few per language over and over, so each is made once per language and options. The cache
 * keeps the last few languages a page used (a language switch back and forth stays instant) and drops older
 * ones with all their formatters.
 */

const LANGUAGES_KEPT = 4;
const byLanguage = new Map<string, Map<string, unknown>>();

function memo<T>(locale: string, kind: string, options: object | undefined, make: () => T): T {
  let cache = byLanguage.get(locale);
  if (!cache) {
    if (byLanguage.size >= LANGUAGES_KEPT) byLanguage.delete(byLanguage.keys().next().value!);
    byLanguage.set(locale, (cache = new Map()));
  }
  const key = options ? `${kind}${JSON.stringify(options)}` : kind;
  let made = cache.get(key) as T | undefined;
  if (made === undefined) cache.set(key, (made = make()));
  return made;
}

export const dateTimeFormat = (locale: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  memo(locale, 'date', options, () => new Intl.DateTimeFormat(locale, options));

export const numberFormat = (locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat =>
  memo(locale, 'number', options, () => new Intl.NumberFormat(locale, options));

export const listFormat = (locale: string, options: Intl.ListFormatOptions = { type: 'conjunction' }): Intl.ListFormat =>
  memo(locale, 'list', options, () => new Intl.ListFormat(locale, options));

export const pluralRules = (locale: string, options?: Intl.PluralRulesOptions): Intl.PluralRules =>
  memo(locale, 'plural', options, () => new Intl.PluralRules(locale, options));

/** The collator every element sorts and compares with: numbers in text by value ("2" before "10"), case and accents second. */
export const collator = (locale: string, options: Intl.CollatorOptions = { numeric: true }): Intl.Collator =>
  memo(locale, 'collator', options, () => new Intl.Collator(locale, options));

export const displayNames = (locale: string, type: Intl.DisplayNamesType): Intl.DisplayNames =>
  memo(locale, type, undefined, () => new Intl.DisplayNames(locale, { type, fallback: 'code' }));

/** A number in the reader's digits and grouping. */
export const formatNumber = (locale: string, value: number): string => numberFormat(locale).format(value);

/** Texts as one list in the reader's language ("A, B and C"). */
export const formatList = (locale: string, items: Iterable<string>): string => listFormat(locale).format(items);

/**
 * The name of a region (ISO 3166-1 alpha-2 `CL`, or a UN M49 code such as `419`) or a language (`es`) in the
 * reader's language; the code as written when `Intl` does not know it.
 */
export function nameOf(locale: string, type: 'region' | 'language', code: string): string {
  try {
    return displayNames(locale, type).of(type === 'region' ? code.toUpperCase() : code) ?? code;
  } catch {
    return code;
  }
}

/** A language as the reader names it: a BCP 47 tag (`de`, `pt-BR`) by its name, anything else as given. */
export const languageName = (locale: string, text: string): string =>
  /^[a-z]{2,3}(-[a-z\d]{2,8})*$/i.test(text) ? nameOf(locale, 'language', text) : text;

/** A country as the reader names it: a region code (`CL`, `gb`) by its name, anything else (a name already) as given. */
export const regionName = (locale: string, text: string): string => (/^[A-Za-z]{2}$/.test(text) ? nameOf(locale, 'region', text) : text);
