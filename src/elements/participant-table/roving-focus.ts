import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RovingFocusOptions {
  /** How many lines the table has. */
  count(): number;
  /** How far Page Up / Page Down move. */
  step(): number;
  /** Makes a line present in the DOM (its page, or the window of drawn rows). */
  reveal(item: number): void | Promise<void>;
  /** The row element of a line, once drawn. */
  row(item: number): HTMLElement | null | undefined;
  /** Enter or Space on a line. */
  select(item: number): void;
}

/**
 * The roving row of the ARIA table pattern: one line is the tab stop (`tabindex="0"`), the others `-1`;
 * ↑/↓ move one line, Home/End to the ends, Page Up/Down by `step()`, and Enter or Space selects.
 */
export class RovingFocus implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: RovingFocusOptions;
  /** The line that was focused last. */
  #active = 0;

  constructor(host: ReactiveControllerHost, options: RovingFocusOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  get active(): number {
    return this.#active;
  }

  set active(item: number) {
    this.#active = Math.max(0, Math.min(item, this.#options.count() - 1));
    this.#host.requestUpdate();
  }

  /** The line Tab reaches among those drawn: the last one focused if drawn, else the first drawn. */
  tabStop(start: number, end: number): number {
    return this.#active >= start && this.#active < end ? this.#active : start;
  }

  async focus(item: number): Promise<void> {
    this.active = item;
    await this.#options.reveal(this.#active);
    await this.#host.updateComplete;
    this.#options.row(this.#active)?.focus();
  }

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const target = event.target as HTMLElement;
    const row = target.closest<HTMLElement>('tr[data-item]');
    if (!row || target.closest('a, button')) return;
    const item = Number(row.dataset['item']);
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#options.select(item);
      return;
    }
    const step = this.#options.step();
    const moves: Record<string, number> = {
      ArrowDown: item + 1,
      ArrowUp: item - 1,
      Home: 0,
      End: this.#options.count() - 1,
      PageDown: item + step,
      PageUp: item - step,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    void this.focus(moves[event.key]!);
  };
}
