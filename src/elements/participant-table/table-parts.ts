import { html, nothing, type TemplateResult } from 'lit';
import { formatList, formatNumber } from '../../shared/intl.js';
import type { PoplusElement } from '../../shared/poplus-element.js';
import { lazy } from '../../shared/lazy.js';
import { fold } from '../../shared/text.js';
import { safeUrl } from '../../shared/url.js';
import type { Choice } from './facet-combobox.js';
import type { Column } from './table-columns.js';
import type { FacetCounts } from './table-engine.js';

/** The `<select>` value of the "not given" choice: no cell text is a bare newline (texts are trimmed). */
const NOT_GIVEN = '\n';

/** The combobox of a facet with many values, which few tables need (see `lazy`). */
export const loadedCombobox = lazy(() => import('./facet-combobox.js').then((m) => m.FacetCombobox));

/** A facet with few values, as a `<select>`. */
export function renderSelect(
  label: string,
  choices: readonly Choice[],
  selected: Choice,
  pick: (value: string | null) => void,
): TemplateResult {
  const onChange = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    pick(value === NOT_GIVEN ? null : value);
  };
  return html`<label class="field">
    <span>${label}</span>
    <select part="filter" @change=${onChange}>
      ${choices.map((c) => html`<option value=${c.value ?? NOT_GIVEN} ?selected=${c === selected}>${c.label}</option>`)}
    </select>
  </label>`;
}

/** What the parts need of the element: its messages and language. */
type Host = Pick<PoplusElement, 't' | 'locale'>;

/** Previous / Next page buttons and the page number. */
export function renderPager(page: number, pages: number, host: Host, goTo: (page: number) => void): TemplateResult {
  const n = (value: number) => formatNumber(host.locale, value);
  // aria-disabled rather than disabled: a button that disables itself under the reader's finger would drop
  // keyboard focus to the page.
  const button = (label: string, target: number) =>
    html`<button part="page-button" type="button" aria-disabled=${target < 1 || target > pages ? 'true' : 'false'} @click=${() => goTo(target)}>
      ${label}
    </button>`;
  return html`<nav part="pager" class="pager" aria-label=${host.t('tablePages')}>
    ${button(host.t('tablePrevious'), page - 1)}
    <span class="page-number" aria-live="polite">${host.t('tablePage', n(page), n(pages))}</span>
    ${button(host.t('tableNext'), page + 1)}
  </nav>`;
}

/** A column's header: a sort button with `aria-sort` on the main sort column; the hint says what a press does. */
export function renderHeader(
  label: string,
  hint: string,
  direction: 'ascending' | 'descending' | undefined,
  main: boolean,
  sort: (event: MouseEvent) => void,
): TemplateResult {
  // ARIA wants aria-sort on one header at a time: the main sort. The summary names every sort column.
  return html`<th scope="col" aria-sort=${direction && main ? direction : 'none'}>
    <button part="sort-button" type="button" @click=${sort}>
      <span>${label}</span><span class="visually-hidden">${hint}</span>
      <span class="sort-icon" aria-hidden="true">${direction ? (direction === 'ascending' ? '↑' : '↓') : '↕'}</span>
    </button>
  </th>`;
}

type Choices = { choices: Choice[]; selected: Choice };
/** The choices last made for each facet's counts: a table redrawn while it scrolls must not label 3,000 values again. */
const made = new WeakMap<FacetCounts, Choices & { key: unknown[] }>();

/** A facet's choices ("All (240)", each value with its count, "Not given (7)") and the one in force. */
export function facetChoices(counts: FacetCounts, wanted: string | null | undefined, host: Host): Choices {
  const key = [wanted, host.locale];
  const last = made.get(counts);
  if (last && key.every((part, i) => part === last.key[i])) return last;
  const n = (value: number) => formatNumber(host.locale, value);
  const all: Choice = { value: '', label: host.t('tableFilterAll', n(counts.total)) };
  const choices = [all, ...counts.values.map((value, i) => ({ value, label: host.t('tableFilterOption', value, n(counts.counts[i]!)) }))];
  if (counts.none !== undefined || wanted === null) choices.push({ value: null, label: host.t('tableFilterNone', n(counts.none ?? 0)) });
  const folded = (text: string | null | undefined) => (typeof text === 'string' ? fold(text) : text);
  const result = { choices, selected: choices.find((c, i) => i && folded(c.value) === folded(wanted)) ?? all, key };
  made.set(counts, result);
  return result;
}

/** "12 of 240 participants, sorted by Country and Name (descending)". */
export function summaryText(shown: number, total: number, sortedBy: [string, 'ascending' | 'descending'][], host: Host): string {
  const counts = { shown, total };
  const [a, b] = [formatNumber(host.locale, shown), formatNumber(host.locale, total)];
  const by = sortedBy.map(([label, direction]) => (direction === 'descending' ? host.t('tableSortedDescending', label) : label));
  if (!by.length) return host.t('tableSummary', a, b, counts);
  // One column needs no list formatter (making one costs milliseconds the first time).
  return host.t('tableSummarySorted', a, b, by.length > 1 ? formatList(host.locale, by) : by[0]!, counts);
}

/** Downloads a text as a file. */
export function download(text: string, name: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * A data cell: text, a link for a web address or e-mail (only http, https and mailto), a picture for an image
 * column. `raw` gives the cell's own text (the full address), read only for those kinds. The first column
 * heads its row (`<th scope="row">`), unless it is a picture.
 */
export function renderCell(column: Column, text: string, raw: () => string, label: string, first: boolean): TemplateResult {
  let content: unknown = text;
  // Any cell that holds one web address links to it (a Wikidata entity, a profile), whatever its column.
  const link = column.kind === 'url' || (column.kind !== 'image' && /^https?:\/\/\S+$/i.test(text));
  if (link || column.kind === 'email') {
    // An e-mail column links only what looks like an address.
    const address = /^(mailto:)?[^\s@:/]+@[^\s@]+$/i.exec(text);
    const href = safeUrl(link ? raw() : address && (address[1] ? text : `mailto:${text}`));
    // A web address may break after a slash or a dot, not inside a word.
    if (href) content = html`<a href=${href}>${text.split(/(?<=[/.])/).map((part) => html`${part}<wbr />`)}</a>`;
  } else if (column.kind === 'image') {
    const src = safeUrl(raw());
    content = src ? html`<img part="image" src=${src} alt="" loading="lazy" />` : nothing;
  }
  return first && column.kind !== 'image'
    ? html`<th part="cell" scope="row" data-label=${label}>${content}</th>`
    : html`<td part="cell" data-label=${label}>${content}</td>`;
}
