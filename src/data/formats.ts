import { DataReadError, parseError, parseJson } from './errors.js';
import type { SourceHint } from './load.js';
import { sniff, type Syntax } from './sniff.js';

/** What an adapter is told besides its input. */
export interface ReadContext {
  /** Where the data came from and what it was called. */
  hint: Partial<SourceHint>;
}

/** Turns parsed data (a JSON or YAML value; the text itself for CSV, iCalendar and XML) into an element's model. */
export type Adapter<T> = (input: unknown, context: ReadContext) => T | Promise<T>;

/**
 * One format a model reads: its names for the `format` attribute, its syntax, how to recognise it, and its
 * adapter (loaded with `import()` the first time such data turns up, so a page pays only for what it reads).
 */
export interface Format<T> {
  /** Words the `format` attribute may use for it. */
  names: readonly string[];
  /** Its name in error messages ("frab XML", "CSV"). */
  label: string;
  syntax: Syntax;
  /** Whether data (parsed for JSON and YAML, the text otherwise) is in this format. Without it, the format
   * is its syntax's default, taken when no other format matches. */
  matches?: (value: unknown) => boolean;
  adapter: () => Adapter<T> | Promise<Adapter<T>>;
}

/** Longest YAML alias expansion accepted: a "billion laughs" file is refused instead of filling memory. */
export const MAX_YAML_ALIASES = 100;

const structured = (syntax: Syntax) => syntax === 'json' || syntax === 'yaml';

async function parse(syntax: Syntax, text: string, label: string): Promise<unknown> {
  if (syntax === 'json') return parseJson(text, label);
  if (syntax !== 'yaml') return text;
  const { parse } = await import('yaml');
  try {
    // Warnings (an unknown tag) are not the page's business: the console of the host page stays quiet.
    return parse(text.replace(/^\uFEFF/, ''), { maxAliasCount: MAX_YAML_ALIASES, logLevel: 'error' });
  } catch (e) {
    throw parseError(label, e);
  }
}

/** The formats the `format` attribute names: one, or one per syntax for a format read from several (speakers of any programme). */
const named = <T>(formats: readonly Format<T>[], name: string | undefined): Format<T>[] => {
  const wanted = name?.trim().toLowerCase();
  return wanted ? formats.filter((f) => f.names.includes(wanted)) : [];
};

/** A syntax's default format: the one that needs no particular shape, else the first of that syntax. */
const defaultOf = <T>(formats: readonly Format<T>[], syntax: Syntax) =>
  formats.find((f) => f.syntax === syntax && !f.matches) ?? formats.find((f) => f.syntax === syntax);

/** The format of data in a syntax: the first whose shape it has (JSON and YAML values are tried against both), else the syntax's default. */
function recognise<T>(formats: readonly Format<T>[], syntax: Syntax, value: unknown): Format<T> | undefined {
  const candidates = formats.filter((f) => (structured(syntax) ? structured(f.syntax) : f.syntax === syntax));
  return candidates.find((f) => f.matches?.(value)) ?? defaultOf(formats, syntax);
}

const run = <T>(format: Format<T>, value: unknown, context: ReadContext): T | Promise<T> => {
  const adapter = format.adapter();
  return adapter instanceof Promise ? adapter.then((read) => read(value, context)) : adapter(value, context);
};

/**
 * The one reading path of a model's text: the syntax from the `format` attribute, the media type, the URL or
 * the text; then the format, by name or by the data's shape; then its adapter.
 */
export async function readText<T>(formats: readonly Format<T>[], text: string, hint: Partial<SourceHint>): Promise<T> {
  const candidates = named(formats, hint.format);
  const syntaxes = [...new Set((candidates.length ? candidates : formats).map((f) => f.syntax))];
  const syntax = sniff(text, hint, syntaxes, candidates.length === 1 ? candidates[0]!.syntax : undefined);
  const chosen = candidates.find((f) => f.syntax === syntax);
  const label = (chosen ?? defaultOf(formats, syntax))!.label;
  const value = await parse(syntax, text, label);
  const format = chosen ?? recognise(formats, syntax, value);
  if (!format) throw parseError(label, 'not a shape this element reads');
  return run(format, value, { hint });
}

/**
 * A value set from code (already parsed): the format named, else the first whose shape it has, else the
 * JSON default. Synchronous when that format's adapter is in the bundle, so the data shows in the same update.
 */
export function readValue<T>(formats: readonly Format<T>[], value: unknown, format?: string): T | Promise<T> {
  const candidates = named(formats, format);
  const chosen = candidates.find((f) => structured(f.syntax)) ?? candidates[0] ?? recognise(formats, 'json', value);
  if (!chosen) throw new DataReadError('content', { nothingUsable: true, detail: 'not a shape this element reads' });
  // A text format (CSV, iCalendar) named for a value set from code: a string is its text, anything else is not.
  if (!structured(chosen.syntax)) {
    if (typeof value !== 'string') throw parseError(chosen.label, 'not text');
    return readText(formats, value, { format });
  }
  return run(chosen, value, { hint: { format } });
}
