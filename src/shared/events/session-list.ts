import type { ScheduleSession } from '../../data/schedule.js';

export interface PoplusSessionSelectDetail {
  /** The session's id (unique within the schedule). */
  id: string;
  /** The session as the data gave it. */
  session: ScheduleSession;
}

/**
 * Fired when the reader activates a session (click, Enter or Space on its title). Cancel it
 * (`event.preventDefault()`) to route to a page of your own; otherwise the session's details open in place.
 */
export class PoplusSessionSelectEvent extends CustomEvent<PoplusSessionSelectDetail> {
  static readonly eventName = 'poplus-session-select';
  constructor(detail: PoplusSessionSelectDetail) {
    super(PoplusSessionSelectEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

export interface PoplusFavoriteToggleDetail {
  /** The session's id. */
  id: string;
  /** Whether the session is now among the reader's favourites. */
  favorite: boolean;
  /** Every favourite's id, after the change. */
  favorites: string[];
}

/** Fired when the reader stars or unstars a session. */
export class PoplusFavoriteToggleEvent extends CustomEvent<PoplusFavoriteToggleDetail> {
  static readonly eventName = 'poplus-favorite-toggle';
  constructor(detail: PoplusFavoriteToggleDetail) {
    super(PoplusFavoriteToggleEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'poplus-session-select': PoplusSessionSelectEvent;
    'poplus-favorite-toggle': PoplusFavoriteToggleEvent;
  }
}
