import { parseError } from './errors.js';
import { plainText } from './plain-text.js';
import { isFrabSchedule, type Schedule, type ScheduleSession } from './schedule.js';
import { isoTime, linksOf, SpeakerList, text, tracksOf } from './schedule-parts.js';
import { calendarTime, isTimeZone, wallClockAt } from '../shared/time-zone.js';
import { isObject } from '../shared/text.js';

/**
 * frab and pretalx `schedule.json` (the c3voc schema: `schedule.conference.days[].rooms{name: [event]}`) to
 * the Poplus schedule format; the frab `schedule.xml` reader turns its XML into the same shape first.
 *
 * Each talk's `date` with an offset is taken as the instant; the end is that instant plus `duration` (`H:MM`,
 * any number of hours). A talk without `date` (older frab and pentabarf exports) is the day's date and its
 * `start`, as wall-clock time in the conference's `time_zone_name`; a start before the day's own start and
 * before 05:00 is after midnight, on the next calendar date. Every talk keeps the conference day it is
 * listed under (`day`), so a 01:00 concert stays on the evening before. Abstracts and descriptions that hold
 * HTML are turned into plain text.
 */

type Obj = Record<string, unknown>;

/** A talk before this time of day (minutes) is after midnight, unless the day itself starts earlier. */
const LATEST_DAY_CHANGE = 5 * 60;
const DAY_MS = 864e5;

/** frab's `duration`, `HH:MM` or `HH:MM:SS`, in milliseconds. */
export function parseFrabDuration(value: unknown): number | undefined {
  const match = typeof value === 'string' ? /^(\d{1,3}):(\d{2})(?::(\d{2}))?$/.exec(value.trim()) : null;
  if (!match) return undefined;
  return ((Number(match[1]) * 60 + Number(match[2])) * 60 + Number(match[3] ?? 0)) * 1000;
}

const OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/i;
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const wallClock = (ms: number) => isoTime(ms)?.slice(0, 19);
const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;
/** A wall-clock time written `YYYY-MM-DDTHH:MM…`, as milliseconds read as UTC; `NaN` for one that does not exist (30 February, 25:61). */
function wallTime(written: string): number {
  const [, y, mo, d, h, mi] = WALL_CLOCK.exec(written) ?? [];
  return calendarTime(Number(y), Number(mo), Number(d), Number(h), Number(mi));
}

/**
 * When the day's programme starts (minutes after midnight, wall clock): its `day_start` read in the event's
 * zone. Exports write it in UTC as often as in local time, so without a zone it is taken as written only when
 * it is on the day's own date.
 */
function dayChange(day: Obj, date: string, zone: string | undefined): number {
  const start = text(day.day_start) ?? text(day.start);
  const ms = start && OFFSET.test(start) ? Date.parse(start) : NaN;
  let minutes: number | undefined;
  if (!Number.isNaN(ms) && zone) minutes = (wallClockAt(ms, zone) % DAY_MS) / 6e4;
  else if (start?.startsWith(date) && /T\d{2}:\d{2}/.test(start)) minutes = minutesOf(start.slice(11));
  return Math.min(LATEST_DAY_CHANGE, minutes ?? LATEST_DAY_CHANGE);
}

/** The start and end of a talk: an instant from `date` with an offset, else wall-clock time. */
function timesOf(talk: Obj, date: string | undefined, change: number): { start?: string; end?: string } {
  const duration = parseFrabDuration(talk.duration);
  const written = text(talk.date);
  if (written && OFFSET.test(written)) {
    // Past the last instant a Date holds, the talk keeps its start and has no end.
    return { start: written, end: duration === undefined ? undefined : isoTime(Date.parse(written) + duration) };
  }
  let startMs = NaN;
  if (written && WALL_CLOCK.test(written)) startMs = wallTime(written);
  else {
    const time = /^(\d{1,2}):(\d{2})/.exec(text(talk.start) ?? '');
    if (date && time) {
      const hhmm = `${time[1]!.padStart(2, '0')}:${time[2]}`;
      startMs = wallTime(`${date}T${hhmm}`) + (minutesOf(hhmm) < change ? DAY_MS : 0);
    }
  }
  return { start: wallClock(startMs) ?? written, end: duration === undefined ? undefined : wallClock(startMs + duration) };
}

function session(talk: Obj, day: { date?: string; change: number }, roomName: string, speakers: SpeakerList): ScheduleSession {
  const abstract = text(talk.abstract);
  const description = text(talk.description);
  const persons = Array.isArray(talk.persons) ? talk.persons : [];
  return {
    id: text(talk.guid) ?? text(talk.id),
    title: [text(talk.title), text(talk.subtitle)].filter(Boolean).join(': ') || undefined,
    ...timesOf(talk, day.date, day.change),
    // frab's days run past midnight (day_end 04:00): a talk keeps the conference day it is listed under.
    day: day.date,
    room: text(talk.room) ?? roomName,
    track: text(talk.track),
    kind: text(talk.type),
    language: text(talk.language),
    speakers: persons.flatMap((p) => {
      const person: Obj = isObject(p) ? p : { name: p };
      const speaker = speakers.add({
        name: text(person.public_name) ?? text(person.name) ?? text(person.full_name) ?? '',
        id: text(person.guid) ?? text(person.code) ?? text(person.id),
        url: text(person.url),
        image: text(person.avatar),
        bio: text(person.biography),
      });
      return speaker ? [speaker] : [];
    }),
    description:
      [abstract, description !== abstract ? description : undefined]
        .filter((t): t is string => !!t)
        .map(plainText)
        .join('\n\n') || undefined,
    url: text(talk.url),
    links: linksOf(talk.links),
  };
}

/** Converts a frab/pretalx `schedule.json` value; throws `DataReadError` when it is not one. */
export const fromFrab = (value: unknown): Schedule => frabSchedule(value, 'frab JSON');

/** Converts the frab shape, read from `format` (the name errors give). */
export function frabSchedule(value: unknown, format: string): Schedule {
  if (!isFrabSchedule(value)) throw parseError(format, 'expected schedule.conference');
  const schedule = (value as Obj).schedule as Obj;
  const conference = schedule.conference as Obj;
  const timeZone = text(conference.time_zone_name);
  const zone = isTimeZone(timeZone) ? timeZone : undefined;
  const speakers = new SpeakerList();
  const sessions: ScheduleSession[] = [];
  for (const day of Array.isArray(conference.days) ? conference.days : []) {
    if (!isObject(day) || !isObject(day.rooms)) continue;
    const date = text(day.date)?.slice(0, 10);
    const listed = { date, change: date ? dayChange(day, date, zone) : LATEST_DAY_CHANGE };
    for (const [roomName, talks] of Object.entries(day.rooms)) {
      if (!Array.isArray(talks)) continue;
      for (const talk of talks) if (isObject(talk)) sessions.push(session(talk, listed, roomName, speakers));
    }
  }
  const tracks = Array.isArray(conference.tracks) ? conference.tracks.filter(isObject) : [];
  return {
    event: {
      id: text(conference.acronym),
      name: text(conference.title),
      timeZone,
      start: text(conference.start)?.slice(0, 10),
      end: text(conference.end)?.slice(0, 10),
      url: text(schedule.base_url) ?? text(conference.url) ?? text(conference.base_url),
    },
    sessions,
    tracks: tracksOf(tracks.map((t) => ({ name: text(t.name), color: t.color }))),
    speakers: speakers.list,
  };
}
