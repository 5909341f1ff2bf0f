import type { Participant } from '../../data/participants.js';
import { fold } from '../../shared/text.js';

/**
 * The participant table's query engine, with no DOM: records, fields, sort keys, a search, any number of
 * facet filters and a grouping in; the rows to show, in order, and each facet's counts out.
 *
 * Nothing is read before it is needed. A field is dictionary-encoded the first time it is sorted, searched,
 * filtered or counted (or when the element has time to spare): each row then holds an id into the field's
 * distinct texts, so collating for a sort, folding for a search and counting for a facet work on the few
 * distinct values, not on every row. Until then `text()` reads a row's cell directly, which is all the first
 * screen needs.
 */

/** How a field reads its text from a record. `id` names it in the engine's cache: one id, one reading. */
export interface FieldSpec {
  readonly id: string;
  /** The record's raw value for this field (a cell, or any JSON value). */
  read(record: Participant): unknown;
  /** The text shown for a raw value. */
  text(raw: unknown): string;
}

export interface SortKey {
  field: FieldSpec;
  descending: boolean;
}

/** A facet: a field the reader can filter on. `wanted`: `undefined` for every row, `null` for rows with no
 * value, else the text to match (compared folded, so `chile` picks "Chile"). */
export interface FacetQuery {
  field: FieldSpec;
  wanted?: string | null;
}

export interface Query {
  /** Row order from `order()`; the data's own order when absent. */
  order?: Uint32Array;
  /** Words that must each appear (folded) in one of `searchIn`. */
  search: string;
  searchIn: readonly FieldSpec[];
  facets: readonly FacetQuery[];
  /** A field to group rows by: a heading before each value's rows, values in collation order, "none" last. */
  group?: FieldSpec;
}

/** What a facet offers: its values in collation order with the rows each would show, given the search and
 * the other facets' filters (so its numbers say what picking would show). */
export interface FacetCounts {
  values: string[];
  counts: number[];
  /** Rows with no value; `undefined` when every row has one (no "not given" choice to offer). */
  none?: number;
  /** Rows the search and the other facets let through: what "all" shows. */
  total: number;
}

/** A group heading: the group's text (`''` for rows with no value) and how many rows it holds. */
export interface Group {
  label: string;
  count: number;
}

/** A line of the table: a row index into the records, or a group heading. */
export type Item = number | Group;

/** The table's lines, read one at a time (an array of them, or every row without one). */
export interface Lines {
  readonly length: number;
  at(position: number): Item | undefined;
  /** The position of a row's line, or -1. */
  indexOf(row: number): number;
}

export interface View {
  /** The matching rows in order (every row in the data's order is made into an array only when read). */
  readonly rows: Uint32Array;
  /** How many rows match. */
  readonly shown: number;
  /** The lines to draw: the rows, with group headings when grouped. */
  readonly lines: Lines;
  /** Per facet of the query: its counts, or `undefined` while its field is not encoded (and not filtered). */
  readonly facets: (FacetCounts | undefined)[];
}

/** A field's values, dictionary-encoded: each row's id into `values`, the distinct texts. */
interface Encoded {
  values: string[];
  ids: Int32Array;
  /** The id of `''` (rows with no value), or -1. */
  empty: number;
  /** `values` folded for search, made on first search. */
  folded?: string[];
  /** Collation rank of each value, empty last, made on first sort. */
  ranks?: Int32Array;
}

/** Rows encoded in one idle task: at 100,000 distinct names, a slice is a few milliseconds. */
const SLICE = 20_000;

/** Encodes a field a slice of rows at a time (`run`), so that idle time can do it without a long task;
 * `done()` finishes it and gives the encoding. */
export function encoder(records: readonly Participant[], spec: FieldSpec) {
  // Most cells are strings that repeat (countries, organisations): their text is made once per distinct value.
  const byRaw = new Map<unknown, number>();
  const byText = new Map<string, number>();
  const values: string[] = [];
  const ids = new Int32Array(records.length);
  let next = 0;
  /** Encodes the next `rows` rows (all that are left by default); true once every row is. */
  const run = (rows = Infinity): boolean => {
    for (const end = Math.min(records.length, next + rows); next < end; next++) {
      const raw = spec.read(records[next]!);
      const primitive = typeof raw !== 'object' || raw === null;
      let id = primitive ? byRaw.get(raw) : undefined;
      if (id === undefined) {
        const text = spec.text(raw);
        id = byText.get(text);
        if (id === undefined) byText.set(text, (id = values.push(text) - 1));
        if (primitive) byRaw.set(raw, id);
      }
      ids[next] = id;
    }
    return next === records.length;
  };
  return { run, done: (): Encoded => (run(), { values, ids, empty: byText.get('') ?? -1 }) };
}
type Encoder = ReturnType<typeof encoder>;

/** The collation rank of each value: equal ranks for values the collator calls equal; empty values last. */
export function rankValues(values: readonly string[], compare: (a: string, b: string) => number): Int32Array {
  // Sorting the strings themselves is about twice as fast as sorting indices into them.
  const sorted = values.filter(Boolean).sort(compare);
  const rankOf = new Map<string, number>();
  let rank = 0;
  sorted.forEach((value, i) => {
    if (i && compare(sorted[i - 1]!, value) !== 0) rank++;
    rankOf.set(value, rank);
  });
  const last = sorted.length ? rank + 1 : 0;
  return Int32Array.from(values, (value) => rankOf.get(value) ?? last);
}

/**
 * Row indices ordered by several keys, the first deciding first, ties kept in data order: one stable counting
 * sort per key, last key first (a radix sort over collation ranks), so no comparator runs. Rows with no value
 * come last in either direction.
 */
export function orderRows(
  keys: readonly { ids: Int32Array; ranks: Int32Array; empty: number; descending: boolean }[],
  n: number,
): Uint32Array {
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (const { ids, ranks, empty, descending } of [...keys].reverse()) {
    let max = 0;
    for (const r of ranks) if (r > max) max = r;
    // The empty value holds the highest rank; descending turns the others round and leaves it last.
    const last = empty >= 0 ? ranks[empty]! : max + 1;
    const rowRank = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const r = ranks[ids[i]!]!;
      rowRank[i] = descending && r !== last ? last - 1 - r : r;
    }
    const starts = new Uint32Array(Math.max(max, last) + 2);
    for (let i = 0; i < n; i++) starts[rowRank[i]! + 1]!++;
    for (let r = 1; r < starts.length; r++) starts[r]! += starts[r - 1]!;
    const next = new Uint32Array(n);
    for (let k = 0; k < n; k++) next[starts[rowRank[order[k]!]!]!++] = order[k]!;
    order = next;
  }
  return order;
}

export class TableEngine {
  readonly records: readonly Participant[];
  /** Makes the collator's comparison when the first sort needs it: making a collator costs milliseconds. */
  readonly #collate: () => (a: string, b: string) => number;
  readonly #fields = new Map<string, Encoded>();
  /** Fields being encoded in idle time, a slice at a time. */
  readonly #encoders = new Map<string, Encoder>();
  /** The rows the last search matched (before facet filters), to narrow from while the reader types on. */
  #searched?: { query: string; order?: Uint32Array; fields: string; rows: Uint32Array };

  constructor(records: readonly Participant[], collate: () => (a: string, b: string) => number) {
    this.records = records;
    this.#collate = collate;
  }

  get size(): number {
    return this.records.length;
  }

  isEncoded(spec: FieldSpec): boolean {
    return this.#fields.has(spec.id);
  }

  #encoded(spec: FieldSpec): Encoded {
    let field = this.#fields.get(spec.id);
    if (!field) {
      field = (this.#encoders.get(spec.id) ?? encoder(this.records, spec)).done();
      this.#encoders.delete(spec.id);
      this.#fields.set(spec.id, field);
    }
    return field;
  }

  #folded(field: Encoded): string[] {
    return (field.folded ??= field.values.map(fold));
  }

  #ranks(field: Encoded): Int32Array {
    return (field.ranks ??= rankValues(field.values, this.#collate()));
  }

  /** Encodes the next slice of a field's rows, for idle time; after the last, the field is encoded. */
  #encodeSlice(spec: FieldSpec): void {
    if (this.#fields.has(spec.id)) return;
    let slices = this.#encoders.get(spec.id);
    if (!slices) this.#encoders.set(spec.id, (slices = encoder(this.records, spec)));
    if (slices.run(SLICE)) this.#encoded(spec);
  }

  /** Does now what the first sort, search or count of a field would: for idle time. */
  prepare(spec: FieldSpec, { search = false, sort = false } = {}): void {
    const field = this.#encoded(spec);
    if (search) this.#folded(field);
    if (sort) this.#ranks(field);
  }

  /** Tasks for idle time, each short enough not to hold up a frame: encoding a field a slice of rows at a time,
   * then folding its values for search and ranking them for sort (at 100,000 distinct names, each of these
   * last two is tens of milliseconds). */
  indexing({ search = [], sort = [], both = [] }: Record<'search' | 'sort' | 'both', readonly (FieldSpec | undefined)[]>): (() => void)[] {
    const tasks = (spec: FieldSpec | undefined, options: { search?: boolean; sort?: boolean }) =>
      spec
        ? [
            ...Array.from({ length: Math.ceil(this.size / SLICE) }, () => () => this.#encodeSlice(spec)),
            ...(options.search ? [() => this.prepare(spec, { search: true })] : []),
            ...(options.sort ? [() => this.prepare(spec, { sort: true })] : []),
          ]
        : [];
    // What a first sort by the first column needs comes first, then the search, then the facets' counts.
    return [
      ...sort.flatMap((spec) => tasks(spec, { sort: true })),
      ...search.flatMap((spec) => tasks(spec, { search: true })),
      ...both.flatMap((spec) => tasks(spec, { search: true, sort: true })),
    ];
  }

  /** A row's text in a field: read from the record until the field is encoded. */
  text(spec: FieldSpec, row: number): string {
    const field = this.#fields.get(spec.id);
    return field ? field.values[field.ids[row]!]! : spec.text(spec.read(this.records[row]!));
  }

  /** The rows in sort order, or `undefined` for the data's own order. */
  order(keys: readonly SortKey[]): Uint32Array | undefined {
    if (!keys.length) return undefined;
    const encoded = keys.map(({ field, descending }) => {
      const encoded = this.#encoded(field);
      return { ...encoded, ranks: this.#ranks(encoded), descending };
    });
    return orderRows(encoded, this.size);
  }

  /** The rows that match the search and the facet filters, in order, with group headings and facet counts. */
  filter({ order, search, searchIn, facets, group }: Query): View {
    const n = this.size;
    const terms = fold(search).split(/\s+/).filter(Boolean);
    const query = terms.join(' ');
    const counted = facets.map((facet) => {
      const field = facet.wanted !== undefined || this.isEncoded(facet.field) ? this.#encoded(facet.field) : undefined;
      // -1: any value; -2: a value no row has.
      let want = -1;
      if (field && facet.wanted === null) want = field.empty >= 0 ? field.empty : -2;
      else if (field && facet.wanted !== undefined) {
        const wanted = fold(facet.wanted as string);
        want = this.#folded(field).findIndex((value) => value === wanted && value !== '');
        if (want < 0) want = -2;
      }
      return { field, want, counts: field ? new Int32Array(field.values.length) : undefined, total: 0 };
    });
    if (!terms.length && !group && counted.every((c) => !c.field)) {
      this.#searched = undefined;
      const none = facets.map(() => undefined);
      return order ? { rows: order, shown: n, lines: order, facets: none } : everyRow(n, none);
    }

    // Each search word must appear in some field; which distinct values hold it is worked out once.
    const fields = terms.length ? searchIn.map((spec) => this.#encoded(spec)) : [];
    const fieldIds = fields.map((field) => field.ids);
    const hits = terms.map((term) =>
      fields.map((field) => {
        const values = this.#folded(field);
        const hit = new Uint8Array(values.length);
        for (let v = 0; v < values.length; v++) if (values[v]!.includes(term)) hit[v] = 1;
        return hit;
      }),
    );
    // Typing on: the rows that matched the shorter query are the only ones that can match the longer one.
    const fieldKey = searchIn.map((spec) => spec.id).join('\n');
    const previous = this.#searched;
    const candidates =
      terms.length && previous && previous.order === order && previous.fields === fieldKey && query.startsWith(previous.query)
        ? previous.rows
        : undefined;
    // Without candidates, rows holding every word are marked in record order (one sequential pass per word and
    // field), which is cheaper than looking each row up in sorted order.
    let matched: Uint8Array | undefined;
    if (terms.length && !candidates) {
      matched = new Uint8Array(n).fill(1);
      const row = new Uint8Array(n);
      for (const termHits of hits) {
        row.fill(0);
        termHits.forEach((hit, c) => {
          const ids = fieldIds[c]!;
          for (let i = 0; i < n; i++) row[i]! |= hit[ids[i]!]!;
        });
        for (let i = 0; i < n; i++) matched[i]! &= row[i]!;
      }
    }

    const active = counted.filter((c) => c.field);
    const activeIds = active.map((c) => c.field!.ids);
    const wants = active.map((c) => c.want);
    const searched = terms.length ? new Uint32Array(candidates ? candidates.length : n) : undefined;
    let found = 0;
    const rows = new Uint32Array(candidates ? candidates.length : n);
    let shown = 0;
    const count = candidates ? candidates.length : n;
    rows: for (let k = 0; k < count; k++) {
      const i = candidates ? candidates[k]! : order ? order[k]! : k;
      if (matched) {
        if (!matched[i]) continue;
      } else if (candidates) {
        for (const termHits of hits) {
          let hit = false;
          for (let c = 0; c < fieldIds.length && !hit; c++) hit = termHits[c]![fieldIds[c]![i]!] === 1;
          if (!hit) continue rows;
        }
      }
      if (searched) searched[found++] = i;
      // Each facet counts the rows every other facet lets through: a row failing one facet counts for that one
      // only; a row failing two counts for none.
      let failed = -1;
      let failures = 0;
      for (let f = 0; f < active.length && failures < 2; f++) {
        const want = wants[f]!;
        if (want !== -1 && activeIds[f]![i] !== want) {
          failed = f;
          failures++;
        }
      }
      if (failures === 0) {
        rows[shown++] = i;
        for (let f = 0; f < active.length; f++) {
          active[f]!.counts![activeIds[f]![i]!]!++;
          active[f]!.total++;
        }
      } else if (failures === 1) {
        active[failed]!.counts![activeIds[failed]![i]!]!++;
        active[failed]!.total++;
      }
    }
    this.#searched = searched ? { query, order, fields: fieldKey, rows: searched.subarray(0, found) } : undefined;
    const view = rows.subarray(0, shown);
    return {
      rows: view,
      shown,
      lines: group ? this.#grouped(view, this.#encoded(group)) : view,
      facets: counted.map(({ field, counts, total }) => (field && counts ? this.#counts(field, counts, total) : undefined)),
    };
  }

  #sortedIds(field: Encoded): number[] {
    const ranks = this.#ranks(field);
    return field.values.map((_, id) => id).sort((a, b) => ranks[a]! - ranks[b]! || a - b);
  }

  #counts(field: Encoded, counts: Int32Array, total: number): FacetCounts {
    const ids = this.#sortedIds(field).filter((id) => id !== field.empty);
    return {
      values: ids.map((id) => field.values[id]!),
      counts: ids.map((id) => counts[id]!),
      none: field.empty >= 0 ? counts[field.empty]! : undefined,
      total,
    };
  }

  #grouped(rows: Uint32Array, field: Encoded): Item[] {
    const buckets: number[][] = field.values.map(() => []);
    for (const i of rows) buckets[field.ids[i]!]!.push(i);
    const items: Item[] = [];
    // The empty value ranks last, so "not given" closes the list.
    for (const id of this.#sortedIds(field)) {
      const members = buckets[id]!;
      if (!members.length) continue;
      items.push({ label: field.values[id]!, count: members.length });
      for (const row of members) items.push(row);
    }
    return items;
  }

  /** The first row whose text in a field is `text`, or -1. */
  find(spec: FieldSpec, text: string): number {
    for (let i = 0; i < this.size; i++) if (this.text(spec, i) === text) return i;
    return -1;
  }
}

/** Every row in the data's order: the first screen of 100,000 rows reads its lines without an array of them. */
export function everyRow(n: number, facets: View['facets'] = []): View {
  let rows: Uint32Array | undefined;
  return {
    get rows() {
      if (!rows) {
        rows = new Uint32Array(n);
        for (let i = 0; i < n; i++) rows[i] = i;
      }
      return rows;
    },
    shown: n,
    lines: { length: n, at: (k) => k, indexOf: (row) => (row >= 0 && row < n ? row : -1) },
    facets,
  };
}
