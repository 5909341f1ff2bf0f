import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { lazy } from '../../shared/lazy.js';
import type { ScheduleModel } from './place-sessions.js';

/** The files to offer: of the programme's favourites and opened sessions. */
interface Wanted {
  model: ScheduleModel;
  favorites: ReadonlySet<string>;
  open: ReadonlySet<string>;
  /** SUMMARY of a session without a title, in the reader's language. */
  untitled: string;
}

/**
 * The `.ics` files the list offers, as blob URLs: one of the reader's favourites, and one per opened session.
 * A file no longer offered (a session closed, a favourite removed, another programme) has its URL revoked,
 * and all are revoked when the element leaves the page (and written again if it comes back). The writer loads
 * when the first file is wanted; the links appear once it has.
 */
export class CalendarDownloadsController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #favorites?: string;
  readonly #sessions = new Map<string, string>();
  #wanted?: Wanted;
  #connected = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The favourites' file, when there are favourites. */
  get favoritesUrl(): string | undefined {
    return this.#favorites;
  }

  /** An opened session's file. */
  sessionUrl(id: string): string | undefined {
    return this.#sessions.get(id);
  }

  /**
   * Writes the files for what is starred and open. `renew`: the sessions or the words changed, so every file
   * is written again; otherwise a session's file is kept while it stays open.
   */
  update(wanted: Wanted, renew: boolean): void {
    this.#wanted = wanted;
    const { model, favorites, open, untitled } = wanted;
    // The writer loads when a first file is wanted; until it has (or offline), there are no download links.
    const any = favorites.size > 0 || open.size > 0;
    const write = any ? loadedWriter(() => this.#connected && this.#rewrite()) : undefined;
    if (any && !write) return;
    const { sessions, eventId, timeZone } = model;
    const options = { eventId, name: model.name || undefined, timeZone, untitled };
    revoke(this.#favorites);
    const starred = sessions.filter((s) => favorites.has(s.id));
    this.#favorites = starred.length ? blobUrl(write!(starred, options)) : undefined;
    for (const [id, url] of this.#sessions) {
      if (renew || !open.has(id)) {
        revoke(url);
        this.#sessions.delete(id);
      }
    }
    for (const session of sessions) {
      if (open.has(session.id) && !this.#sessions.has(session.id)) this.#sessions.set(session.id, blobUrl(write!([session], options)));
    }
  }

  #rewrite(): void {
    if (this.#wanted) {
      this.update(this.#wanted, true);
      this.#host.requestUpdate();
    }
  }

  hostConnected(): void {
    this.#connected = true;
    this.#rewrite();
  }

  hostDisconnected(): void {
    this.#connected = false;
    revoke(this.#favorites);
    this.#favorites = undefined;
    this.#sessions.forEach(revoke);
    this.#sessions.clear();
  }
}

const loadedWriter = lazy(() => import('./ics.js').then((m) => m.writeICalendar));

const blobUrl = (text: string) => URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));

const revoke = (url: string | undefined) => {
  if (url) URL.revokeObjectURL(url);
};
