import type { ReactiveController, ReactiveElement } from 'lit';

const STORAGE_PREFIX = 'poplus-session-list:favorites:';

/**
 * The reader's starred sessions, kept in `localStorage` per event id, so that every list of the same event
 * on the site shares them. Storage that is blocked (privacy settings, sandboxed frames), full or holding junk
 * is tolerated: the stars then last for the visit. A star set in another tab shows here too. A change
 * reaches the host as the reactive change `favorites` (`changed.has('favorites')` in `willUpdate`).
 */
export class FavoritesController implements ReactiveController {
  readonly #host: ReactiveElement;
  #key = '';
  #ids: ReadonlySet<string> = new Set();

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  get ids(): ReadonlySet<string> {
    return this.#ids;
  }

  /** Reads the favourites of an event, when it is another event than the one read last. */
  load(eventId: string | undefined): void {
    const key = eventId ? STORAGE_PREFIX + eventId : '';
    if (key === this.#key) return;
    this.#key = key;
    this.#read();
  }

  #read(): void {
    const key = this.#key;
    let ids: unknown = [];
    try {
      ids = key ? JSON.parse(localStorage.getItem(key) ?? '[]') : [];
    } catch {
      // Blocked or junk: start with none.
    }
    this.#set(new Set(Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []));
  }

  /** Stars or unstars a session; says whether it is a favourite now. */
  toggle(id: string): boolean {
    const ids = new Set(this.#ids);
    const favorite = !ids.delete(id);
    if (favorite) ids.add(id);
    this.#set(ids);
    try {
      if (ids.size) localStorage.setItem(this.#key, JSON.stringify([...ids]));
      else localStorage.removeItem(this.#key);
    } catch {
      // Full or blocked: the stars still work for this visit.
    }
    return favorite;
  }

  hostConnected(): void {
    window.addEventListener('storage', this.#onStorage);
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.#onStorage);
  }

  readonly #onStorage = (event: StorageEvent) => {
    if (this.#key && event.key === this.#key) this.#read();
  };

  #set(ids: ReadonlySet<string>): void {
    const old = this.#ids;
    this.#ids = ids;
    this.#host.requestUpdate('favorites', old);
  }
}
