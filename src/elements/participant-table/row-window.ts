import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** Rendering every row is fastest up to this many; above it, only the rows in view (plus a margin) are. */
export const WINDOW_FROM = 150;
/** Rows drawn beyond each edge of the view, so that a short scroll shows rows at once. */
const BUFFER = 6;

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
 * page sets (`--poplus-table-max-height`), snapped to whole rows so that no row is cut at the bottom.
 * Windowed rows keep one height (measured from the first row), so a row's place is a multiplication.
 */
export class RowWindow implements ReactiveController {
  readonly #host: WindowHost;
  /** The first line drawn while windowed. */
  #start = 0;
  #rowHeight = 37;
  #viewport = 600;
  #scrollTop = 0;
  #measured = false;
  #observer?: ResizeObserver;
  #width = 0;

  constructor(host: WindowHost) {
    this.#host = host;
    host.addController(this);
  }

  get #scroller(): HTMLElement | null {
    return this.#host.renderRoot.querySelector<HTMLElement>('.scroller');
  }

  hostConnected(): void {
    // A new width can change the row height (the narrow layout stacks each row into lines): measure again.
    this.#observer ??= new ResizeObserver(([entry]) => {
      const width = Math.round(entry?.contentRect.width ?? 0);
      if (width === this.#width) return;
      this.#width = width;
      this.#measured = false;
      this.#host.requestUpdate();
    });
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  /** Rows a screen holds: the step of Page Up / Page Down. */
  get screen(): number {
    return Math.max(1, Math.floor(this.#viewport / this.#rowHeight) - 1);
  }

  range(count: number, pageSize: number, page: number): RowRange {
    if (pageSize > 0) {
      const pages = Math.max(1, Math.ceil(count / pageSize));
      const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
      const start = (current - 1) * pageSize;
      return { start, end: Math.min(count, start + pageSize), windowed: false, page: current, pages };
    }
    if (count <= WINDOW_FROM) return { start: 0, end: count, windowed: false, page: 1, pages: 1 };
    const start = Math.min(this.#start, Math.max(0, count - 1));
    const end = Math.min(count, start + Math.ceil(this.#viewport / this.#rowHeight) + 2 * BUFFER);
    return { start, end, windowed: true, page: 1, pages: 1 };
  }

  /** A row standing in for `rows` lines not drawn, above or below the window. */
  spacer({ windowed }: RowRange, rows: number, columns: number): TemplateResult | typeof nothing {
    return windowed && rows > 0 ? html`<tr class="spacer" aria-hidden="true"><td colspan=${columns} data-rows=${rows}></td></tr>` : nothing;
  }

  /** New data or columns: rows may have another height. */
  reset(): void {
    this.#measured = false;
    this.toTop();
  }

  /** Back to the first row (a new search, filter or page). Reading scrollTop here would force a layout on
   * every keystroke: the scroll handler keeps it instead. */
  toTop(): void {
    this.#start = 0;
    if (this.#scrollTop) this.#scrollTo(0);
  }

  readonly onScroll = (event: Event): void => {
    const { scrollTop, clientHeight } = event.target as HTMLElement;
    this.#scrollTop = scrollTop;
    this.#viewport = clientHeight || this.#viewport;
    const start = Math.max(0, Math.floor(scrollTop / this.#rowHeight) - BUFFER);
    if (Math.abs(start - this.#start) >= BUFFER / 2 || start === 0) {
      this.#start = start;
      this.#host.requestUpdate();
    }
  };

  /** Brings a line into the drawn window and the scroll box's view (windowed tables only). */
  reveal(item: number, { start, end, windowed }: RowRange): void {
    if (!windowed || (item > start + 1 && item < end - BUFFER)) return;
    this.#start = Math.max(0, item - BUFFER);
    this.#scrollTo(Math.max(0, item - 2) * this.#rowHeight);
    this.#host.requestUpdate();
  }

  #scrollTo(top: number): void {
    const scroller = this.#scroller;
    if (scroller) scroller.scrollTop = this.#scrollTop = top;
  }

  hostUpdated(): void {
    const root = this.#host.renderRoot;
    // Spacer heights through the CSSOM: a style attribute would be refused under a strict CSP.
    for (const cell of root.querySelectorAll<HTMLElement>('.spacer td'))
      cell.style.blockSize = `${Number(cell.dataset['rows']) * this.#rowHeight}px`;
    const scroller = this.#scroller;
    if (!scroller?.classList.contains('windowed') || this.#measured) {
      if (scroller && !scroller.classList.contains('windowed')) scroller.style.removeProperty('block-size');
      return;
    }
    const row = scroller.querySelector<HTMLElement>('tr[data-item]');
    const head = scroller.querySelector<HTMLElement>('thead')?.offsetHeight ?? 0;
    if (!row?.offsetHeight) return;
    this.#measured = true;
    const height = row.getBoundingClientRect().height;
    // The host's height for the box (max-block-size), less the header, in whole rows.
    const max = parseFloat(getComputedStyle(scroller).maxHeight);
    const frame = scroller.offsetHeight - scroller.clientHeight;
    if (Number.isFinite(max)) {
      const rows = Math.max(1, Math.floor((max - frame - head) / height));
      scroller.style.blockSize = `${head + rows * height + frame}px`;
      this.#viewport = rows * height + head;
    }
    scroller.style.setProperty('--_head', `${head}px`);
    if (Math.abs(height - this.#rowHeight) > 0.1) {
      this.#rowHeight = height;
      this.#host.requestUpdate();
    }
  }
}
