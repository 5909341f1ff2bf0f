import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** Rendering every row is fastest up to this many; above it, only the rows in view (plus a margin) are. */
export const WINDOW_FROM = 150;
/** Rows drawn beyond each edge of the view, so that a short scroll shows rows at once. */
const BUFFER = 3;

export interface WindowHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The lines of the table to draw, and how. */
export interface RowRange {
  start: number;
  end: number;
  /** Only the rows in view are drawn, between two spacers. */
  windowed: boolean;
  /** With `page-size`: the page shown and how many there are. */
  page: number;
  pages: number;
}

/**
 * Which of the table's lines are in the DOM: all of them (small tables, which size to their content), one
 * page (`page-size`), or, above `WINDOW_FROM` lines, only those in view of a scroll box whose height the host
 * page sets (`--poplus-table-max-height`), cut to whole rows so that none shows in part. Windowed rows keep
 * one height, so a row's place is a multiplication. Sizes are read in a ResizeObserver, after the browser's
 * own layout, so drawing the table never forces an extra one.
 */
export class RowWindow implements ReactiveController {
  readonly #host: WindowHost;
  /** The first line in view while windowed. */
  #first = 0;
  #count = 0;
  /** The end of the window last drawn. */
  #end = 0;
  /** Estimates until measured, right for the default box and a 16px font (so the first render is the
   * only one): 17 rows of 34px under the header. */
  #rowHeight = 34;
  #viewport = 578;
  #scrollTop = 0;
  #observer?: ResizeObserver;
  /** The header the observer watches: its size changes with the table's width and font, not with its rows,
   * so what the measure writes (box height, spacers, rows) never loops back into the observer. */
  #head?: Element;
  #windowed = false;

  constructor(host: WindowHost) {
    this.#host = host;
    host.addController(this);
  }

  get #scroller(): HTMLElement | null {
    return this.#host.renderRoot.querySelector<HTMLElement>('.scroller');
  }

  hostConnected(): void {
    this.#observer ??= new ResizeObserver(() => this.#measure());
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#head = undefined;
  }

  /** Rows a screen holds: the step of Page Up / Page Down. */
  get screen(): number {
    return Math.max(1, Math.floor(this.#viewport / this.#rowHeight) - 1);
  }

  range(count: number, pageSize: number, page: number): RowRange {
    this.#count = count;
    if (pageSize > 0) {
      const pages = Math.max(1, Math.ceil(count / pageSize));
      const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
      const start = (current - 1) * pageSize;
      return { start, end: Math.min(count, start + pageSize), windowed: false, page: current, pages };
    }
    if (count <= WINDOW_FROM) return { start: 0, end: count, windowed: false, page: 1, pages: 1 };
    const first = Math.min(this.#first, count - 1);
    this.#end = Math.min(count, first + Math.ceil(this.#viewport / this.#rowHeight) + BUFFER);
    return { start: Math.max(0, first - BUFFER), end: this.#end, windowed: true, page: 1, pages: 1 };
  }

  /** A row standing in for `rows` lines not drawn, above or below the window. */
  spacer({ windowed }: RowRange, rows: number, columns: number): TemplateResult | typeof nothing {
    return windowed && rows > 0 ? html`<tr class="spacer" aria-hidden="true"><td colspan=${columns} data-rows=${rows}></td></tr>` : nothing;
  }

  /** Back to the first row (new data, a search, a filter, another page). Reading scrollTop here would force
   * a layout on every keystroke: the scroll handler keeps it instead. */
  toTop(): void {
    this.#first = 0;
    if (this.#scrollTop) this.#scrollTo(0);
  }

  readonly onScroll = (event: Event): void => {
    this.#scrollTop = (event.target as HTMLElement).scrollTop;
    const first = Math.floor(this.#scrollTop / this.#rowHeight);
    if (first === this.#first) return;
    this.#first = first;
    this.#host.requestUpdate();
  };

  /** Brings a line into the drawn window and the scroll box's view (windowed tables only). */
  reveal(item: number, { windowed }: RowRange): void {
    const rows = Math.floor(this.#viewport / this.#rowHeight);
    if (!windowed || (item >= this.#first && item < this.#first + rows)) return;
    this.#first = Math.max(0, item < this.#first ? item : item - rows + 1);
    this.#scrollTo(this.#first * this.#rowHeight);
    this.#host.requestUpdate();
  }

  #scrollTo(top: number): void {
    const scroller = this.#scroller;
    if (scroller) scroller.scrollTop = this.#scrollTop = top;
  }

  #sizeSpacers(): void {
    // Through the CSSOM: a style attribute would be refused under a strict CSP.
    for (const cell of this.#host.renderRoot.querySelectorAll<HTMLElement>('.spacer td'))
      cell.style.blockSize = `${Number(cell.dataset['rows']) * this.#rowHeight}px`;
  }

  hostUpdated(): void {
    this.#sizeSpacers();
    const scroller = this.#scroller;
    const head = scroller?.querySelector('thead');
    const windowed = !!scroller?.classList.contains('windowed');
    // Observing again brings a fresh measure after the next layout: for a new header, or a table that has
    // just become windowed.
    if (head && (head !== this.#head || windowed !== this.#windowed)) {
      if (this.#head) this.#observer?.unobserve(this.#head);
      this.#observer?.observe((this.#head = head));
    }
    this.#windowed = windowed;
    if (scroller && !windowed) scroller.style.removeProperty('block-size');
  }

  /** After a layout: the row height, and the box cut to the whole rows that fit the host's height for it. */
  #measure(): void {
    const scroller = this.#scroller;
    const row = scroller?.querySelector<HTMLElement>('tbody tr[data-item]');
    if (!scroller?.classList.contains('windowed') || !row) return;
    const height = row.getBoundingClientRect().height;
    const head = scroller.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    const max = parseFloat(getComputedStyle(scroller).maxHeight);
    const frame = scroller.offsetHeight - scroller.clientHeight;
    if (!height) return;
    const rows = Math.max(1, Math.min(this.#count, Number.isFinite(max) ? Math.floor((max - frame - head) / height) : Infinity));
    if (Number.isFinite(rows)) scroller.style.blockSize = `${head + rows * height + frame}px`;
    scroller.style.setProperty('--_head', `${head}px`);
    const viewport = Number.isFinite(rows) ? rows * height : innerHeight;
    if (height === this.#rowHeight && viewport === this.#viewport) return;
    [this.#rowHeight, this.#viewport] = [height, viewport];
    this.#sizeSpacers();
    // Drawing again only when the rows drawn do not fill the box (the margin below usually does).
    if (this.#first + Math.ceil(viewport / height) > this.#end) this.#host.requestUpdate();
  }
}
