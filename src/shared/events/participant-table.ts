/** Events of `<poplus-participant-table>`. */

/** One column of a sort, in priority order. */
export interface PoplusSortKey {
  /** The field the column shows (`name`, `country`, a CSV header…). */
  column: string;
  direction: 'ascending' | 'descending';
}

export interface PoplusSortChangeDetail {
  /** The columns the table is sorted by, first the main one; empty for the data's own order. */
  sort: PoplusSortKey[];
  /** The same, as the `sort` attribute writes it (`country -name`). */
  value: string;
}

/** Fired when the reader sorts the table from a column header. */
export class PoplusSortChangeEvent extends CustomEvent<PoplusSortChangeDetail> {
  static readonly eventName = 'poplus-sort-change';
  constructor(detail: PoplusSortChangeDetail) {
    super(PoplusSortChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

export interface PoplusFilterChangeDetail {
  /** The search text as typed. */
  query: string;
  /** The facet filters in force, by field (`country`, `organization`…): the value picked, or `null` for rows
   * with no value ("not given"); a field that is not filtered is absent. */
  filters: Record<string, string | null>;
  /** How many rows match. */
  shown: number;
  /** How many rows there are. */
  total: number;
}

/** Fired when the reader types in the search box or picks a facet filter. */
export class PoplusFilterChangeEvent extends CustomEvent<PoplusFilterChangeDetail> {
  static readonly eventName = 'poplus-filter-change';
  constructor(detail: PoplusFilterChangeDetail) {
    super(PoplusFilterChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

export interface PoplusRowSelectDetail<T = Record<string, unknown>> {
  /** The participant's record as the table read it. */
  participant: T;
  /** Its position in the data (not in the sorted view). */
  index: number;
}

/** Fired when the reader clicks a row or presses Enter on it; a host may open the person's own page. */
export class PoplusRowSelectEvent<T = Record<string, unknown>> extends CustomEvent<PoplusRowSelectDetail<T>> {
  static readonly eventName = 'poplus-row-select';
  constructor(detail: PoplusRowSelectDetail<T>) {
    super(PoplusRowSelectEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

export interface PoplusPageChangeDetail {
  /** The page now shown, from 1. */
  page: number;
  /** How many pages the rows in view fill. */
  pages: number;
  /** Rows a page (the `page-size` attribute). */
  pageSize: number;
}

/** Fired when the reader moves to another page (with `page-size`), by the page buttons or the keyboard. */
export class PoplusPageChangeEvent extends CustomEvent<PoplusPageChangeDetail> {
  static readonly eventName = 'poplus-page-change';
  constructor(detail: PoplusPageChangeDetail) {
    super(PoplusPageChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'poplus-page-change': PoplusPageChangeEvent;
    'poplus-sort-change': PoplusSortChangeEvent;
    'poplus-filter-change': PoplusFilterChangeEvent;
    'poplus-row-select': PoplusRowSelectEvent;
  }
}
