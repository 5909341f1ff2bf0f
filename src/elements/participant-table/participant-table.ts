import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  adaptParticipants,
  cellText,
  readParticipants,
  type Cell,
  type Participant,
  type ParticipantData,
} from '../../data/participants.js';
import { DataElement } from '../../shared/data-element.js';
import { DataSourceController } from '../../shared/data-source.js';
import { fold } from '../../shared/text.js';
import { defineElement } from '../../shared/define.js';
import { tableMessages } from '../../locales/en.js';
import { useEnglish } from '../../locales/index.js';
import {
  PoplusFilterChangeEvent,
  PoplusPageChangeEvent,
  PoplusRowSelectEvent,
  PoplusSortChangeEvent,
  type PoplusSortKey,
} from '../../shared/events/index.js';
import { PoplusElement } from '../../shared/poplus-element.js';
import { containerHost, fieldStyles, stateStyles, tokens } from '../../shared/tokens.js';
import { safeUrl } from '../../shared/url.js';
import { styles } from './participant-table.styles.js';
import {
  clip,
  encodeField,
  kindOf,
  orderRows,
  ORGANIZATION_FIELDS,
  rankValues,
  readTable,
  toCsv,
  type ColumnKind,
  type EncodedField,
} from './table-model.js';

interface Column {
  key: string;
  readonly label: string;
  kind: ColumnKind;
  /** What each row shows. */
  field: EncodedField;
  /** What each row sorts by: `sort_name` for names where the data has it, else `field`. */
  sortField: EncodedField;
}

/** A facet filter (or the group-by field): its distinct values in the reader's order, and live counts. */
interface Facet {
  key: string;
  readonly label: string;
  field: EncodedField;
  /** Ids of the non-empty values, sorted for the reader. */
  sorted: number[];
  counts: Int32Array;
  /** Rows the search and the other filter let through: what "All" would show. */
  total: number;
}

interface GroupItem {
  label: string;
  count: number;
}

type Item = number | GroupItem;

/** Rendering every row is fastest up to this many; above it, only the rows in view (plus a margin) are. */
const WINDOW_FROM = 150;
const BUFFER = 8;

// Safari has no requestIdleCallback: a timeout is the next best "later".
const hasIdle = 'requestIdleCallback' in globalThis;
const whenIdle = (callback: () => void): number => (hasIdle ? requestIdleCallback(callback) : window.setTimeout(callback, 50));
const cancelIdle = (handle: number): void => (hasIdle ? cancelIdleCallback(handle) : clearTimeout(handle));

/**
 * A table of people or organisations from a JSON list, a CSV file, or a Popolo / PopIt export: sortable by
 * any column in the reader's language, searchable regardless of accents, filterable by country and
 * organisation, groupable, and fast at 100,000 rows.
 *
 * It stays a real `<table>` (the ARIA *table* pattern, not *grid*): headers hold sort buttons with
 * `aria-sort`; rows are focusable one at a time (roving tabindex), so Tab reaches the search box, filters,
 * sort buttons and the table once; in the table ↑/↓ move between rows, Home/End and Page Up/Down jump, and
 * Enter selects a row. Above 150 rows only the rows in view are in the DOM; `aria-rowcount` and
 * `aria-rowindex` still tell assistive technology the whole count and each row's place. With `page-size`
 * the rows come a page at a time instead, with Previous / Next buttons; the arrow keys and Page Up/Down
 * cross pages.
 *
 * A plain `<table>` inside the element (and no `src`) is read as data, so the page shows a table before (or
 * without) JavaScript; once the element runs, its own table replaces it on screen. Language-map strings in
 * Popolo data are resolved when the data is read, in the element's language at that time.
 *
 * @summary A sortable, searchable, filterable table of participants.
 * @tagname poplus-participant-table
 *
 * @csspart base - The wrapper.
 * @csspart toolbar - The search box, filters and export button.
 * @csspart search - The search input.
 * @csspart filter - Each facet `<select>`.
 * @csspart export-button - The CSV download button.
 * @csspart summary - The live summary ("12 of 240 participants, sorted by country").
 * @csspart scroller - The scrolling box around the table.
 * @csspart pager - The page navigation (with `page-size`).
 * @csspart page-button - The Previous and Next page buttons.
 * @csspart table - The `<table>`.
 * @csspart header - The `<thead>`.
 * @csspart sort-button - Each column's sort button.
 * @csspart row - Each data row.
 * @csspart cell - Each cell.
 * @csspart group-heading - The row that starts a group.
 * @csspart image - A picture in an `image` column.
 * @csspart error - The error state.
 * @csspart retry-button - The error state's retry button.
 * @csspart loading - The loading state.
 * @csspart empty - The empty state.
 *
 * @cssprop --poplus-table-max-height - The table's height before it scrolls (its header stays in view). Default `40rem`.
 * Under 600px of width (a container query on the element) each row stacks into "label: value" lines.
 *
 * @fires poplus-sort-change - The reader sorted from a header. `detail: { sort, value }`.
 * @fires poplus-filter-change - The reader searched or picked a filter. `detail: { query, filters, shown, total }`.
 * @fires poplus-page-change - The reader moved to another page. `detail: { page, pages, pageSize }`.
 * @fires poplus-row-select - The reader clicked a row or pressed Enter on it. `detail: { participant, index }`.
 * @fires poplus-load - Data from `src` or inline JSON was read.
 * @fires poplus-error - Data could not be read.
 */
export class PoplusParticipantTable extends DataElement(PoplusElement) {
  static override styles = [tokens, containerHost, stateStyles, fieldStyles, styles];

  readonly #source = new DataSourceController<ParticipantData>(this, {
    property: 'participants',
    adapt: adaptParticipants,
    read: readParticipants,
    isEmpty: (data) => data.records.length === 0,
    // A plain <table> child stands in when there is no `src` to load.
    light: () => {
      const table = this.querySelector<HTMLTableElement>(':scope > table');
      return table ? readTable(table) : undefined;
    },
  });

  #records: Participant[] = [];
  #columns: Column[] = [];
  #facets: Facet[] = [];
  #group?: Facet;
  #order?: Uint32Array;
  /** The rows the last query matched (before facet filters), to narrow from while the reader types on. */
  #searched?: { query: string; order?: Uint32Array; rows: number[] };
  #items: Item[] = [];
  #shown = 0;
  #collator = new Intl.Collator('en');
  #intlLang = '';
  #rowHeight = 37;
  #measured = false;
  #viewport = 640;
  #scrollTop = 0;
  #idle = 0;
  #countryName = (text: string) => text;
  #numbers = new Intl.NumberFormat('en');
  #lists = new Intl.ListFormat('en');

  @state() private accessor windowStart = 0;
  @state() private accessor active = 0;

  /** The people or organisations, as records (an array of objects), or a parsed Popolo export. Wins over `src` and inline data. */
  @property({ attribute: false }) accessor participants: Record<string, unknown>[] | object | undefined = undefined;

  /** The fields to show, in order, separated by spaces (`name group area`). Default: the well-known fields
   * present (name, organisation, role, country), else the first four. */
  @property() accessor columns: string | undefined = undefined;

  /** Column headings by field, overriding the translated defaults: `{"area": "Constituency"}`. */
  @property({ attribute: 'column-labels', type: Object }) accessor columnLabels: Record<string, string> | undefined = undefined;

  /** Sort order: fields separated by spaces, each `-`-prefixed for descending (`country -name`). */
  @property({ reflect: true }) accessor sort = '';

  /** The search text. */
  @property({ reflect: true }) accessor query = '';

  /** Shows only rows of this country (an ISO code or the shown name). */
  @property({ attribute: 'filter-country', reflect: true }) accessor filterCountry = '';

  /** Shows only rows of this organisation. */
  @property({ attribute: 'filter-organization', reflect: true }) accessor filterOrganization = '';

  /** A field to group rows by, with a heading and count per group (`country`). */
  @property({ attribute: 'group-by' }) accessor groupBy = '';

  /** The table's caption, read by screen readers (shown only by this attribute). Default: "Participants". */
  @property() accessor caption = '';

  /** Rows a page: the table shows one page at a time, with page buttons. 0 (the default) shows every row in
   * one scrolling list (drawing only those in view when there are many). */
  @property({ attribute: 'page-size', type: Number, reflect: true }) accessor pageSize = 0;

  /** The page shown with `page-size`, from 1. Searching, filtering and sorting go back to the first page. */
  @property({ type: Number, reflect: true }) accessor page = 1;

  /** Shows a button that downloads the current view as CSV. */
  @property({ attribute: 'export-button', type: Boolean }) accessor exportButton = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelIdle(this.#idle);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const data = this.#source.value;
    const prepared =
      changed.has('data') || changed.has('locale') || changed.has('columns') || changed.has('columnLabels') || changed.has('groupBy');
    if (prepared) this.#prepare(data ?? { fields: [], records: [], skipped: 0 });
    if (prepared || changed.has('sort')) this.#sortRows();
    if (prepared || changed.has('sort') || changed.has('query') || changed.has('filterCountry') || changed.has('filterOrganization')) {
      this.#filterRows();
      if (!prepared) this.active = Math.min(this.active, Math.max(0, this.#items.length - 1));
    }
  }

  protected override updated(): void {
    // Spacer heights through the CSSOM: a style attribute would be refused under a strict CSP.
    for (const cell of this.renderRoot.querySelectorAll<HTMLElement>('.spacer td')) cell.style.blockSize = `${cell.dataset['height']}px`;
    if (this.#measured || this.#items.length <= WINDOW_FROM) return;
    this.#viewport = this.renderRoot.querySelector<HTMLElement>('.scroller')?.clientHeight || this.#viewport;
    const row = this.renderRoot.querySelector<HTMLElement>('tr[part="row"]');
    if (!row?.offsetHeight) return;
    this.#measured = true;
    if (Math.abs(row.offsetHeight - this.#rowHeight) > 0.5) {
      this.#rowHeight = row.offsetHeight;
      this.requestUpdate();
    }
  }

  /** The fields encoded for display, sort and search, and the facets: once per data, language or column change. */
  #prepare({ fields, records: data }: ParticipantData): void {
    this.#records = data;
    this.#searched = undefined;
    const lang = this.locale;
    if (lang !== this.#intlLang) {
      // Intl objects cost milliseconds each to make: once per language.
      this.#intlLang = lang;
      this.#collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
      this.#numbers = new Intl.NumberFormat(lang);
      this.#lists = new Intl.ListFormat(lang, { type: 'conjunction' });
    }
    this.#measured = false;
    const wanted = this.columns?.trim()
      ? this.columns.trim().split(/\s+/)
      : this.#defaultColumns(fields.filter((f) => data.slice(0, 500).some((r) => r[f] !== undefined)));
    let regions: Intl.DisplayNames | undefined;
    this.#countryName = (text: string) => {
      if (!/^[A-Za-z]{2}$/.test(text)) return text;
      regions ??= new Intl.DisplayNames(lang, { type: 'region', fallback: 'code' });
      try {
        return regions.of(text.toUpperCase()) ?? text;
      } catch {
        return text;
      }
    };
    const encoded = new Map<string, EncodedField>();
    const encode = (key: string): EncodedField => {
      let field = encoded.get(key);
      if (!field) {
        const kind = kindOf(key);
        const display = (raw: Cell | undefined) => {
          const text = clip(cellText(raw, lang));
          if (kind === 'country') return this.#countryName(text);
          if (kind === 'url') return text.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '');
          return text;
        };
        encoded.set(key, (field = encodeField(data, (record) => record[key], display)));
      }
      return field;
    };
    const hasSortName = fields.includes('sort_name');
    this.#columns = wanted.map((key) => {
      const kind = kindOf(key);
      const field = encode(key);
      const sortField =
        kind === 'name' && hasSortName
          ? encodeField(
              data,
              (r) => (cellText(r['sort_name'], lang) ? r['sort_name'] : r[key]),
              (raw) => clip(cellText(raw, lang)),
            )
          : field;
      const label = () => this.#label(key);
      // Labels are read when shown, so a translation that loads later still reaches them.
      return {
        key,
        kind,
        field,
        sortField,
        get label() {
          return label();
        },
      };
    });
    const facetFields = [fields.find((f) => kindOf(f) === 'country'), fields.find((f) => ORGANIZATION_FIELDS.includes(f.toLowerCase()))];
    this.#facets = facetFields.filter((f): f is string => !!f).map((key) => this.#facet(key, encode(key)));
    this.#group =
      this.groupBy && (fields.includes(this.groupBy) || wanted.includes(this.groupBy))
        ? this.#facet(this.groupBy, encode(this.groupBy))
        : undefined;
    this.#scheduleIdleWork();
  }

  #defaultColumns(fields: string[]): string[] {
    const known = ['name', ...ORGANIZATION_FIELDS, 'role', 'country'];
    const present = known.map((k) => fields.find((f) => f.toLowerCase() === k)).filter((f): f is string => !!f);
    const unique = present.filter((f, i) => kindOf(f) !== 'organization' || present.findIndex((p) => kindOf(p) === 'organization') === i);
    return unique.length ? unique : fields.filter((f) => f !== 'id').slice(0, 4);
  }

  #label(key: string): string {
    const custom = this.columnLabels?.[key];
    if (custom) return custom;
    switch (kindOf(key)) {
      case 'name':
        return this.t('tableColumnName');
      case 'organization':
        return this.t('tableColumnOrganization');
      case 'role':
        return this.t('tableColumnRole');
      case 'country':
        return this.t('tableColumnCountry');
      case 'email':
        return this.t('tableColumnEmail');
      case 'url':
        return this.t('tableColumnUrl');
      case 'image':
        return this.t('tableColumnImage');
      default: {
        const words = key.replace(/[_-]+/g, ' ').trim();
        return words.charAt(0).toLocaleUpperCase(this.locale) + words.slice(1);
      }
    }
  }

  #facet(key: string, field: EncodedField): Facet {
    const ranks = this.#ranksOf(field);
    const sorted = field.values
      .map((_, id) => id)
      .filter((id) => field.values[id])
      .sort((a, b) => ranks[a]! - ranks[b]! || a - b);
    const label = () => this.#label(key);
    return {
      key,
      field,
      sorted,
      counts: new Int32Array(field.values.length),
      total: 0,
      get label() {
        return label();
      },
    };
  }

  /** Folded search text and the first column's collation ranks, made while the page is idle after new data. */
  #scheduleIdleWork(): void {
    cancelIdle(this.#idle);
    this.#idle = whenIdle(() => {
      for (const column of this.#columns) this.#foldedOf(column.field);
      if (this.#columns[0]) this.#ranksOf(this.#columns[0].sortField);
    });
  }

  #foldedOf(field: EncodedField): string[] {
    return (field.folded ??= field.values.map(fold));
  }

  #ranksOf(field: EncodedField): Int32Array {
    return (field.ranks ??= rankValues(field.values, this.#collator.compare));
  }

  get #sortKeys(): PoplusSortKey[] {
    return this.sort
      .split(/\s+/)
      .filter(Boolean)
      .map((token) => ({
        column: token.replace(/^[-+]/, ''),
        direction: token.startsWith('-') ? ('descending' as const) : ('ascending' as const),
      }))
      .filter((key, i, all) => this.#columns.some((c) => c.key === key.column) && all.findIndex((k) => k.column === key.column) === i);
  }

  #sortRows(): void {
    const keys = this.#sortKeys.map((key) => {
      const field = this.#columns.find((c) => c.key === key.column)!.sortField;
      return { field, ranks: this.#ranksOf(field), descending: key.direction === 'descending' };
    });
    this.#order = keys.length ? orderRows(keys, this.#records.length) : undefined;
  }

  /** The rows that match the search and filters, in sorted order, with group headings; and facet counts. */
  #filterRows(): void {
    const n = this.#records.length;
    const order = this.#order;
    // Each search word must appear in some visible column; which distinct values hold it is worked out once.
    const terms = fold(this.query).split(/\s+/).filter(Boolean);
    const columns = this.#columns.map((c) => c.field);
    const folded = columns.map((field) => this.#foldedOf(field));
    // Typing on: the rows that matched the shorter query are the only ones that can match the longer one.
    const query = terms.join(' ');
    const previous = this.#searched;
    const candidates = terms.length && previous && previous.order === order && query.startsWith(previous.query) ? previous.rows : undefined;
    // Rows holding every word, marked in record order (one sequential pass per word and column); without
    // candidates to narrow from, this is cheaper than looking each row up in sorted order.
    const matched = terms.length && !candidates ? new Uint8Array(n).fill(1) : undefined;
    const hits = terms.map((term) =>
      columns.map((field, c) => {
        const values = folded[c]!;
        const hit = new Uint8Array(values.length);
        for (let v = 0; v < values.length; v++) if (values[v]!.includes(term)) hit[v] = 1;
        return hit;
      }),
    );
    const columnIds = columns.map((field) => field.ids);
    if (matched) {
      const row = new Uint8Array(n);
      for (const termHits of hits) {
        row.fill(0);
        termHits.forEach((hit, c) => {
          const ids = columnIds[c]!;
          for (let i = 0; i < n; i++) row[i]! |= hit[ids[i]!]!;
        });
        for (let i = 0; i < n; i++) matched[i]! &= row[i]!;
      }
    }
    const searched: number[] = [];
    const [first, second] = this.#facets;
    const want = this.#facets.map((facet) => {
      const wanted = this.#facetFilter(facet);
      if (!wanted) return -1;
      const folded = fold(wanted);
      return facet.sorted.find((id) => fold(facet.field.values[id]!) === folded) ?? -2;
    });
    const want0 = want[0] ?? -1;
    const want1 = want[1] ?? -1;
    const ids0 = first?.field.ids;
    const ids1 = second?.field.ids;
    const counts0 = first?.counts.fill(0);
    const counts1 = second?.counts.fill(0);
    const rows: number[] = [];
    let total0 = 0;
    let total1 = 0;
    const count = candidates ? candidates.length : n;
    rows: for (let k = 0; k < count; k++) {
      const i = candidates ? candidates[k]! : order ? order[k]! : k;
      if (matched) {
        if (!matched[i]) continue;
      } else
        for (let t = 0; t < hits.length; t++) {
          const termHits = hits[t]!;
          let found = false;
          for (let c = 0; c < columnIds.length && !found; c++) {
            found = termHits[c]![columnIds[c]![i]!] === 1;
          }
          if (!found) continue rows;
        }
      if (terms.length) searched.push(i);
      const id0 = ids0 ? ids0[i]! : -1;
      const id1 = ids1 ? ids1[i]! : -1;
      const ok0 = want0 === -1 || id0 === want0;
      const ok1 = want1 === -1 || id1 === want1;
      // Each facet counts the rows the other filters let through, so its numbers say what picking would show.
      if (ok1 && counts0) counts0[id0]!++;
      if (ok0 && counts1) counts1[id1]!++;
      if (ok1) total0++;
      if (ok0) total1++;
      if (ok0 && ok1) rows.push(i);
    }
    if (first) first.total = total0;
    if (second) second.total = total1;
    this.#searched = terms.length ? { query, order, rows: searched } : undefined;
    this.#shown = rows.length;
    this.#items = this.#group ? this.#grouped(rows, this.#group) : rows;
  }

  /** "12 of 240 participants, sorted by country". */
  #summary(): string {
    const shown = this.#numbers.format(this.#shown);
    const total = this.#numbers.format(this.#records.length);
    const counts = { shown: this.#shown, total: this.#records.length };
    const by = this.#sortKeys.map((key) => {
      const label = this.#columns.find((c) => c.key === key.column)!.label;
      return key.direction === 'descending' ? this.t('tableSortedDescending', label) : label;
    });
    return by.length
      ? this.t('tableSummarySorted', shown, total, this.#lists.format(by), counts)
      : this.t('tableSummary', shown, total, counts);
  }

  #facetFilter(facet: Facet): string {
    return kindOf(facet.key) === 'country' ? this.#countryName(this.filterCountry.trim()) : this.filterOrganization;
  }

  #grouped(rows: number[], group: Facet): Item[] {
    const buckets: number[][] = group.field.values.map(() => []);
    for (const i of rows) buckets[group.field.ids[i]!]!.push(i);
    const items: Item[] = [];
    const add = (label: string, members: number[] | undefined) => {
      if (members?.length) items.push({ label, count: members.length }, ...members);
    };
    for (const id of group.sorted) add(group.field.values[id]!, buckets[id]);
    add(this.t('tableGroupNone'), buckets[group.field.values.indexOf('')]);
    return items;
  }

  // ── handlers ──

  async #onSort(event: MouseEvent, column: Column) {
    const keys = this.#sortKeys;
    const current = keys.find((k) => k.column === column.key);
    const direction: PoplusSortKey['direction'] = current?.direction === 'ascending' ? 'descending' : 'ascending';
    const next = event.shiftKey
      ? [...keys.filter((k) => k !== current), { column: column.key, direction }]
      : [{ column: column.key, direction }];
    if (event.shiftKey && current) next.splice(keys.indexOf(current), 0, next.pop()!);
    this.sort = next.map((k) => (k.direction === 'descending' ? '-' : '') + k.column).join(' ');
    this.page = 1;
    await this.updateComplete;
    this.dispatchEvent(new PoplusSortChangeEvent({ sort: this.#sortKeys, value: this.sort }));
  }

  #onSearch(event: Event) {
    this.query = (event.target as HTMLInputElement).value;
    void this.#announceFilter();
  }

  #onFacet(event: Event, facet: Facet) {
    const value = (event.target as HTMLSelectElement).value;
    if (kindOf(facet.key) === 'country') this.filterCountry = value;
    else this.filterOrganization = value;
    void this.#announceFilter();
  }

  async #announceFilter() {
    this.windowStart = 0;
    this.page = 1;
    // Reading scrollTop here would force a layout on every keystroke; the scroll handler keeps it instead.
    if (this.#scrollTop) this.renderRoot.querySelector('.scroller')!.scrollTop = this.#scrollTop = 0;
    await this.updateComplete;
    const filters: Record<string, string> = {};
    for (const facet of this.#facets) if (this.#facetFilter(facet)) filters[facet.key] = this.#facetFilter(facet);
    this.dispatchEvent(new PoplusFilterChangeEvent({ query: this.query, filters, shown: this.#shown, total: this.#records.length }));
  }

  #onScroll = (event: Event) => {
    const { scrollTop: top, clientHeight } = event.target as HTMLElement;
    this.#scrollTop = top;
    if (this.#items.length <= WINDOW_FROM) return;
    this.#viewport = clientHeight || this.#viewport;
    const start = Math.max(0, Math.floor(top / this.#rowHeight) - BUFFER);
    if (Math.abs(start - this.windowStart) >= BUFFER / 2 || start === 0) this.windowStart = start;
  };

  #itemOf(event: Event): number | undefined {
    const row = (event.target as HTMLElement).closest<HTMLElement>('tr[data-item]');
    return row ? Number(row.dataset['item']) : undefined;
  }

  #select(item: number) {
    const index = this.#items[item];
    if (typeof index !== 'number') return;
    this.dispatchEvent(new PoplusRowSelectEvent({ participant: this.#records[index]!, index }));
  }

  #onRowClick = (event: MouseEvent) => {
    const item = this.#itemOf(event);
    if (item === undefined || (event.target as HTMLElement).closest('a, button')) return;
    this.active = item;
    this.#select(item);
  };

  #onRowKey = async (event: KeyboardEvent) => {
    const item = this.#itemOf(event);
    if (item === undefined || (event.target as HTMLElement).closest('a, button')) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#select(item);
      return;
    }
    const page = this.#paged ? this.pageSize : Math.max(1, Math.floor(this.#viewport / this.#rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: item + 1,
      ArrowUp: item - 1,
      Home: 0,
      End: this.#items.length - 1,
      PageDown: item + page,
      PageUp: item - page,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    await this.#focusItem(Math.min(this.#items.length - 1, Math.max(0, moves[event.key]!)));
  };

  async #focusItem(item: number) {
    if (this.#paged) await this.#goToPage(Math.floor(item / this.pageSize) + 1, item);
    this.active = item;
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller');
    if (scroller && this.#items.length > WINDOW_FROM && (item < this.windowStart || item >= this.#windowEnd() - 1)) {
      this.windowStart = Math.max(0, item - BUFFER);
      scroller.scrollTop = Math.max(0, (item - 2) * this.#rowHeight);
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`tr[data-item="${item}"]`)?.focus();
  }

  get #paged(): boolean {
    return this.pageSize > 0;
  }

  get #pageCount(): number {
    return this.#paged ? Math.max(1, Math.ceil(this.#items.length / this.pageSize)) : 1;
  }

  /** `page`, kept within the pages there are. */
  get #currentPage(): number {
    return Math.min(Math.max(1, Math.floor(this.page) || 1), this.#pageCount);
  }

  /** Shows another page, with `focus` (default: its first row) as the row Tab reaches. */
  async #goToPage(page: number, focus?: number) {
    const pages = this.#pageCount;
    if (page < 1 || page > pages || page === this.#currentPage) return;
    this.page = page;
    this.active = focus ?? (page - 1) * this.pageSize;
    this.renderRoot.querySelector('.scroller')!.scrollTop = this.#scrollTop = 0;
    await this.updateComplete;
    this.dispatchEvent(new PoplusPageChangeEvent({ page, pages, pageSize: this.pageSize }));
  }

  #windowEnd(): number {
    return Math.min(this.#items.length, this.windowStart + Math.ceil(this.#viewport / this.#rowHeight) + 2 * BUFFER);
  }

  #download = () => {
    const url = URL.createObjectURL(new Blob(['\uFEFF', this.exportCsv()], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${this.caption || this.t('tableCaption')}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  // ── public API ──

  /** The rows in view (searched, filtered, sorted; all of them, not only those scrolled to) as CSV text,
   * with the column headings first. Formula-like cells are neutralised with a leading apostrophe. */
  exportCsv(): string {
    const rows = this.#items.filter((item): item is number => typeof item === 'number');
    return toCsv([this.#columns.map((c) => c.label), ...rows.map((i) => this.#columns.map(({ field }) => field.values[field.ids[i]!]!))]);
  }

  // ── rendering ──

  #renderCell(column: Column, index: number, rowHeader: boolean): TemplateResult {
    const text = column.field.values[column.field.ids[index]!]!;
    const raw = this.#records[index]![column.key];
    let content: unknown = text;
    if (column.kind === 'url' || column.kind === 'email') {
      const href = safeUrl(column.kind === 'email' && text && !/^mailto:/i.test(text) ? `mailto:${text}` : cellText(raw, this.locale));
      if (href) content = html`<a href=${href}>${text}</a>`;
    } else if (column.kind === 'image') {
      const src = safeUrl(cellText(raw, this.locale));
      content = src ? html`<img part="image" src=${src} alt="" loading="lazy" />` : nothing;
    }
    return rowHeader
      ? html`<th part="cell" scope="row" data-label=${column.label}>${content}</th>`
      : html`<td part="cell" data-label=${column.label}>${content}</td>`;
  }

  #renderRow(item: Item, position: number, focusable: number): TemplateResult {
    const columns = this.#columns;
    if (typeof item !== 'number') {
      return html`<tr class="group" data-item=${position} aria-rowindex=${position + 2} tabindex=${position === focusable ? 0 : -1}>
        <td part="group-heading" colspan=${columns.length}>${this.t('tableGroupHeading', item.label, this.#numbers.format(item.count))}</td>
      </tr>`;
    }
    return html`<tr part="row" data-item=${position} aria-rowindex=${position + 2} tabindex=${position === focusable ? 0 : -1}>
      ${columns.map((column, c) => this.#renderCell(column, item, c === 0 && column.kind !== 'image'))}
    </tr>`;
  }

  #renderHeader(column: Column): TemplateResult {
    const keys = this.#sortKeys;
    const key = keys.find((k) => k.column === column.key);
    const next = key?.direction === 'ascending' ? 'tableSortDescending' : 'tableSortAscending';
    // ARIA wants aria-sort on one header at a time: the main sort. The summary names every sort column.
    return html`<th scope="col" aria-sort=${key && key === keys[0] ? key.direction : 'none'}>
      <button part="sort-button" type="button" @click=${(e: MouseEvent) => this.#onSort(e, column)}>
        <span>${column.label}</span><span class="visually-hidden">, ${this.t(next)}</span>
        <span class="sort-icon" aria-hidden="true">${key ? (key.direction === 'ascending' ? '↑' : '↓') : '↕'}</span>
      </button>
    </th>`;
  }

  #renderFacet(facet: Facet): TemplateResult {
    const wanted = fold(this.#facetFilter(facet));
    const nf = this.#numbers;
    return html`<label class="field">
      <span>${facet.label}</span>
      <select part="filter" @change=${(e: Event) => this.#onFacet(e, facet)}>
        <option value="" ?selected=${!wanted}>${this.t('tableFilterAll', nf.format(facet.total))}</option>
        ${facet.sorted.map((id) => {
          const value = facet.field.values[id]!;
          return html`<option value=${value} ?selected=${!!wanted && fold(value) === wanted}>${this.t('tableFilterOption', value, nf.format(facet.counts[id]!))}</option>`;
        })}
      </select>
    </label>`;
  }

  #renderPager(page: number, pages: number): TemplateResult {
    // aria-disabled rather than disabled: a button that disables itself under the reader's finger would drop
    // keyboard focus to the page.
    const button = (label: string, target: number) =>
      html`<button
        part="page-button"
        type="button"
        aria-disabled=${target < 1 || target > pages ? 'true' : 'false'}
        @click=${() => this.#goToPage(target)}
      >
        ${label}
      </button>`;
    return html`<nav part="pager" class="pager" aria-label=${this.t('tablePages')}>
      ${button(this.t('tablePrevious'), page - 1)}
      <span class="page-number" aria-live="polite">${this.t('tablePage', this.#numbers.format(page), this.#numbers.format(pages))}</span>
      ${button(this.t('tableNext'), page + 1)}
    </nav>`;
  }

  #renderTable(): TemplateResult {
    const items = this.#items;
    const paged = this.#paged;
    const page = this.#currentPage;
    const pages = this.#pageCount;
    const windowed = !paged && items.length > WINDOW_FROM;
    const start = paged ? (page - 1) * this.pageSize : windowed ? Math.min(this.windowStart, Math.max(0, items.length - 1)) : 0;
    const end = paged ? Math.min(items.length, start + this.pageSize) : windowed ? this.#windowEnd() : items.length;
    // The row Tab reaches: the last one focused, if it is on screen, else the first on screen.
    const focusable = this.active >= start && this.active < end ? this.active : start;
    const spacer = (rows: number) =>
      rows > 0
        ? html`<tr class="spacer" aria-hidden="true"><td colspan=${this.#columns.length} data-height=${rows * this.#rowHeight}></td></tr>`
        : nothing;
    const positions = [];
    for (let k = start; k < end; k++) positions.push(k);
    // Keyed by position, so a row keeps its DOM (and focus) while the window scrolls past it.
    const view = repeat(
      positions,
      (k) => k,
      (k) => this.#renderRow(items[k]!, k, focusable),
    );
    return html`<div part="base" class="base">
      <div part="toolbar" class="toolbar">
        <label class="field search">
          <span>${this.t('tableSearch')}</span>
          <input part="search" type="search" autocomplete="off" .value=${this.query} @input=${this.#onSearch} />
        </label>
        ${this.#facets.map((facet) => this.#renderFacet(facet))}
        ${this.exportButton ? html`<button part="export-button" type="button" @click=${this.#download}>${this.t('tableExport')}</button>` : nothing}
      </div>
      <p part="summary" class="summary" role="status">${this.#summary()}</p>
      <div part="scroller" class="scroller" @scroll=${this.#onScroll}>
        <table part="table" class=${windowed ? 'windowed' : ''} aria-rowcount=${items.length + 1}>
          <caption class=${this.caption ? '' : 'visually-hidden'}>${this.caption || this.t('tableCaption')}</caption>
          <thead part="header">
            <tr aria-rowindex="1">${this.#columns.map((column) => this.#renderHeader(column))}</tr>
          </thead>
          <tbody @click=${this.#onRowClick} @keydown=${this.#onRowKey}>
            ${windowed ? spacer(start) : nothing}${view}${windowed ? spacer(items.length - end) : nothing}
            ${items.length ? nothing : html`<tr><td colspan=${this.#columns.length} class="no-match">${this.t('tableNoMatches')}</td></tr>`}
          </tbody>
        </table>
      </div>
      ${paged && pages > 1 ? this.#renderPager(page, pages) : nothing}
    </div>`;
  }

  override render(): TemplateResult {
    return this.#source.render(() => this.#renderTable());
  }
}

useEnglish(tableMessages);
defineElement('poplus-participant-table', PoplusParticipantTable);

declare global {
  interface HTMLElementTagNameMap {
    'poplus-participant-table': PoplusParticipantTable;
  }
}
