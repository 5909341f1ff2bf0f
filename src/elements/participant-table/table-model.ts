import type { Participant } from '../../data/participants.js';
import { localized } from '../../data/popolo.js';

/** What a column means, from its field's name; each kind renders and filters in its own way. */
export type ColumnKind = 'name' | 'organization' | 'role' | 'country' | 'email' | 'url' | 'image' | 'text';

export const ORGANIZATION_FIELDS = ['organization', 'organisation', 'group', 'party'];

export function kindOf(field: string): ColumnKind {
  const key = field.toLowerCase();
  if (key === 'name' || key === 'role' || key === 'country' || key === 'email' || key === 'url' || key === 'image') return key;
  if (ORGANIZATION_FIELDS.includes(key)) return 'organization';
  if (key === 'website') return 'url';
  return 'text';
}

/** Longer values are cut for display (a 5 MB name must not freeze the page); export keeps what is shown. */
const MAX_CELL = 500;

/** A field's value as the text a reader sees: language maps resolved, lists joined, the rest as strings. */
export function textOf(value: unknown, lang: string): string {
  let text: string;
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' || typeof value === 'boolean') text = String(value);
  else if (Array.isArray(value)) text = value.map((v) => textOf(v, lang)).filter(Boolean).join(', ');
  else text = localized((value as Participant)['name'] ?? value, lang);
  text = text.trim();
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL)}…` : text;
}

/**
 * Accent- and case-folded copies of many strings. Folding one long joined string is far faster than
 * folding 100,000 short ones, so the strings are joined, folded once, and split again.
 */
export function foldAll(texts: string[]): string[] {
  const joined = texts.join('\n');
  // eslint-disable-next-line no-control-regex
  const folded = /[^\u0000-\u007f]/.test(joined) ? joined.normalize('NFD').replace(/\p{M}/gu, '') : joined;
  return folded.toLowerCase().split('\n');
}

export const fold = (text: string): string => foldAll([text.replace(/\n/g, ' ')])[0]!;

/**
 * The collation rank of each value: equal ranks for values the collator calls equal; empty values last.
 * Sorting the distinct strings with `compare` directly is about twice as fast as sorting row indices.
 */
export function collationRanks(values: string[], compare: (a: string, b: string) => number): Int32Array {
  const distinct = [...new Set(values)].filter(Boolean).sort(compare);
  const rankOf = new Map<string, number>();
  let rank = 0;
  distinct.forEach((value, i) => {
    if (i && compare(distinct[i - 1]!, value) !== 0) rank++;
    rankOf.set(value, rank);
  });
  const ranks = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) ranks[i] = rankOf.get(values[i]!) ?? rank + 1;
  return ranks;
}

/**
 * Row indices ordered by one rank array, stable, as a numeric typed-array sort: each row becomes one number,
 * rank × n + index, so no comparator runs per pair.
 */
export function orderByRank(ranks: Int32Array, descending: boolean): Uint32Array {
  const n = ranks.length;
  let max = 0;
  for (let i = 0; i < n; i++) if (ranks[i]! > max) max = ranks[i]!;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (descending ? max - ranks[i]! : ranks[i]!) * n + i;
  keys.sort();
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = keys[i]! % n;
  return order;
}

/** Row indices ordered by several rank arrays, the first deciding first. */
export function orderByRanks(keys: { ranks: Int32Array; descending: boolean }[], n: number): Uint32Array {
  if (keys.length === 1) return orderByRank(keys[0]!.ranks, keys[0]!.descending);
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => {
    for (const { ranks, descending } of keys) {
      const d = ranks[a]! - ranks[b]!;
      if (d) return descending ? -d : d;
    }
    return a - b;
  });
  return Uint32Array.from(order);
}

/**
 * CSV text (RFC 4180) of a header and rows. A cell that a spreadsheet would run as a formula (starting with
 * `=`, `+`, `-`, `@`, tab or carriage return) gets a leading apostrophe, so it stays text.
 */
export function toCsv(rows: string[][]): string {
  const cell = (value: string) => {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return rows.map((row) => row.map(cell).join(',')).join('\r\n');
}

/**
 * Records from a plain HTML `<table>`: its header cells name the fields (`data-field`, else the header's
 * text in lower case with `_` for spaces), each body row is one record.
 */
export function readTable(table: HTMLTableElement): Participant[] {
  const headerRow = table.tHead?.rows[0] ?? table.rows[0];
  if (!headerRow) return [];
  const fields = [...headerRow.cells].map((cell) => cell.dataset['field'] || (cell.textContent ?? '').trim().toLowerCase().replace(/\s+/g, '_'));
  const bodyRows = [...table.tBodies].flatMap((body) => [...body.rows]).filter((row) => row !== headerRow);
  return bodyRows.map((row) => Object.fromEntries(fields.map((field, i) => [field, (row.cells[i]?.textContent ?? '').trim()])));
}
