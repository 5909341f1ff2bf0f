import type { ScheduleSession, Speaker } from '../../data/schedule.js';

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

export interface PoplusSpeakerSelectDetail {
  /** The speaker's id in the programme. */
  id: string;
  /** What the programme says of the speaker (name, picture, biography, links…). */
  speaker: Speaker;
}

/**
 * Fired when the reader follows a speaker's link (drawn when the element has `speaker-href` and the speaker
 * an id). Cancel it (`event.preventDefault()`) to show the person without leaving the page, e.g. with the
 * participant table's `showRecord(id)`; otherwise the link is followed.
 */
export class PoplusSpeakerSelectEvent extends CustomEvent<PoplusSpeakerSelectDetail> {
  static readonly eventName = 'poplus-speaker-select';
  constructor(detail: PoplusSpeakerSelectDetail) {
    super(PoplusSpeakerSelectEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'poplus-session-select': PoplusSessionSelectEvent;
    'poplus-favorite-toggle': PoplusFavoriteToggleEvent;
    'poplus-speaker-select': PoplusSpeakerSelectEvent;
  }
}
