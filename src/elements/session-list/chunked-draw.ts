import type { ReactiveController, ReactiveElement } from 'lit';

/** Sessions drawn in the first frame (more than a screenful), then in each frame after it. */
export const FIRST = 30;
export const CHUNK = 90;

/**
 * Draws a long day a chunk at a time: the first {@link FIRST} sessions, then {@link CHUNK} more each frame
 * until all are there, so a day of hundreds of sessions appears in a few frames instead of blocking one for
 * its whole length. For printing it draws everything, every day: `printing` is the host's reactive change
 * of that name, and the print layout is taken right after `beforeprint`, so the host renders at once.
 */
export class ChunkedDrawController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #total: () => number;
  readonly #renderNow: () => void;
  #limit = FIRST;
  #frame = 0;
  #printing = false;

  /** `total`: how many sessions the host's view holds; `renderNow`: updates the host synchronously. */
  constructor(host: ReactiveElement, total: () => number, renderNow: () => void) {
    this.#host = host;
    this.#total = total;
    this.#renderNow = renderNow;
    host.addController(this);
  }

  get printing(): boolean {
    return this.#printing;
  }

  /** Starts a new list from its top (called while the host updates). */
  restart(): void {
    this.#limit = FIRST;
  }

  /** Draws every session in the next update. */
  drawAll(): void {
    this.#limit = Infinity;
    this.#host.requestUpdate();
  }

  /** The slots as far as the sessions drawn go (the last one possibly cut short). */
  take<S extends { sessions: unknown[] }>(slots: S[]): S[] {
    let left = this.#limit;
    const out: S[] = [];
    for (const slot of slots) {
      if (left <= 0) break;
      out.push(slot.sessions.length <= left ? slot : { ...slot, sessions: slot.sessions.slice(0, left) });
      left -= slot.sessions.length;
    }
    return out;
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#beforePrint);
    window.addEventListener('afterprint', this.#afterPrint);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    window.removeEventListener('beforeprint', this.#beforePrint);
    window.removeEventListener('afterprint', this.#afterPrint);
  }

  hostUpdated(): void {
    if (this.#limit >= this.#total() || this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#limit += CHUNK;
      this.#host.requestUpdate();
    });
  }

  #setPrinting(printing: boolean): void {
    this.#printing = printing;
    this.#host.requestUpdate('printing', !printing);
  }

  readonly #beforePrint = () => {
    this.#setPrinting(true);
    this.#limit = Infinity;
    this.#renderNow();
  };

  readonly #afterPrint = () => this.#setPrinting(false);
}
