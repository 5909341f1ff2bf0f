/**
 * Typed events fired by every Poplus element. All bubble and cross shadow roots (`composed`), so a page can
 * listen once on `document`.
 */

/** What went wrong while reading data. `kind` is stable and meant for code; `message` is for people. */
export interface PoplusDataError {
  /** `http`: the server answered with an error status; `network`: no answer at all; `timeout`: no answer
   * in time; `content`: the answer was not the expected kind of file; `parse`: the text could not be read in
   * the expected format. */
  kind: 'http' | 'network' | 'timeout' | 'content' | 'parse';
  /** A translated sentence, already shown in the element's error state. */
  message: string;
  /** The URL that was loaded, when the data came from `src`. */
  url?: string;
  /** The HTTP status, for `http` errors. */
  status?: number;
  /** Technical detail from the parser or the browser, untranslated. */
  detail?: string;
}

export interface PoplusLoadDetail<T = unknown> {
  /** The data as the element understood it (after the format adapter). */
  data: T;
  /** Where it came from. */
  source: 'src' | 'inline';
  /** The URL, when `source` is `src`. */
  url?: string;
}

/** Fired when data from `src` or from an inline `<script>` child has been read and is shown. */
export class PoplusLoadEvent<T = unknown> extends CustomEvent<PoplusLoadDetail<T>> {
  static readonly eventName = 'poplus-load';
  constructor(detail: PoplusLoadDetail<T>) {
    super(PoplusLoadEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

/** Fired when data could not be read. The element keeps showing the last data it read successfully. */
export class PoplusErrorEvent extends CustomEvent<PoplusDataError> {
  static readonly eventName = 'poplus-error';
  constructor(detail: PoplusDataError) {
    super(PoplusErrorEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'poplus-load': PoplusLoadEvent;
    'poplus-error': PoplusErrorEvent;
  }
}
export * from './participant-table.js';
export * from './session-list.js';
