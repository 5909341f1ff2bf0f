import { parseError } from './errors.js';
import { readText, readValue, type Format } from './formats.js';
import type { SourceHint } from './load.js';
import { isObject } from '../shared/text.js';

/** Whether a parsed value is a frab/pretalx `schedule.json` export (`schedule.conference`). */
export const isFrabSchedule = (value: unknown): boolean =>
  isObject(value) && isObject(value.schedule) && isObject(value.schedule.conference);

/** Whether a value has all of these keys as arrays. */
const hasLists = (value: unknown, keys: string[]): boolean => isObject(value) && keys.every((key) => Array.isArray(value[key]));

/**
 * The Poplus schedule format: the JSON `<poplus-session-list>` reads natively, and what every other format's
 * adapter produces (frab JSON and XML, Sessionize, pretalx, iCalendar: see {@link scheduleFormats}).
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
  /** The tracks, with the colour the programme gives each (CSS colour), where it gives one. */
  tracks?: ScheduleTrack[];
  /** Every speaker of the programme, with what the data says of them; sessions refer to them by `id`. */
  speakers?: Speaker[];
}

export interface ScheduleTrack {
  name: string;
  color?: string;
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
  /** The audience level the programme gives (`Beginner`, `Mostly advanced`). */
  level?: string | null;
  /** The language it is held in (BCP 47 tag or name, as the data gives it). */
  language?: string | null;
  speakers?: (Speaker | string)[] | null;
  description?: string | null;
  url?: string | null;
  links?: ScheduleLink[] | null;
}

export interface Speaker {
  name: string;
  /** Stable id within the programme: the same person in every session, and in a participant table read from
   * the same file. */
  id?: string;
  url?: string;
  /** Picture (URL). */
  image?: string;
  /** A line under the name ("Developer at Sinar Project"). */
  tagline?: string;
  bio?: string;
  organization?: string;
  links?: ScheduleLink[];
}

export interface ScheduleLink {
  title?: string;
  url: string;
}

/**
 * Checks a value against the schedule format's outline (an object with a `sessions` array, or an array).
 * Sessions are kept as they are, objects only; the element tolerates missing and malformed fields one by one.
 */
export function toSchedule(value: unknown, format = 'schedule JSON'): Schedule {
  if (Array.isArray(value)) return { sessions: value.filter(isObject) as ScheduleSession[] };
  if (isObject(value) && Array.isArray(value.sessions)) {
    const objects = <T>(list: unknown) => (Array.isArray(list) ? (list.filter(isObject) as T[]) : undefined);
    return {
      event: isObject(value.event) ? (value.event as ScheduleEvent) : undefined,
      sessions: objects<ScheduleSession>(value.sessions)!,
      tracks: objects<ScheduleTrack>(value.tracks),
      speakers: objects<Speaker>(value.speakers),
    };
  }
  throw parseError(format, 'expected an object with a "sessions" array');
}

/**
 * The formats a schedule is read from, by the `format` attribute's value or else by the data's shape; each
 * adapter but the native one loads (`import()`) when its format first turns up.
 *
 * | `format` | format | recognised by |
 * |---|---|---|
 * | `frab`, `frab-json`, `c3voc` | frab / pretalx `schedule.json` | `schedule.conference` |
 * | `sessionize` | Sessionize "All Data" JSON | `sessions`, `speakers` and `rooms` lists |
 * | `pretalx`, `pretalx-widget` | pretalx `schedule/widgets/schedule.json` | `talks` and `rooms` lists |
 * | `frab-xml`, `xml`, `pentabarf` | frab / pentabarf `schedule.xml` | XML (media type, `.xml`, `<`) |
 * | `ical`, `ics`, `icalendar` | iCalendar | `text/calendar`, `.ics`, `BEGIN:VCALENDAR` |
 * | `json`, `poplus` | the Poplus schedule format | any other JSON |
 */
export const scheduleFormats: readonly Format<Schedule>[] = [
  {
    names: ['frab', 'frab-json', 'c3voc'],
    label: 'frab JSON',
    syntax: 'json',
    matches: isFrabSchedule,
    adapter: () => import('./frab.js').then((m) => m.fromFrab),
  },
  {
    names: ['sessionize'],
    label: 'Sessionize JSON',
    syntax: 'json',
    matches: (value) => hasLists(value, ['sessions', 'speakers', 'rooms']),
    adapter: () => import('./sessionize.js').then((m) => m.fromSessionize),
  },
  {
    names: ['pretalx', 'pretalx-widget'],
    label: 'pretalx JSON',
    syntax: 'json',
    matches: (value) => hasLists(value, ['talks', 'rooms']),
    adapter: () => import('./pretalx.js').then((m) => m.fromPretalx),
  },
  {
    names: ['frab-xml', 'xml', 'pentabarf'],
    label: 'frab XML',
    syntax: 'xml',
    adapter: () => import('./frab-xml.js').then((m) => m.readFrabXml),
  },
  {
    names: ['ical', 'ics', 'icalendar'],
    label: 'iCalendar',
    syntax: 'ical',
    adapter: () => import('./ical.js').then((m) => m.readICalendar),
  },
  { names: ['json', 'poplus'], label: 'JSON', syntax: 'json', adapter: () => (value) => toSchedule(value) },
];

/** Reads a schedule in any format the session list understands. */
export const readSchedule = (text: string, hint: Partial<SourceHint>): Promise<Schedule> => readText(scheduleFormats, text, hint);

/** Reads a schedule set from code: the Poplus format, a bare array of sessions, a parsed frab, Sessionize or
 * pretalx export, or the text of an XML or iCalendar file with `format` naming it. */
export const adaptSchedule = (value: unknown, format?: string): Schedule | Promise<Schedule> => readValue(scheduleFormats, value, format);
