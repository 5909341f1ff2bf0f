import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { adaptParticipants, cellText, readParticipants, type ParticipantData } from '../../data/participants.js';
import { DataElement } from '../../shared/data-element.js';
import { DataSourceController } from '../../shared/data-source.js';
import { defineElement } from '../../shared/define.js';
import { collator, formatNumber } from '../../shared/intl.js';
import { asObject, asText } from '../../shared/text.js';
import { tableMessages } from '../../locales/en.js';
import { useEnglish } from '../../locales/index.js';
import {
  PoplusErrorEvent,
  PoplusFilterChangeEvent,
  PoplusPageChangeEvent,
  PoplusRowSelectEvent,
  PoplusSortChangeEvent,
} from '../../shared/events/index.js';
import { PoplusElement } from '../../shared/poplus-element.js';
import { containerHost, fieldStyles, stateStyles, tokens } from '../../shared/tokens.js';
import { styles } from './participant-table.styles.js';
import type { FacetCombobox } from './facet-combobox.js';
import { IdleWork } from './idle-work.js';
import { RovingFocus } from './roving-focus.js';
import { RowWindow, WINDOW_FROM, type RowRange } from './row-window.js';
import {
  columnLabel,
  FieldSpecs,
  jsonObject,
  layoutOf,
  nextSort,
  sortKeysOf,
  wantedOf,
  type Column,
  type Facet,
  type Layout,
  type SortKeys,
} from './table-columns.js';
import { TableEngine, everyRow, type FacetCounts, type View } from './table-engine.js';
import { csvDelimiter, readTable, toCsv } from './table-model.js';
import { download, facetChoices, loadedCombobox, renderCell, renderHeader, renderPager, renderSelect, summaryText } from './table-parts.js';

/** A table that draws all its rows indexes its fields at once (its filters show their counts in the first
 * paint); a larger one after the first paint, while the page is idle. */
const INDEX_AT_ONCE = WINDOW_FROM;
/** A facet with more values than this is a searchable combobox instead of a `<select>`. */
const SELECT_UP_TO = 50;

/**
 * People or organisations from JSON records (`format`: `json`), CSV (`csv`, `tsv`), Popolo / PopIt and
 * EveryPolitician (`popolo`, `popit`), Wikidata query results (`sparql`, `wikidata`), a programme's speakers in
 * any format the session list reads (`schedule`, `speakers`), or a plain `<table>` inside it (shown before
 * JavaScript runs). `format` is needed only when the media type, URL and content cannot tell. Sortable by any
 * column in the reader's language (empty values last), searchable regardless of accents, filterable by any
 * number of facets, groupable, and fast at 100,000 rows.
 *
 * A real `<table>` (the ARIA *table* pattern): sort buttons with `aria-sort`; one row at a time is a tab stop;
 * ↑/↓, Home/End and Page Up/Down move between rows and Enter selects one. A small table sizes to its content;
 * above 150 rows only the rows in view are drawn, in a box as high as `--poplus-table-max-height` allows, cut
 * to whole rows, with `aria-rowcount`/`aria-rowindex`; with `page-size`, a page at a time. Facets (`facets`:
 * by default the country and organisation fields) count what each choice would show, offer "Not given", and
 * become a searchable combobox above 50 values. Fields are read as shown, indexes built while the page is idle.
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
    light: () => readTable(this.querySelector(':scope > table')),
  });
  readonly #window = new RowWindow(this);
  readonly #idle = new IdleWork(this);
  readonly #roving = new RovingFocus(this, {
    count: () => this.#view.lines.length,
    step: () => this.#pageSize || this.#window.screen,
    reveal: (item) =>
      this.#pageSize ? this.#goToPage(Math.floor(item / this.#pageSize) + 1, item) : this.#window.reveal(item, this.#range),
    row: (item) => this.renderRoot.querySelector<HTMLElement>(`tr[data-item="${item}"]`),
    select: (item) => this.#select(item),
  });
  readonly #comboboxes = new Map<string, FacetCombobox>();

  #engine = new TableEngine([], () => (a, b) => (a < b ? -1 : a > b ? 1 : 0));
  #specs = new FieldSpecs('en', ', ');
  #layout: Layout = { columns: [], facets: [] };
  #order?: Uint32Array;
  #view: View = everyRow(0);
  #skipped = 0;
  /** What went wrong inside the table, whether it was announced, and the last table drawn (kept on screen). */
  #fault?: unknown;
  #faultShown = false;
  #lastGood?: TemplateResult;

  /** The people or organisations: records (an array of objects), or a parsed Popolo export. Wins over `src`
   * and inline data. Anything else shows the error state and keeps the data shown before. */
  @property({ attribute: false }) participants: unknown = undefined;

  /** The fields to show, in order, separated by spaces (`name group area`). Default: the well-known fields
   * present (name, organisation, role, country), else the first four. */
  @property() columns: string | undefined = undefined;

  /** Column headings by field, overriding the translated defaults: `{"area": "Constituency"}`. */
  @property({ attribute: 'column-labels', converter: jsonObject }) columnLabels: Record<string, unknown> | undefined = undefined;

  /** Sort order: fields separated by spaces, each `-`-prefixed for descending (`country -name`). */
  @property({ reflect: true }) sort = '';

  /** The search text. */
  @property({ reflect: true }) query = '';

  /** The fields offered as filters, separated by spaces (`country organization role`). Default: the country
   * and organisation fields, where the data has them. */
  @property() facets: string | undefined = undefined;

  /** Facet filters by field, as JSON: `{"role": "MP"}`; `null` picks the rows with no value. */
  @property({ converter: jsonObject }) filters: Record<string, unknown> | undefined = undefined;

  /** Shows only rows of this country (an ISO code or the shown name). */
  @property({ attribute: 'filter-country', reflect: true }) filterCountry = '';

  /** Shows only rows of this organisation. */
  @property({ attribute: 'filter-organization', reflect: true }) filterOrganization = '';

  /** A field to group rows by, with a heading and count per group (`country`). */
  @property({ attribute: 'group-by' }) groupBy = '';

  /** The table's caption, shown above it; without it, screen readers still hear "Participants". */
  @property() caption = '';

  /** Rows a page: the table shows one page at a time, with page buttons. 0 (the default) shows every row in
   * one list (drawing only those in view when there are many). */
  @property({ attribute: 'page-size', type: Number, reflect: true }) pageSize = 0;

  /** The page shown with `page-size`, from 1. Searching, filtering and sorting go back to the first page. */
  @property({ type: Number, reflect: true }) page = 1;

  /** Shows a button that downloads the current view as CSV. */
  @property({ attribute: 'export-button', type: Boolean }) exportButton = false;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    try {
      this.#derive(changed);
      this.#fault = undefined;
    } catch (error) {
      [this.#fault, this.#faultShown] = [error, false];
    }
  }

  /** Derived state, each part only when what it depends on changed. */
  #derive(changed: PropertyValues): void {
    const has = (...keys: string[]) => keys.some((key) => changed.has(key));
    const data = has('data', 'locale');
    if (data) {
      const value = this.#source.value;
      this.#skipped = value?.skipped ?? 0;
      const locale = this.locale;
      this.#engine = new TableEngine(value?.records ?? [], () => collator(locale, { numeric: true, sensitivity: 'base' }).compare);
      this.#specs = new FieldSpecs(this.locale, this.t('tableListSeparator'));
      this.#window.toTop();
    }
    const shape = data || has('columns', 'facets', 'groupBy');
    if (shape) {
      this.#layout = layoutOf(this.#source.value?.fields ?? [], this.#engine.records, this, this.#specs);
      this.#index();
    }
    const { columns, facets, group } = this.#layout;
    if (shape || has('sort')) {
      this.#order = this.#engine.order(
        sortKeysOf(this.sort, this.#layout.columns).map((k) => ({ field: k.column.sortField, descending: k.direction === 'descending' })),
      );
    }
    if (shape || has('sort', 'query', 'filters', 'filterCountry', 'filterOrganization', 'index')) {
      const wanted = facets.map((facet) => ({ field: facet.field, wanted: wantedOf(facet, this, this.locale) }));
      const searchIn = columns.map((c) => c.field);
      this.#view = this.#engine.filter({ order: this.#order, search: asText(this.query), searchIn, facets: wanted, group });
      this.#roving.active = Math.min(this.#roving.active, this.#view.lines.length - 1);
    }
  }

  /** The search, sort and facet indexes: built at once for small data, else while the page is idle. */
  #index(): void {
    const { columns, facets, group } = this.#layout;
    const tasks = this.#engine.indexing({
      search: columns.map((c) => c.field),
      sort: [columns[0]?.sortField, group],
      both: facets.map((f) => f.field),
    });
    if (this.#engine.size <= INDEX_AT_ONCE) tasks.forEach((task) => task());
    else this.#idle.run(tasks, () => this.requestUpdate('index', undefined, { hasChanged: () => true }));
  }

  #label(key: string): string {
    return asText(asObject(this.columnLabels)[key]) || columnLabel(key, this.locale, (message) => this.t(message));
  }

  /** `page-size` as a whole number of rows, 0 for none (whatever was set). */
  get #pageSize(): number {
    return Math.max(0, Math.floor(Number(this.pageSize)) || 0);
  }

  get #range(): RowRange {
    return this.#window.range(this.#view.lines.length, this.#pageSize, Number(this.page) || 1);
  }

  protected override updated(): void {
    if (this.#fault === undefined || this.#faultShown) return;
    this.#faultShown = true;
    const detail = String((this.#fault as Error)?.message ?? this.#fault);
    this.dispatchEvent(new PoplusErrorEvent({ kind: 'content', message: this.t('tableFailed'), detail }));
  }

  // ── handlers ──

  async #onSort(event: MouseEvent, column: Column) {
    this.sort = nextSort(sortKeysOf(this.sort, this.#layout.columns), column, event.shiftKey);
    this.page = 1;
    await this.updateComplete;
    const sort = sortKeysOf(this.sort, this.#layout.columns).map((k) => ({ column: k.column.key, direction: k.direction }));
    this.dispatchEvent(new PoplusSortChangeEvent({ sort, value: this.sort }));
  }

  #onSearch = (event: Event) => {
    this.query = (event.target as HTMLInputElement).value;
    void this.#announceFilter();
  };

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
    for (const facet of this.#layout.facets) {
      const wanted = wantedOf(facet, this, this.locale);
      if (wanted !== undefined) filters[facet.key] = wanted;
    }
    const detail = { query: asText(this.query), filters, shown: this.#view.shown, total: this.#engine.size };
    this.dispatchEvent(new PoplusFilterChangeEvent(detail));
  }

  #select(item: number) {
    const index = this.#view.lines.at(item)!;
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

  // ── public API ──

  /** The rows in view (searched, filtered, sorted; all of them, not only those scrolled to) as the CSV file
   * the export button downloads: a UTF-8 byte-order mark (so that spreadsheets read accents right), the
   * column headings, then the rows, separated as the reader's spreadsheet expects: `;` where the language
   * writes decimals with a comma, else `,`. Formula-like cells are neutralised with a leading apostrophe. */
  exportCsv(): string {
    const { columns } = this.#layout;
    const lines = Array.from(this.#view.rows, (row) => columns.map(({ field }) => this.#engine.text(field, row)));
    return `\uFEFF${toCsv([columns.map((c) => this.#label(c.key)), ...lines], csvDelimiter(this.locale))}`;
  }

  /**
   * Shows the row whose `id` field is `id` (a speaker linked from a programme, say): clears the search and
   * filters if they hide it, goes to its page or scrolls to it, and focuses it. Resolves with whether the
   * table has such a row.
   */
  async showRecord(id: string): Promise<boolean> {
    await this.updateComplete;
    const row = this.#engine.find(this.#specs.get('id'), asText(id));
    if (row < 0) return false;
    const position = () => this.#view.lines.indexOf(row);
    // Hidden by the search or a filter: clear them.
    if (position() < 0) [this.query, this.filterCountry, this.filterOrganization, this.filters] = ['', '', '', undefined];
    await this.updateComplete;
    if (position() < 0) return false;
    await this.#roving.focus(position());
    return true;
  }

  // ── rendering ──

  #renderRow(position: number, tabStop: number, labels: string[]): TemplateResult {
    const item = this.#view.lines.at(position)!;
    const tabindex = position === tabStop ? 0 : -1;
    const { columns } = this.#layout;
    if (typeof item !== 'number') {
      const heading = this.t('tableGroupHeading', item.label || this.t('tableGroupNone'), formatNumber(this.locale, item.count));
      return html`<tr class="group" data-item=${position} aria-rowindex=${position + 2} tabindex=${tabindex}>
        <td part="group-heading" colspan=${columns.length}>${heading}</td>
      </tr>`;
    }
    return html`<tr part="row" data-item=${position} aria-rowindex=${position + 2} tabindex=${tabindex}>
      ${columns.map((column, c) => {
        const raw = () => cellText(this.#engine.records[item]![column.key], this.locale);
        return renderCell(column, this.#engine.text(column.field, item), raw, labels[c]!, c === 0);
      })}
    </tr>`;
  }

  #renderFacet(facet: Facet, counts: FacetCounts | undefined): TemplateResult {
    const { choices, selected } = facetChoices(
      counts ?? { values: [], counts: [], total: this.#view.shown },
      wantedOf(facet, this, this.locale),
      this,
    );
    const label = this.#label(facet.key);
    const pick = (value: string | null) => this.#onFacet(facet, value);
    if (!counts || counts.values.length <= SELECT_UP_TO) return renderSelect(label, choices, selected, pick);
    const more = (count: number) => this.t('tableMoreChoices', formatNumber(this.locale, count));
    const Combobox = loadedCombobox(() => this.requestUpdate());
    // Until the combobox has loaded, a `<select>` offers the choice in force (every choice if it cannot load).
    if (!Combobox) return renderSelect(label, Combobox === null ? choices : [selected], selected, pick);
    let combobox = this.#comboboxes.get(facet.key);
    if (!combobox) this.#comboboxes.set(facet.key, (combobox = new Combobox(this, `facet-${this.#comboboxes.size}`)));
    return combobox.render({ label, choices, selected, pick, more });
  }

  #renderTable(): TemplateResult {
    const [range, count, columns] = [this.#range, this.#view.lines.length, this.#layout.columns];
    const { start, end, windowed, page, pages } = range;
    const [keys, labels] = [sortKeysOf(this.sort, columns), columns.map((c) => this.#label(c.key))];
    const positions = Array.from({ length: end - start }, (_, k) => start + k);
    const row = (position: number) => this.#renderRow(position, this.#roving.tabStop(start, end), labels);
    const sortedBy = keys.map((k): [string, SortKeys[0]['direction']] => [this.#label(k.column.key), k.direction]);
    const [caption, skipped, n] = [asText(this.caption), this.#skipped, (value: number) => formatNumber(this.locale, value)];
    return html`<div part="base" class="base">
      ${caption ? html`<p part="caption" class="caption" aria-hidden="true">${caption}</p>` : nothing}
      <div part="toolbar" class="toolbar">
        <label class="field search">
          <span>${this.t('tableSearch')}</span>
          <input part="search" type="search" autocomplete="off" .value=${asText(this.query)} @input=${this.#onSearch} />
        </label>
        ${this.#layout.facets.map((facet, i) => this.#renderFacet(facet, this.#view.facets[i]))}
        ${this.exportButton ? html`<button part="export-button" type="button" @click=${() => download(this.exportCsv(), `${caption || this.t('tableCaption')}.csv`)}>${this.t('tableExport')}</button>` : nothing}
      </div>
      <p part="summary" class="summary" role="status">${summaryText(this.#view.shown, this.#engine.size, sortedBy, this)}</p>
      ${skipped ? html`<p part="note" class="note">${this.t('dataSkipped', n(skipped), skipped)}</p>` : nothing}
      <div part="scroller" class=${windowed ? 'scroller windowed' : 'scroller'} @scroll=${this.#window.onScroll}>
        <table part="table" aria-rowcount=${count + 1}>
          <caption class="visually-hidden">${caption || this.t('tableCaption')}</caption>
          <thead part="header">
            <tr aria-rowindex="1">
              ${columns.map((column) => {
                const key = keys.find((k) => k.column === column);
                const hint = this.t('tableSortHint', this.t(key?.direction === 'ascending' ? 'tableSortDescending' : 'tableSortAscending'));
                return renderHeader(labels[columns.indexOf(column)]!, hint, key?.direction, key === keys[0], (e) =>
                  this.#onSort(e, column),
                );
              })}
            </tr>
          </thead>
          <tbody @click=${this.#onRowClick} @keydown=${this.#roving.onKeyDown}>
            ${this.#window.spacer(range, start, columns.length)}${repeat(positions, (k) => k, row)}${this.#window.spacer(range, count - end, columns.length)}
            ${count ? nothing : html`<tr><td colspan=${columns.length} class="no-match">${this.t('tableNoMatches')}</td></tr>`}
          </tbody>
        </table>
      </div>
      ${pages > 1 ? renderPager(page, pages, this, (target) => this.#goToPage(target)) : nothing}
    </div>`;
  }

  override render(): TemplateResult {
    try {
      if (this.#fault === undefined) return (this.#lastGood = this.#source.render(() => this.#renderTable()));
    } catch (error) {
      [this.#fault, this.#faultShown] = [error, false];
    }
    return html`<div part="error" class="state state--error" role="alert"><p>${this.t('tableFailed')}</p></div>
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
