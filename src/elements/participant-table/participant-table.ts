import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { adaptParticipants, cellText, readParticipants, type ParticipantData } from '../../data/participants.js';
import { DataElement } from '../../shared/data-element.js';
import { DataSourceController } from '../../shared/data-source.js';
import { defineElement } from '../../shared/define.js';
import { collator, formatList, formatNumber, isRegionCode, nameOf, numberFormat } from '../../shared/intl.js';
import { asObject, asText, fold } from '../../shared/text.js';
import { tableMessages } from '../../locales/en.js';
import { useEnglish, type MessageKey } from '../../locales/index.js';
import {
  PoplusErrorEvent,
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
import { FacetCombobox, type Choice } from './facet-combobox.js';
import { IdleWork } from './idle-work.js';
import { RovingFocus } from './roving-focus.js';
import { RowWindow, type RowRange } from './row-window.js';
import { TableEngine, type FacetCounts, type FieldSpec, type Item, type View } from './table-engine.js';
import { clip, kindOf, ORGANIZATION_FIELDS, readTable, toCsv, type ColumnKind } from './table-model.js';

interface Column {
  key: string;
  kind: ColumnKind;
  /** What each row shows. */
  field: FieldSpec;
  /** What each row sorts by: `sort_name` for names where the data has it, else `field`. */
  sortField: FieldSpec;
}

type SortKeys = { column: Column; direction: PoplusSortKey['direction'] }[];

interface Facet {
  key: string;
  field: FieldSpec;
  /** The attribute that filters it besides `filters`: `filter-country` or `filter-organization`. */
  bound?: 'filterCountry' | 'filterOrganization';
}

/** Up to this many rows, fields are encoded at once; above, after the first paint, while the page is idle. */
const INDEX_AT_ONCE = 1000;
/** A facet with more values than this is a searchable combobox instead of a `<select>`. */
const SELECT_UP_TO = 50;
/** The `<select>` value of the "not given" choice: no cell text is a bare newline (texts are trimmed). */
const NOT_GIVEN = '\n';

const LABELS: Partial<Record<ColumnKind, MessageKey & `tableColumn${string}`>> = {
  name: 'tableColumnName',
  organization: 'tableColumnOrganization',
  role: 'tableColumnRole',
  country: 'tableColumnCountry',
  email: 'tableColumnEmail',
  url: 'tableColumnUrl',
  image: 'tableColumnImage',
};

/** A JSON object attribute: anything unreadable is `undefined`, never an exception in the host page. */
const jsonObject = {
  fromAttribute(value: string | null) {
    try {
      return value === null ? undefined : asObject(JSON.parse(value));
    } catch {
      return undefined;
    }
  },
};

const words = (value: unknown): string[] => asText(value).split(/\s+/).filter(Boolean);

/**
 * A table of people or organisations from a JSON list, a CSV file, or a Popolo / PopIt export: sortable by
 * any column in the reader's language (rows with no value last), searchable regardless of accents, filterable
 * by any number of facets, groupable, and fast at 100,000 rows.
 *
 * It stays a real `<table>` (the ARIA *table* pattern, not *grid*): headers hold sort buttons with
 * `aria-sort`; rows are focusable one at a time (roving tabindex), so Tab reaches the search box, filters,
 * sort buttons and the table once; in the table ↑/↓ move between rows, Home/End and Page Up/Down jump, and
 * Enter selects a row. A small table sizes to its content. Above 150 rows only the rows in view are in the
 * DOM, in a box as high as `--poplus-table-max-height` allows, cut to whole rows; `aria-rowcount` and
 * `aria-rowindex` still tell assistive technology the whole count and each row's place. With `page-size` the
 * rows come a page at a time instead, with Previous / Next buttons; the arrow keys and Page Up/Down cross pages.
 *
 * Facets (`facets`, default the country and organisation fields) filter on one value each, with counts that
 * follow the search and the other facets, and a "Not given" choice for rows without a value; a facet with
 * more than 50 values is a searchable combobox. JSON records are kept as given and read when shown: at
 * 100,000 rows the first screen reads only its own rows, and the search and sort indexes are built while the
 * page is idle. Records that are not objects are left out, and the table says how many.
 *
 * A plain `<table>` inside the element (and no `src`) is read as data, so the page shows a table before (or
 * without) JavaScript; once the element runs, its own table replaces it on screen.
 *
 * @summary A sortable, searchable, filterable table of participants.
 * @tagname poplus-participant-table
 *
 * @csspart base - The wrapper.
 * @csspart caption - The visible caption (with the `caption` attribute).
 * @csspart toolbar - The search box, filters and export button.
 * @csspart search - The search input.
 * @csspart filter - Each facet's `<select>`, or its combobox input when it has many values.
 * @csspart listbox - A facet combobox's popup list.
 * @csspart option - A choice in a facet combobox's popup.
 * @csspart export-button - The CSV download button.
 * @csspart summary - The live summary ("12 of 240 participants, sorted by country").
 * @csspart note - The note on records that could not be read.
 * @csspart scroller - The box around the table (it scrolls when the rows are windowed).
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
 * @cssprop --poplus-table-max-height - The most a large (windowed) table's box takes before it scrolls, its header staying in view; the box is cut to whole rows. Small tables and pages size to their content. Default `40rem`.
 * Under 600px of width (a container query on the element) each row stacks into "label: value" lines.
 *
 * @fires poplus-sort-change - The reader sorted from a header. `detail: { sort, value }`.
 * @fires poplus-filter-change - The reader searched or picked a filter. `detail: { query, filters, shown, total }`; `filters` maps each filtered field to its value, `null` for "not given".
 * @fires poplus-page-change - The reader moved to another page. `detail: { page, pages, pageSize }`.
 * @fires poplus-row-select - The reader clicked a row or pressed Enter on it. `detail: { participant, index }`.
 * @fires poplus-load - Data from `src` or inline JSON was read.
 * @fires poplus-error - Data could not be read, or the table failed to show it (it keeps what it showed).
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
  readonly #window = new RowWindow(this);
  readonly #idle = new IdleWork(this);
  readonly #roving = new RovingFocus(this, {
    count: () => this.#count,
    step: () => this.#pageSize || this.#window.screen,
    reveal: (item) =>
      this.#pageSize ? this.#goToPage(Math.floor(item / this.#pageSize) + 1, item) : this.#window.reveal(item, this.#range),
    row: (item) => this.renderRoot.querySelector<HTMLElement>(`tr[data-item="${item}"]`),
    select: (item) => this.#select(item),
  });
  readonly #comboboxes = new Map<string, FacetCombobox>();

  #engine = new TableEngine([], (a, b) => (a < b ? -1 : a > b ? 1 : 0));
  #specs = new Map<string, FieldSpec>();
  #columns: Column[] = [];
  #facets: Facet[] = [];
  #group?: FieldSpec;
  #order?: Uint32Array;
  #view: View = { rows: new Uint32Array(0), facets: [] };
  #skipped = 0;
  /** What went wrong inside the table, and the last table it drew, kept on screen under the error. */
  #fault?: unknown;
  #faultShown = false;
  #lastGood?: TemplateResult;

  /** The people or organisations: records (an array of objects), or a parsed Popolo export. Wins over `src`
   * and inline data. Anything else shows the error state and keeps the data shown before. */
  @property({ attribute: false }) accessor participants: unknown = undefined;

  /** The fields to show, in order, separated by spaces (`name group area`). Default: the well-known fields
   * present (name, organisation, role, country), else the first four. */
  @property() accessor columns: string | undefined = undefined;

  /** Column headings by field, overriding the translated defaults: `{"area": "Constituency"}`. */
  @property({ attribute: 'column-labels', converter: jsonObject }) accessor columnLabels: Record<string, unknown> | undefined = undefined;

  /** Sort order: fields separated by spaces, each `-`-prefixed for descending (`country -name`). */
  @property({ reflect: true }) accessor sort = '';

  /** The search text. */
  @property({ reflect: true }) accessor query = '';

  /** The fields offered as filters, separated by spaces (`country organization role`). Default: the country
   * and organisation fields, where the data has them. */
  @property() accessor facets: string | undefined = undefined;

  /** Facet filters by field, as JSON: `{"role": "MP"}`; `null` picks rows with no value. */
  @property({ converter: jsonObject }) accessor filters: Record<string, unknown> | undefined = undefined;

  /** Shows only rows of this country (an ISO code or the shown name). */
  @property({ attribute: 'filter-country', reflect: true }) accessor filterCountry = '';

  /** Shows only rows of this organisation. */
  @property({ attribute: 'filter-organization', reflect: true }) accessor filterOrganization = '';

  /** A field to group rows by, with a heading and count per group (`country`). */
  @property({ attribute: 'group-by' }) accessor groupBy = '';

  /** The table's caption, shown above it; without it, screen readers still hear "Participants". */
  @property() accessor caption = '';

  /** Rows a page: the table shows one page at a time, with page buttons. 0 (the default) shows every row in
   * one list (drawing only those in view when there are many). */
  @property({ attribute: 'page-size', type: Number, reflect: true }) accessor pageSize = 0;

  /** The page shown with `page-size`, from 1. Searching, filtering and sorting go back to the first page. */
  @property({ type: Number, reflect: true }) accessor page = 1;

  /** Shows a button that downloads the current view as CSV. */
  @property({ attribute: 'export-button', type: Boolean }) accessor exportButton = false;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    try {
      this.#derive(changed);
      this.#fault = undefined;
    } catch (error) {
      this.#fail(error);
    }
  }

  /** Derived state, each part only when what it depends on changed. */
  #derive(changed: PropertyValues): void {
    const has = (...keys: string[]) => keys.some((key) => changed.has(key));
    const data = has('data', 'locale');
    if (data) {
      const value = this.#source.value;
      this.#skipped = value?.skipped ?? 0;
      this.#engine = new TableEngine(value?.records ?? [], collator(this.locale, { numeric: true, sensitivity: 'base' }).compare);
      this.#specs = new Map();
      this.#window.reset();
    }
    const shape = data || has('columns', 'facets', 'groupBy');
    if (shape) this.#configure(this.#source.value?.fields ?? []);
    if (shape || has('sort'))
      this.#order = this.#engine.order(
        this.#sortKeys.map(({ column, direction }) => ({ field: column.sortField, descending: direction === 'descending' })),
      );
    if (shape || has('sort', 'query', 'facets', 'filters', 'filterCountry', 'filterOrganization', 'index')) {
      this.#view = this.#engine.filter({
        order: this.#order,
        search: asText(this.query),
        searchIn: this.#columns.map((c) => c.field),
        facets: this.#facets.map((facet) => ({ field: facet.field, wanted: this.#wanted(facet) })),
        group: this.#group,
      });
      this.#roving.active = Math.min(this.#roving.active, this.#count - 1);
    }
  }

  /** Columns, facets and grouping for the data's fields; the fields' indexes are built now or when idle. */
  #configure(fields: string[]): void {
    const present = fields.filter((f) => this.#engine.records.slice(0, 500).some((r) => r[f] != null));
    const keys = words(this.columns).length ? words(this.columns) : this.#defaultColumns(present);
    this.#columns = keys.map((key) => ({ key, kind: kindOf(key), field: this.#spec(key), sortField: this.#sortSpec(key, fields) }));
    const country = fields.find((f) => kindOf(f) === 'country');
    const organization = fields.find((f) => kindOf(f) === 'organization');
    const facetKeys = words(this.facets).length ? words(this.facets) : [country, organization].filter((f): f is string => !!f);
    this.#facets = [...new Set(facetKeys)].map((key) => ({
      key,
      field: this.#spec(key),
      bound: key === country ? 'filterCountry' : key === organization ? 'filterOrganization' : undefined,
    }));
    for (const { key } of this.#facets)
      if (!this.#comboboxes.has(key)) this.#comboboxes.set(key, new FacetCombobox(this, `facet-${this.#comboboxes.size}`));
    const group = asText(this.groupBy);
    this.#group = group && (fields.includes(group) || keys.includes(group)) ? this.#spec(group) : undefined;
    const engine = this.#engine;
    const tasks = [
      ...this.#columns.map((c) => () => engine.prepare(c.field, { search: true })),
      ...this.#facets.map((f) => () => engine.prepare(f.field, { search: true, sort: true })),
      ...[this.#columns[0]?.sortField, this.#group].map((spec) => () => spec && engine.prepare(spec, { sort: true })),
    ];
    if (engine.size <= INDEX_AT_ONCE) tasks.forEach((task) => task());
    else this.#idle.run(tasks, () => this.requestUpdate('index'));
  }

  /** How a field reads: the cell's text in the reader's language, a country code as the country's name. */
  #spec(key: string): FieldSpec {
    let spec = this.#specs.get(key);
    if (!spec) {
      const kind = kindOf(key);
      const locale = this.locale;
      const separator = this.t('tableListSeparator');
      spec = {
        id: key,
        read: (record) => record[key],
        text: (raw) => {
          const text = clip(cellText(raw, locale, separator));
          if (kind === 'country' && isRegionCode(text)) return nameOf(locale, 'region', text);
          return kind === 'url' ? text.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '') : text;
        },
      };
      this.#specs.set(key, spec);
    }
    return spec;
  }

  #sortSpec(key: string, fields: string[]): FieldSpec {
    if (kindOf(key) !== 'name' || !fields.includes('sort_name')) return this.#spec(key);
    const spec = this.#specs.get(`sort:${key}`) ?? {
      ...this.#spec(key),
      id: `sort:${key}`,
      read: (r) => (cellText(r['sort_name'], 'en') ? r['sort_name'] : r[key]),
    };
    this.#specs.set(`sort:${key}`, spec);
    return spec;
  }

  #defaultColumns(fields: string[]): string[] {
    const known = ['name', ...ORGANIZATION_FIELDS, 'role', 'country'];
    const present = known.map((k) => fields.find((f) => f.toLowerCase() === k)).filter((f): f is string => !!f);
    const unique = present.filter((f, i) => kindOf(f) !== 'organization' || present.findIndex((p) => kindOf(p) === 'organization') === i);
    return unique.length ? unique : fields.filter((f) => f !== 'id').slice(0, 4);
  }

  #label(key: string): string {
    const custom = asText(asObject(this.columnLabels)[key]);
    const known = LABELS[kindOf(key)];
    if (custom || known) return custom || this.t(known!);
    const text = key.replace(/[_-]+/g, ' ').trim();
    return text.charAt(0).toLocaleUpperCase(this.locale) + text.slice(1);
  }

  get #sortKeys(): SortKeys {
    const keys = words(this.sort).map((token) => ({
      column: this.#columns.find((c) => c.key === token.replace(/^[-+]/, ''))!,
      direction: token.startsWith('-') ? ('descending' as const) : ('ascending' as const),
    }));
    return keys.filter((key, i) => key.column && keys.findIndex((k) => k.column === key.column) === i);
  }

  /** A facet's filter: `undefined` for none, `null` for "not given", else the value (a country by its name). */
  #wanted(facet: Facet): string | null | undefined {
    const filters = asObject(this.filters);
    const value = (facet.bound && asText(this[facet.bound])) || (filters[facet.key] === null ? null : asText(filters[facet.key]));
    if (value === null || !value) return value === null ? null : undefined;
    return kindOf(facet.key) === 'country' && isRegionCode(value) ? nameOf(this.locale, 'region', value) : value;
  }

  get #count(): number {
    return (this.#view.items ?? this.#view.rows).length;
  }

  get #range(): RowRange {
    return this.#window.range(this.#count, this.#pageSize, Number(this.page) || 1);
  }

  /** `page-size` as a whole number of rows, 0 for none (whatever was set). */
  get #pageSize(): number {
    return Math.max(0, Math.floor(Number(this.pageSize)) || 0);
  }

  #item(position: number): Item {
    return (this.#view.items ?? this.#view.rows)[position]!;
  }

  #fail(error: unknown): void {
    this.#fault = error;
    this.#faultShown = false;
  }

  protected override updated(): void {
    if (this.#fault === undefined || this.#faultShown) return;
    this.#faultShown = true;
    const detail = String((this.#fault as Error)?.message ?? this.#fault);
    this.dispatchEvent(new PoplusErrorEvent({ kind: 'content', message: this.t('tableFailed'), detail }));
  }

  // ── handlers ──

  async #onSort(event: MouseEvent, column: Column) {
    const keys = this.#sortKeys;
    const current = keys.find((k) => k.column === column);
    const direction: PoplusSortKey['direction'] = current?.direction === 'ascending' ? 'descending' : 'ascending';
    const next = event.shiftKey ? keys.map((k) => (k === current ? { column, direction } : k)) : [{ column, direction }];
    if (event.shiftKey && !current) next.push({ column, direction });
    this.sort = next.map((k) => (k.direction === 'descending' ? '-' : '') + k.column.key).join(' ');
    this.page = 1;
    await this.updateComplete;
    const sort = this.#sortKeys.map((k) => ({ column: k.column.key, direction: k.direction }));
    this.dispatchEvent(new PoplusSortChangeEvent({ sort, value: this.sort }));
  }

  #onFacet(facet: Facet, value: string | null) {
    const filters: Record<string, unknown> = { ...asObject(this.filters) };
    if (facet.bound) this[facet.bound] = value ?? '';
    if (value === '' || (facet.bound && value !== null)) delete filters[facet.key];
    else filters[facet.key] = value;
    this.filters = filters;
    void this.#announceFilter();
  }

  async #announceFilter() {
    this.page = 1;
    this.#window.toTop();
    await this.updateComplete;
    const filters: Record<string, string | null> = {};
    for (const facet of this.#facets) {
      const wanted = this.#wanted(facet);
      if (wanted !== undefined) filters[facet.key] = wanted;
    }
    const detail = { query: asText(this.query), filters, shown: this.#view.rows.length, total: this.#engine.size };
    this.dispatchEvent(new PoplusFilterChangeEvent(detail));
  }

  #select(item: number) {
    const index = this.#item(item);
    if (typeof index === 'number') this.dispatchEvent(new PoplusRowSelectEvent({ participant: this.#engine.records[index]!, index }));
  }

  #onRowClick = (event: MouseEvent) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('tr[data-item]');
    if (!row || (event.target as HTMLElement).closest('a, button')) return;
    this.#roving.active = Number(row.dataset['item']);
    this.#select(this.#roving.active);
  };

  /** Shows another page, with `focus` (default: its first row) as the row Tab reaches. */
  async #goToPage(page: number, focus?: number) {
    const { page: current, pages } = this.#range;
    if (page < 1 || page > pages || page === current) return;
    this.page = page;
    this.#roving.active = focus ?? (page - 1) * this.#pageSize;
    this.#window.toTop();
    await this.updateComplete;
    this.dispatchEvent(new PoplusPageChangeEvent({ page, pages, pageSize: this.#pageSize }));
  }

  #download = () => {
    const url = URL.createObjectURL(new Blob([this.exportCsv()], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${asText(this.caption) || this.t('tableCaption')}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  // ── public API ──

  /** The rows in view (searched, filtered, sorted; all of them, not only those scrolled to) as the CSV file
   * the export button downloads: a UTF-8 byte-order mark, the column headings, then the rows, separated the
   * way the reader's spreadsheet expects (`;` where the decimal separator is a comma, else `,`). Formula-like
   * cells are neutralised with a leading apostrophe. */
  exportCsv(): string {
    const decimal = numberFormat(this.locale)
      .formatToParts(1.5)
      .find((part) => part.type === 'decimal')?.value;
    const lines = [...this.#view.rows].map((row) => this.#columns.map(({ field }) => this.#engine.text(field, row)));
    return `\uFEFF${toCsv([this.#columns.map((c) => this.#label(c.key)), ...lines], decimal === ',' ? ';' : ',')}`;
  }

  /**
   * Shows the row whose `id` field is `id`: clears the search and filters if they hide it, goes to its page
   * or scrolls to it, and focuses it. Resolves with whether such a row exists.
   */
  async showRecord(id: string): Promise<boolean> {
    await this.updateComplete;
    const row = this.#engine.find(this.#spec('id'), asText(id));
    if (row < 0) return false;
    const position = () => (this.#view.items ?? this.#view.rows).indexOf(row);
    if (position() < 0) {
      [this.query, this.filterCountry, this.filterOrganization, this.filters] = ['', '', '', undefined];
      await this.updateComplete;
    }
    if (position() < 0) return false;
    await this.#roving.focus(position());
    return true;
  }

  // ── rendering ──

  #renderCell(column: Column, row: number, rowHeader: boolean): TemplateResult {
    const text = this.#engine.text(column.field, row);
    let content: unknown = text;
    if (column.kind === 'url' || column.kind === 'email') {
      const raw = cellText(this.#engine.records[row]![column.key], this.locale);
      const href = safeUrl(column.kind === 'email' && text && !/^mailto:/i.test(text) ? `mailto:${text}` : raw);
      // A web address may break after a slash or a dot, not inside a word.
      if (href) content = html`<a href=${href}>${text.split(/(?<=[/.])/).map((part) => html`${part}<wbr />`)}</a>`;
    } else if (column.kind === 'image') {
      const src = safeUrl(cellText(this.#engine.records[row]![column.key], this.locale));
      content = src ? html`<img part="image" src=${src} alt="" loading="lazy" />` : nothing;
    }
    const label = this.#label(column.key);
    return rowHeader
      ? html`<th part="cell" scope="row" data-label=${label}>${content}</th>`
      : html`<td part="cell" data-label=${label}>${content}</td>`;
  }

  #renderRow(position: number, tabStop: number): TemplateResult {
    const item = this.#item(position);
    const tabindex = position === tabStop ? 0 : -1;
    if (typeof item !== 'number') {
      const heading = this.t('tableGroupHeading', item.label || this.t('tableGroupNone'), formatNumber(this.locale, item.count));
      return html`<tr class="group" data-item=${position} aria-rowindex=${position + 2} tabindex=${tabindex}>
        <td part="group-heading" colspan=${this.#columns.length}>${heading}</td>
      </tr>`;
    }
    return html`<tr part="row" data-item=${position} aria-rowindex=${position + 2} tabindex=${tabindex}>
      ${this.#columns.map((column, c) => this.#renderCell(column, item, c === 0 && column.kind !== 'image'))}
    </tr>`;
  }

  #renderHeader(column: Column, keys: SortKeys): TemplateResult {
    const key = keys.find((k) => k.column === column);
    const action = this.t(key?.direction === 'ascending' ? 'tableSortDescending' : 'tableSortAscending');
    // ARIA wants aria-sort on one header at a time: the main sort. The summary names every sort column.
    return html`<th scope="col" aria-sort=${key && key === keys[0] ? key.direction : 'none'}>
      <button part="sort-button" type="button" @click=${(e: MouseEvent) => this.#onSort(e, column)}>
        <span>${this.#label(column.key)}</span><span class="visually-hidden">${this.t('tableSortHint', action)}</span>
        <span class="sort-icon" aria-hidden="true">${key ? (key.direction === 'ascending' ? '↑' : '↓') : '↕'}</span>
      </button>
    </th>`;
  }

  #renderFacet(facet: Facet, counts: FacetCounts | undefined): TemplateResult {
    const n = (count: number) => formatNumber(this.locale, count);
    const all: Choice = { value: '', label: this.t('tableFilterAll', n(counts?.total ?? this.#view.rows.length)) };
    const choices = [
      all,
      ...(counts?.values ?? []).map((value, i) => ({ value, label: this.t('tableFilterOption', value, n(counts!.counts[i]!)) })),
    ];
    const wanted = this.#wanted(facet);
    if (counts?.none || wanted === null) choices.push({ value: null, label: this.t('tableFilterNone', n(counts?.none ?? 0)) });
    const folded = (text: string | null) => (text === null ? null : fold(text));
    const selected = (wanted !== undefined && choices.find((c, i) => i && folded(c.value) === folded(wanted))) || all;
    const label = this.#label(facet.key);
    const pick = (value: string | null) => this.#onFacet(facet, value);
    if (counts && counts.values.length > SELECT_UP_TO) {
      const more = (count: number) => this.t('tableMoreChoices', n(count));
      return this.#comboboxes.get(facet.key)!.render({ label, choices, selected, pick, more });
    }
    return html`<label class="field">
      <span>${label}</span>
      <select part="filter" @change=${(e: Event) => pick(((v) => (v === NOT_GIVEN ? null : v))((e.target as HTMLSelectElement).value))}>
        ${choices.map((c) => html`<option value=${c.value ?? NOT_GIVEN} ?selected=${c === selected}>${c.label}</option>`)}
      </select>
    </label>`;
  }

  #renderPager({ page, pages }: RowRange): TemplateResult {
    // aria-disabled rather than disabled: a button that disables itself under the reader's finger would drop
    // keyboard focus to the page.
    const button = (label: string, target: number) =>
      html`<button part="page-button" type="button" aria-disabled=${target < 1 || target > pages ? 'true' : 'false'} @click=${() => this.#goToPage(target)}>
        ${label}
      </button>`;
    const n = (count: number) => formatNumber(this.locale, count);
    return html`<nav part="pager" class="pager" aria-label=${this.t('tablePages')}>
      ${button(this.t('tablePrevious'), page - 1)}
      <span class="page-number" aria-live="polite">${this.t('tablePage', n(page), n(pages))}</span>
      ${button(this.t('tableNext'), page + 1)}
    </nav>`;
  }

  /** "12 of 240 participants, sorted by country". */
  #summary(keys: SortKeys): string {
    const counts = { shown: this.#view.rows.length, total: this.#engine.size };
    const [shown, total] = [formatNumber(this.locale, counts.shown), formatNumber(this.locale, counts.total)];
    const by = keys.map(({ column, direction }) =>
      direction === 'descending' ? this.t('tableSortedDescending', this.#label(column.key)) : this.#label(column.key),
    );
    return by.length
      ? this.t('tableSummarySorted', shown, total, formatList(this.locale, by), counts)
      : this.t('tableSummary', shown, total, counts);
  }

  #renderTable(): TemplateResult {
    const range = this.#range;
    const { start, end, windowed } = range;
    const count = this.#count;
    const keys = this.#sortKeys;
    const tabStop = this.#roving.tabStop(start, end);
    const columns = this.#columns.length;
    const spacer = (rows: number) =>
      windowed && rows > 0 ? html`<tr class="spacer" aria-hidden="true"><td colspan=${columns} data-rows=${rows}></td></tr>` : nothing;
    const positions = Array.from({ length: end - start }, (_, k) => start + k);
    const caption = asText(this.caption);
    const skipped = this.#skipped;
    return html`<div part="base" class="base">
      ${caption ? html`<p part="caption" class="caption" aria-hidden="true">${caption}</p>` : nothing}
      <div part="toolbar" class="toolbar">
        <label class="field search">
          <span>${this.t('tableSearch')}</span>
          <input part="search" type="search" autocomplete="off" .value=${asText(this.query)} @input=${this.#onSearch} />
        </label>
        ${this.#facets.map((facet, i) => this.#renderFacet(facet, this.#view.facets[i]))}
        ${this.exportButton ? html`<button part="export-button" type="button" @click=${this.#download}>${this.t('tableExport')}</button>` : nothing}
      </div>
      <p part="summary" class="summary" role="status">${this.#summary(keys)}</p>
      ${skipped ? html`<p part="note" class="note">${this.t('dataSkipped', formatNumber(this.locale, skipped), skipped)}</p>` : nothing}
      <div part="scroller" class=${windowed ? 'scroller windowed' : 'scroller'} @scroll=${this.#window.onScroll}>
        <table part="table" aria-rowcount=${count + 1}>
          <caption class="visually-hidden">${caption || this.t('tableCaption')}</caption>
          <thead part="header">
            <tr aria-rowindex="1">${this.#columns.map((column) => this.#renderHeader(column, keys))}</tr>
          </thead>
          <tbody @click=${this.#onRowClick} @keydown=${this.#roving.onKeyDown}>
            ${spacer(start)}${repeat(
              positions,
              (k) => k,
              (k) => this.#renderRow(k, tabStop),
            )}${spacer(count - end)}
            ${count ? nothing : html`<tr><td colspan=${columns} class="no-match">${this.t('tableNoMatches')}</td></tr>`}
          </tbody>
        </table>
      </div>
      ${range.pages > 1 ? this.#renderPager(range) : nothing}
    </div>`;
  }

  #onSearch = (event: Event) => {
    this.query = (event.target as HTMLInputElement).value;
    void this.#announceFilter();
  };

  override render(): TemplateResult {
    try {
      if (this.#fault === undefined) return (this.#lastGood = this.#source.render(() => this.#renderTable()));
    } catch (error) {
      this.#fail(error);
    }
    return html`<div part="error" class="state state--error" role="alert">
        <p>${this.t('tableFailed')}</p>
      </div>
      ${this.#lastGood ?? nothing}`;
  }
}

useEnglish(tableMessages);
defineElement('poplus-participant-table', PoplusParticipantTable);

declare global {
  interface HTMLElementTagNameMap {
    'poplus-participant-table': PoplusParticipantTable;
  }
}
