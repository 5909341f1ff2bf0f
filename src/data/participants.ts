import { DataReadError } from './errors.js';
import { readText, readValue, type Format } from './formats.js';
import type { SourceHint } from './load.js';
import { scheduleFormats } from './schedule.js';
import { asText, isObject, pickLanguage, asLocalized, type LocalizedText } from '../shared/text.js';

/** A text as read: plain, or one per language (Popolo language maps, Wikidata labels), chosen when shown. */
export type Text = string | LocalizedText;

/** One field of a participant: a text, or a list of them (several organisations, several roles). */
export type Cell = Text | readonly Text[];

/**
 * One row of a participant table, as given: the caller's own object for JSON records (its fields are read
 * only when needed), or the record another format's adapter made, whose fields are `Cell`s already. Read a
 * field with `cellText` or `toCell`, which take any value. Well-known fields: `id`, `name`, `sort_name`,
 * `organization`, `role`, `country`, `email`, `url`, `image`; any others become columns too.
 */
export type Participant = Record<string, unknown>;

/** What every participant format reads into. */
export interface ParticipantData {
  /** The fields, in the data's order (CSV header order, else order of first appearance in the first
   * records): unique, non-empty. */
  fields: string[];
  records: readonly Participant[];
  /** Rows or records that could not be read (not an object, no readable field), left out. */
  skipped: number;
}

/** Most fields kept: a file with 10,000 columns shows its first 500, read in time linear in its size. */
export const MAX_FIELDS = 500;

/** How many JSON records name the fields: reading every key of 100,000 records would be the slowest step
 * of showing them. A field first seen further on can still be asked for as a column. */
export const FIELD_SAMPLE = 50;

/** Keys under which a JSON object may hold its list of records (`{"organisations": […]}`). */
const LIST_KEYS = ['participants', 'people', 'persons', 'organisations', 'organizations', 'members', 'data', 'items', 'rows', 'records'];

/** Cells this module made (language maps, lists): `toCell` gives them back as they are, without reading them again. */
const made = new WeakSet<object>();
const mark = <T extends object>(cell: T): T => {
  made.add(cell);
  return cell;
};

/** A text in the reader's language (`''` for none). */
export const textIn = (text: Text | undefined, locale: string): string =>
  typeof text === 'string' ? text : text ? (pickLanguage(text, locale)?.text ?? '') : '';

/**
 * Any field as the text a reader sees: strings trimmed, numbers in digits, language maps in the reader's
 * language, a list's items joined by `separator` (an element passes its language's own).
 */
export function cellText(value: unknown, locale: string, separator = ', '): string {
  if (typeof value === 'string') return asText(value);
  const cell = toCell(value);
  if (!Array.isArray(cell)) return textIn(cell as Text | undefined, locale);
  let out = '';
  for (const item of cell) {
    const text = textIn(item, locale);
    if (text) out = out ? `${out}${separator}${text}` : text;
  }
  return out;
}

/** Any JSON value as one text: strings and numbers as written; language maps and `{name}` objects read; else `''`. */
export function toText(value: unknown): Text {
  // `{"name": {"name": …}}` is followed a few levels down, never as deep as the data goes.
  for (let depth = 0; isObject(value) && !made.has(value) && 'name' in value && depth < 8; depth++) value = value.name;
  if (!isObject(value)) return asText(value);
  if (made.has(value)) return value as LocalizedText;
  const map = asLocalized(value);
  return Object.keys(map).length ? mark(map) : '';
}

/**
 * Any JSON value as a cell: one text, a list of texts (empty items dropped; one item stands alone), or
 * `undefined`. Total; a cell it made before comes back unchanged at once.
 */
export function toCell(value: unknown): Cell | undefined {
  if (typeof value === 'string') return asText(value) || undefined;
  if (!Array.isArray(value)) {
    const text = toText(value);
    return text === '' ? undefined : text;
  }
  if (made.has(value)) return value as Text[];
  const texts = value
    .flatMap((item) => (Array.isArray(item) ? item : [item]))
    .map(toText)
    .filter((t) => t !== '');
  return texts.length > 1 ? mark(texts) : texts[0];
}

/** Sets a field of a record built from data: `__proto__` too, as an own field, never as the record's prototype. */
export function setField(record: Participant, field: string, cell: Cell): void {
  if (field === '__proto__') Object.defineProperty(record, field, { value: cell, enumerable: true, writable: true, configurable: true });
  else record[field] = cell;
}

/**
 * Records from rows of values under a header (CSV): header cells trimmed, an empty one named `column_3`, a
 * repeated one `name_2`; values beyond the header and empty ones dropped; a row with no value left out.
 */
export function fromRows(header: readonly unknown[], rows: readonly (readonly unknown[])[]): ParticipantData {
  const fields: string[] = [];
  for (const [i, cell] of header.slice(0, MAX_FIELDS).entries()) {
    const name = asText(cell, 200) || `column_${i + 1}`;
    let unique = name;
    for (let n = 2; fields.includes(unique); n++) unique = `${name}_${n}`;
    fields.push(unique);
  }
  const records: Participant[] = [];
  let skipped = 0;
  for (const row of rows) {
    const record: Participant = {};
    let any = false;
    for (let i = 0; i < fields.length && i < row.length; i++) {
      const cell = toCell(row[i]);
      if (cell !== undefined) {
        setField(record, fields[i]!, cell);
        any = true;
      }
    }
    if (any) records.push(record);
    else skipped++;
  }
  return { fields, records, skipped };
}

/**
 * Records from JSON: an array of objects, or an object holding one under a usual key (`participants`,
 * `organisations`…). The objects are kept as given and read field by field only when shown, sorted or
 * searched (`cellText`), so that 100,000 records cost one pass to show; items that are not objects are left
 * out and counted as skipped. The fields are the keys of the first records (`FIELD_SAMPLE`). Throws a
 * `content` error when the value holds no list, or nothing in it is a record.
 */
export function fromRecords(value: unknown): ParticipantData {
  const list = Array.isArray(value) ? value : isObject(value) ? value[LIST_KEYS.find((k) => Array.isArray(value[k])) ?? ''] : undefined;
  if (!Array.isArray(list)) throw new DataReadError('content', { nothingUsable: true, detail: 'expected a list of participants' });
  let skipped = 0;
  // One pass, stopping at each record's first readable field: this is all the work 100,000 records cost
  // before they are shown (their fields are read when drawn, sorted or searched). A string is not searched for
  // a non-space here: that would copy every concatenated string the page built.
  const readable = new Uint8Array(list.length);
  const first = isObject(list[0]) ? Object.keys(list[0]).find((key) => key.trim()) : undefined;
  for (let i = 0; i < list.length; i++) {
    if (isReadable(list[i], first)) readable[i] = 1;
    else skipped++;
  }
  const records: Participant[] = skipped ? list.filter((_, i) => readable[i]) : list;
  const fields = new Set<string>();
  for (const record of records.slice(0, FIELD_SAMPLE)) {
    for (const key of Object.keys(record)) if (fields.size < MAX_FIELDS && key.trim()) fields.add(key);
  }
  return checked({ fields: [...fields], records, skipped });
}

/** Whether an item is a record with a field to show. Records of one shape mostly open with the same field
 * (`first`): a text there settles it without walking the record's keys. */
function isReadable(item: unknown, first: string | undefined): boolean {
  if (!isObject(item)) return false;
  const lead = first === undefined ? undefined : item[first];
  if (typeof lead === 'string' && lead !== '') return true;
  for (const key in item) {
    const value = item[key];
    if (key.trim() && (typeof value === 'string' ? value !== '' : toCell(value) !== undefined)) return true;
  }
  return false;
}

/** Data with no record but some skipped is an error: nothing in it could be shown. */
export function checked(data: ParticipantData): ParticipantData {
  if (!data.records.length && data.skipped) {
    throw new DataReadError('content', { nothingUsable: true, detail: `${data.skipped} records, none readable` });
  }
  return data;
}

/** Whether parsed JSON looks like a Popolo / PopIt export (or a PopIt API answer). */
export function isPopolo(value: unknown): boolean {
  if (!isObject(value)) return false;
  if ('result' in value && (Array.isArray(value['result']) || isObject(value['result']))) return true;
  return (
    ['persons', 'memberships'].some((key) => Array.isArray(value[key])) || (Array.isArray(value['organizations']) && !('name' in value))
  );
}

/** Whether parsed JSON is a SPARQL SELECT result (`head.vars` and `results.bindings`), as Wikidata answers. */
export const isSparqlResults = (value: unknown): boolean =>
  isObject(value) &&
  isObject(value['head']) &&
  Array.isArray(value['head']['vars']) &&
  isObject(value['results']) &&
  Array.isArray(value['results']['bindings']);

/**
 * Whether parsed JSON is a programme rather than people: an object with a `sessions` array, or the shape of
 * another schedule format (frab…), and no list of people under a usual key.
 */
export function isSchedule(value: unknown): boolean {
  if (!isObject(value) || LIST_KEYS.some((k) => Array.isArray(value[k]))) return false;
  return Array.isArray(value['sessions']) || scheduleFormats.some((f) => f.syntax === 'json' && !!f.matches?.(value));
}

/** A programme's speakers, in each syntax a schedule is read from: new schedule formats need no line here. */
const speakerFormats = [...new Set(scheduleFormats.map((f) => f.syntax))].map((syntax): Format<ParticipantData> => ({
  names: ['schedule', 'speakers'],
  label: 'schedule JSON',
  syntax,
  matches: syntax === 'json' ? isSchedule : undefined,
  adapter: () => import('./speakers.js').then((m) => m.readSpeakers),
}));

/** The formats a participant table reads; adapters other than plain records load when their format turns up. */
export const participantFormats: readonly Format<ParticipantData>[] = [
  {
    names: ['sparql', 'wikidata'],
    label: 'SPARQL JSON',
    syntax: 'json',
    matches: isSparqlResults,
    adapter: () => import('./wikidata.js').then((m) => m.fromSparqlResults),
  },
  {
    names: ['popolo', 'popit'],
    label: 'Popolo JSON',
    syntax: 'json',
    matches: isPopolo,
    adapter: () => import('./popolo.js').then((m) => m.fromPopolo),
  },
  ...speakerFormats,
  { names: ['json'], label: 'JSON', syntax: 'json', adapter: () => fromRecords },
  { names: ['csv', 'tsv'], label: 'CSV', syntax: 'csv', adapter: () => import('./csv.js').then((m) => m.readCsv) },
];

/** Reads participant data in any format the table understands. */
export const readParticipants = (text: string, hint: Partial<SourceHint> = {}): Promise<ParticipantData> =>
  readText(participantFormats, text, hint);

/** Reads participant data set from code: records, or a parsed Popolo export. */
export const adaptParticipants = (value: unknown, format?: string): ParticipantData | Promise<ParticipantData> =>
  readValue(participantFormats, value, format);
