import type { Schedule, ScheduleSession, Speaker } from '../../data/schedule.js';
import { asText, fold, isObject } from '../../shared/text.js';
import { safeColor, safeUrl } from '../../shared/url.js';
import { dayInZone, isTimeZone, offsetAt, parseScheduleTime } from '../../shared/time-zone.js';

/** A session placed in time: what the element sorts, filters and draws. */
export interface PlacedSession {
  /** Unique within the schedule (made unique when the data repeats or lacks ids). */
  id: string;
  title: string;
  /** Start and end instants, in ms since the epoch. `end` equals `start` when the data gives none. */
  start: number;
  end: number;
  hasEnd: boolean;
  /** When the session is taken to be over, for "now": its end, else the next later start that day (a lunch
   * without an end lasts until the afternoon's first session), else an hour. */
  until: number;
  allDay: boolean;
  /** The start as ISO 8601 in UTC, for `<time datetime>`. */
  iso: string;
  /** The event's day it belongs to (`YYYY-MM-DD` in the event's zone). */
  day: string;
  room: string;
  track: string;
  /** The track's colour, when the programme gives a valid CSS colour for it. */
  color?: string;
  kind: string;
  /** The audience level and the language, as the programme gives them (`Beginner`, `de`). */
  level: string;
  language: string;
  speakers: Speaker[];
  description: string;
  url?: string;
  links: { title: string; url: string }[];
  /** Title, speakers, description, room and track, case- and accent-folded, for the search: filled by
   * `prepareSearch` when first needed (or when the browser is idle), not while the first view is drawn. */
  search?: string;
  /** The session as the data gave it, handed out with `poplus-session-select`. */
  source: ScheduleSession;
}

export interface ScheduleModel {
  eventId: string;
  name: string;
  timeZone: string;
  sessions: PlacedSession[];
  /** The event's days, in order, each with its sessions in order. */
  days: { day: string; sessions: PlacedSession[] }[];
  rooms: string[];
  tracks: string[];
  kinds: string[];
  /** Titles (or ids) of sessions left out because no start time could be read, or no day of the years 0–9999. */
  skipped: string[];
  /** Times without an offset and no zone from the data or the page: they are shown as written, in the reader's. */
  zoneUnknown: boolean;
}

/** Whether a text is a day that exists, `YYYY-MM-DD`: the years 0–9999, the only ones the list can name. */
const isDay = (text: string) => !!parseScheduleTime(text, 'UTC')?.allDay;

/**
 * A session's speakers: names, or objects with a name and/or the `id` of one of the programme's speakers,
 * whose record fills in what the session leaves out. A text that is a programme speaker's id stands for them.
 * Only a safe `url` is kept; the rest is handed to the host as the data gave it, never drawn but the name.
 */
function speakersOf(value: unknown, people: ReadonlyMap<string, Speaker>): Speaker[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((p): Speaker[] => {
    const given: Partial<Speaker> = isObject(p) ? p : {};
    const id = asText(given.id) || (people.has(asText(p)) ? asText(p) : '');
    const known = people.get(id);
    const name = asText(given.name) || asText(known?.name) || (isObject(p) || known ? '' : asText(p));
    if (!name) return [];
    const speaker: Speaker = { ...known, ...given, name, id: id || undefined, url: safeUrl(given.url) ?? safeUrl(known?.url) };
    if (!speaker.id) delete speaker.id;
    if (!speaker.url) delete speaker.url;
    return [speaker];
  });
}

/**
 * Places every session of a schedule in time, in the event's zone (`zone` if given and valid, else the
 * data's, else `fallbackZone`), and groups them by the event's days.
 */
export function placeSchedule(schedule: Schedule, zone: string | undefined, fallbackZone: string): ScheduleModel {
  const timeZone = isTimeZone(zone) ? zone : isTimeZone(schedule.event?.timeZone) ? schedule.event.timeZone : fallbackZone;
  const sessions: PlacedSession[] = [];
  const skipped: string[] = [];
  let floating = false;
  const ids = new Set<string>();
  const rooms = new Map<string, number>();
  const tracks = new Set<string>();
  const kinds = new Set<string>();
  const colors = new Map<string, string>();
  for (const t of Array.isArray(schedule.tracks) ? schedule.tracks : []) {
    const color = isObject(t) ? safeColor(t.color) : undefined;
    if (color && asText(t.name)) colors.set(asText(t.name), color);
  }
  const people = new Map<string, Speaker>();
  for (const p of Array.isArray(schedule.speakers) ? schedule.speakers : []) if (isObject(p) && asText(p.id)) people.set(asText(p.id), p);
  schedule.sessions.forEach((source, index) => {
    if (typeof source !== 'object' || !source) return;
    const title = asText(source.title);
    const start = parseScheduleTime(source.start, timeZone);
    floating ||= !!start?.floating;
    // Its day: an all-day session's date, else the `day` given, else its start's date in the zone, which for a
    // start on the last day of 9999 (the first of year 0) is in year 10000 east of UTC (year −1 west of it).
    let day = asText(source.day);
    if (start?.allDay) day = String(source.start).trim().slice(0, 10);
    else if (start && !isDay(day)) day = dayInZone(start.ms, timeZone);
    if (!start || !isDay(day)) {
      skipped.push(title || asText(source.id) || `#${index + 1}`);
      return;
    }
    const endTime = start.allDay ? undefined : parseScheduleTime(source.end, timeZone);
    const hasEnd = !!endTime && endTime.ms > start.ms;
    let id = asText(source.id) || `session-${index + 1}`;
    if (ids.has(id)) id = `${id}-${index + 1}`;
    ids.add(id);
    const room = asText(source.room);
    const track = asText(source.track);
    const kind = asText(source.kind);
    if (room && !rooms.has(room)) rooms.set(room, rooms.size);
    if (track) tracks.add(track);
    if (kind) kinds.add(kind);
    const speakers = speakersOf(source.speakers, people);
    const description = asText(source.description);
    const links = (Array.isArray(source.links) ? source.links : []).flatMap((l) => {
      const url = safeUrl(l?.url);
      return url ? [{ url, title: asText(l.title) || url }] : [];
    });
    sessions.push({
      id,
      title,
      start: start.ms,
      end: hasEnd ? endTime.ms : start.ms,
      hasEnd,
      until: hasEnd ? endTime.ms : start.ms,
      allDay: start.allDay,
      iso: new Date(start.ms).toISOString(),
      day,
      room,
      track,
      color: colors.get(track),
      kind,
      level: asText(source.level),
      language: asText(source.language),
      speakers,
      description,
      url: safeUrl(source.url),
      links,
      source,
    });
  });
  const roomOrder = (s: PlacedSession) => (s.room ? rooms.get(s.room)! : -1);
  sessions.sort((a, b) =>
    a.day < b.day
      ? -1
      : a.day > b.day
        ? 1
        : Number(b.allDay) - Number(a.allDay) || a.start - b.start || roomOrder(a) - roomOrder(b) || a.end - b.end,
  );
  const days: ScheduleModel['days'] = [];
  for (const session of sessions) {
    const last = days[days.length - 1];
    if (last?.day === session.day) last.sessions.push(session);
    else days.push({ day: session.day, sessions: [session] });
  }
  for (const { sessions: daySessions } of days) {
    for (const s of daySessions) {
      if (s.hasEnd || s.allDay) continue;
      s.until = daySessions.find((other) => other.start > s.start)?.start ?? s.start + 36e5;
    }
  }
  const name = asText(schedule.event?.name);
  return {
    eventId: asText(schedule.event?.id) || name || 'schedule',
    name,
    timeZone,
    sessions,
    days,
    rooms: [...rooms.keys()],
    tracks: [...tracks],
    kinds: [...kinds],
    skipped,
    zoneUnknown: floating && !isTimeZone(zone) && !isTimeZone(schedule.event?.timeZone),
  };
}

/** Folds every session's searchable text, once per schedule. */
export function prepareSearch(model: ScheduleModel): void {
  for (const s of model.sessions) {
    s.search ??= fold([s.title, ...s.speakers.map((p) => p.name), s.description, s.room, s.track, s.kind].join('\n'));
  }
}

/** Whether two zones show different clock times on some day of the event (checked at each day's first and last session). */
export function zonesDiffer(model: ScheduleModel, other: string): boolean {
  if (other === model.timeZone) return false;
  return model.days.some(({ sessions }) =>
    [sessions[0]!, sessions[sessions.length - 1]!].some((s) => offsetAt(s.start, model.timeZone) !== offsetAt(s.start, other)),
  );
}
