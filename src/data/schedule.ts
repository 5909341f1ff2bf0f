import { DataReadError, parseJson } from './errors.js';
import type { SourceHint } from './load.js';

/**
 * The Poplus schedule format: the JSON `<poplus-session-list>` reads natively, and what the frab/pretalx and
 * iCalendar adapters produce.
 *
 * ```json
 * {
 *   "event": { "id": "popluscon-2014", "name": "PoplusCon 2014", "timeZone": "America/Santiago",
 *              "start": "2014-04-29", "end": "2014-04-30" },
 *   "sessions": [
 *     { "id": "d1-s1-red", "title": "Let's build an international vote schema",
 *       "start": "2014-04-29T11:00:00-04:00", "end": "2014-04-29T12:00:00-04:00",
 *       "room": "Red room", "track": "Other sessions", "kind": "session",
 *       "speakers": [{ "name": "Ana Núñez", "url": "https://example.org/ana" }],
 *       "description": "Plain text; line breaks are kept.", "url": "https://…",
 *       "links": [{ "title": "Notes", "url": "https://…" }] }
 *   ]
 * }
 * ```
 *
 * Times are ISO 8601. A date-time with an offset (`Z`, `-04:00`) is an instant. A date-time without one is
 * the wall-clock time in the event's `timeZone`, converted with the zone's rules for that date. A plain date
 * (`2014-04-29`) makes an all-day item. `end` may be left out; `day` puts a session after midnight on the
 * evening before. A bare array of sessions is read too.
 */
export interface Schedule {
  event?: ScheduleEvent;
  sessions: ScheduleSession[];
}

export interface ScheduleEvent {
  /** Stable id; favourites are kept per event id. */
  id?: string;
  name?: string;
  /** IANA time zone of the venue (`America/Santiago`). */
  timeZone?: string;
  start?: string;
  end?: string;
  url?: string;
}

export interface ScheduleSession {
  /** Stable id: favourites and calendar UIDs refer to it, so keep it from one export to the next. */
  id?: string | number;
  title?: string;
  start?: string;
  end?: string | null;
  /** The event day the session belongs to (`YYYY-MM-DD`), for programmes whose days run past midnight (a
   * 00:30 concert on the first night). Defaults to the start's date in the event's zone. */
  day?: string | null;
  room?: string | null;
  track?: string | null;
  /** What sort of item: `talk`, `workshop`, `plenary`, `break`, `social`… */
  kind?: string | null;
  speakers?: (Speaker | string)[] | null;
  description?: string | null;
  url?: string | null;
  links?: ScheduleLink[] | null;
}

export interface Speaker {
  name: string;
  id?: string;
  url?: string;
}

export interface ScheduleLink {
  title?: string;
  url: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a parsed value against the schedule format's outline (an object with a `sessions` array, or an
 * array). Sessions are kept as they are; the element tolerates missing and malformed fields one by one.
 */
export function toSchedule(value: unknown, format = 'schedule JSON'): Schedule {
  if (Array.isArray(value)) return { sessions: value.filter(isObject) as ScheduleSession[] };
  if (isObject(value) && Array.isArray(value.sessions)) {
    return {
      event: isObject(value.event) ? (value.event as ScheduleEvent) : undefined,
      sessions: value.sessions.filter(isObject) as ScheduleSession[],
    };
  }
  throw new DataReadError('parse', format, undefined, 'expected an object with a "sessions" array');
}

/** Reads the schedule format from JSON text. */
export function readScheduleJson(text: string): Schedule {
  return toSchedule(parseJson(text, 'schedule JSON'));
}

/**
 * Reads any schedule the element understands, choosing the adapter from the `format` attribute, the media
 * type, the URL's extension, or the text itself: iCalendar (loaded lazily), frab/pretalx `schedule.json`, or
 * the native format.
 */
export async function readAnySchedule(text: string, hint: SourceHint): Promise<Schedule> {
  const format = hint.format?.toLowerCase();
  const ical =
    format === 'ical' ||
    format === 'ics' ||
    hint.contentType === 'text/calendar' ||
    /\.ics($|[?#])/i.test(hint.url ?? '') ||
    /^\s*BEGIN:VCALENDAR/i.test(text);
  if (ical && format !== 'json' && format !== 'frab') {
    const { readICalendar } = await import('./ical.js');
    return readICalendar(text);
  }
  const value = parseJson(text, format === 'frab' || format === 'pretalx' ? 'frab JSON' : 'JSON');
  // frab's shape: { schedule: { conference: … } }. Its adapter loads only for such files.
  const frab = isObject(value) && isObject(value.schedule) && isObject(value.schedule.conference);
  if (format === 'frab' || format === 'pretalx' || frab) return (await import('./frab.js')).fromFrab(value);
  return toSchedule(value);
}
