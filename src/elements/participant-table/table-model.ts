import type { Cell, Participant } from '../../data/participants.js';

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

/** A text cut to `MAX_CELL` characters, with an ellipsis where it was cut. */
export const clip = (text: string): string => (text.length > MAX_CELL ? `${text.slice(0, MAX_CELL)}…` : text);

/**
 * A field's values, dictionary-encoded: each row holds an id into `values`, the distinct strings shown. Sorting,
 * folding for search and counting for facets then work on the few distinct values, not on every row.
 */
export interface EncodedField {
  values: string[];
  ids: Int32Array;
  /** Accent- and case-folded `values`, made on first search (or when the page is idle). */
  folded?: string[];
  /** Collation rank of each of `values`, made on first sort. */
  ranks?: Int32Array;
}

export function encodeField(
  data: Participant[],
  pick: (record: Participant) => Cell | undefined,
  display: (raw: Cell | undefined) => string,
): EncodedField {
  const n = data.length;
  const byRaw = new Map<unknown, number>();
  const byText = new Map<string, number>();
  const values: string[] = [];
  const ids = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const raw = pick(data[i]!);
    const primitive = typeof raw !== 'object' || raw === null;
    let id = primitive ? byRaw.get(raw) : undefined;
    if (id === undefined) {
      const text = display(raw);
      id = byText.get(text);
      if (id === undefined) byText.set(text, (id = values.push(text) - 1));
      if (primitive) byRaw.set(raw, id);
    }
    ids[i] = id;
    // Names and other nearly unique fields gain nothing from a dictionary: one value per row then.
    if (i === 2047 && values.length > 1536) {
      for (let j = 0; j < n; j++) ids[j] = j;
      return { values: data.map((record) => display(pick(record))), ids };
    }
  }
  return { values, ids };
}

/** The collation rank of each value: equal ranks for values the collator calls equal; empty values last. */
export function rankValues(values: string[], compare: (a: string, b: string) => number): Int32Array {
  // Sorting the strings themselves is about twice as fast as sorting indices into them.
  const sorted = values.filter(Boolean).sort(compare);
  const rankOf = new Map<string, number>();
  let rank = 0;
  sorted.forEach((value, i) => {
    if (i && compare(sorted[i - 1]!, value) !== 0) rank++;
    rankOf.set(value, rank);
  });
  return Int32Array.from(values, (value) => rankOf.get(value) ?? rank + 1);
}

/**
 * Row indices ordered by several fields, the first deciding first, ties kept in data order: one stable
 * counting sort per field, last field first (a radix sort over collation ranks), so no comparator runs.
 */
export function orderRows(keys: { field: EncodedField; ranks: Int32Array; descending: boolean }[], n: number): Uint32Array {
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (const { field, ranks, descending } of [...keys].reverse()) {
    let max = 0;
    for (const r of ranks) if (r > max) max = r;
    const rowRank = new Int32Array(n);
    for (let i = 0; i < n; i++) rowRank[i] = descending ? max - ranks[field.ids[i]!]! : ranks[field.ids[i]!]!;
    const starts = new Uint32Array(max + 2);
    for (let i = 0; i < n; i++) starts[rowRank[i]! + 1]!++;
    for (let r = 1; r < starts.length; r++) starts[r]! += starts[r - 1]!;
    const next = new Uint32Array(n);
    for (let k = 0; k < n; k++) next[starts[rowRank[order[k]!]!]!++] = order[k]!;
    order = next;
  }
  return order;
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
  const fields = [...headerRow.cells].map(
    (cell) => cell.dataset['field'] || (cell.textContent ?? '').trim().toLowerCase().replace(/\s+/g, '_'),
  );
  const bodyRows = [...table.tBodies].flatMap((body) => [...body.rows]).filter((row) => row !== headerRow);
  return bodyRows.map((row) => Object.fromEntries(fields.map((field, i) => [field, (row.cells[i]?.textContent ?? '').trim()])));
}
