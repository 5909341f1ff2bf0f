import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Filters } from './day-view.js';

/** What of the reader's view a URL carries, so that it can be shared. */
export interface UrlState {
  day: string;
  filters: Filters;
  /** Times in the reader's zone instead of the event's. */
  viewerTime: boolean;
}

/**
 * `sync-url`: the day, the filters and the zone choice in the URL hash (`#day=2014-04-30&room=Red+room`),
 * read when the element connects and on every `hashchange`, written (replacing the history entry, never
 * scrolling) when the reader changes them. Without `sync-url` the page's URL is never read or touched.
 */
export class UrlStateController implements ReactiveController {
  readonly #host: ReactiveControllerHost & { syncUrl: boolean };
  readonly #apply: (state: UrlState) => void;
  #listening = false;

  constructor(host: ReactiveControllerHost & { syncUrl: boolean }, apply: (state: UrlState) => void) {
    this.#host = host;
    this.#apply = apply;
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.#host.syncUrl) return;
    window.addEventListener('hashchange', this.#read);
    this.#listening = true;
    this.#read();
  }

  hostDisconnected(): void {
    if (this.#listening) window.removeEventListener('hashchange', this.#read);
    this.#listening = false;
  }

  /** Puts the state in the hash, with `sync-url` only. */
  write({ day, filters: { room, track, kind, query, mine }, viewerTime }: UrlState): void {
    if (!this.#host.syncUrl) return;
    const entries = Object.entries({ day, room, track, kind, q: query, mine: mine ? '1' : '', tz: viewerTime ? 'mine' : '' }).filter(
      ([, v]) => v,
    );
    history.replaceState(history.state, '', `#${new URLSearchParams(entries).toString()}`);
  }

  readonly #read = () => {
    const hash = location.hash.slice(1);
    // A plain anchor (`#programme`) is the page's, not a view.
    if (!hash.includes('=')) return;
    const params = new URLSearchParams(hash);
    const get = (name: string) => params.get(name) ?? '';
    this.#apply({
      day: get('day'),
      filters: { room: get('room'), track: get('track'), kind: get('kind'), query: get('q'), mine: get('mine') === '1' },
      viewerTime: get('tz') === 'mine',
    });
  };
}
