import { parseError } from './errors.js';
import { isFrabSchedule, type Schedule, type ScheduleLink, type ScheduleSession, type Speaker } from './schedule.js';
import { asText, isObject } from '../shared/text.js';

/**
 * frab and pretalx `schedule.json` (the c3voc schema: `schedule.conference.days[].rooms{name: [event]}`) to
 * the Poplus schedule format. Each talk's `date` carries its offset, so it is taken as the instant; the end
 * is that instant plus `duration`. Without `date`, the day's date and `start` are kept as wall-clock time in
 * the conference's `time_zone_name`.
 */

type Obj = Record<string, unknown>;
const text = (value: unknown): string | undefined => asText(value) || undefined;

/** frab's `duration`, `HH:MM` or `HH:MM:SS`, in milliseconds. */
export function parseFrabDuration(value: unknown): number | undefined {
  const match = typeof value === 'string' ? /^(\d{1,3}):(\d{2})(?::(\d{2}))?$/.exec(value.trim()) : null;
  if (!match) return undefined;
  return ((Number(match[1]) * 60 + Number(match[2])) * 60 + Number(match[3] ?? 0)) * 1000;
}

function speakers(persons: unknown): Speaker[] {
  if (!Array.isArray(persons)) return [];
  return persons.flatMap((p): Speaker[] => {
    if (typeof p === 'string') return p.trim() ? [{ name: p.trim() }] : [];
    if (!isObject(p)) return [];
    const name = text(p.public_name) ?? text(p.name) ?? text(p.full_name);
    if (!name) return [];
    return [{ name, id: text(p.guid) ?? text(p.id), url: text(p.url) }];
  });
}

function links(value: unknown): ScheduleLink[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((l): ScheduleLink[] => {
    const url = isObject(l) ? text(l.url) : text(l);
    return url ? [{ url, title: isObject(l) ? text(l.title) : undefined }] : [];
  });
}

const instantPlus = (ms: number, duration: number) => (Number.isNaN(ms) ? undefined : new Date(ms + duration).toISOString());

/** Adds a duration to a wall-clock date-time without an offset, keeping it wall-clock. */
function wallClockPlus(start: string, duration: number): string | undefined {
  const ms = Date.parse(`${start.length === 16 ? `${start}:00` : start}Z`);
  return Number.isNaN(ms) ? undefined : new Date(ms + duration).toISOString().slice(0, 19);
}

function session(talk: Obj, day: Obj, roomName: string): ScheduleSession {
  const date = text(talk.date);
  const hasOffset = !!date && /(?:Z|[+-]\d{2}:?\d{2})$/.test(date);
  const start = date ?? (text(day.date) && text(talk.start) ? `${text(day.date)}T${text(talk.start)}` : undefined);
  const duration = parseFrabDuration(talk.duration);
  const startMs = hasOffset ? Date.parse(date!) : NaN;
  const end = duration === undefined || !start ? undefined : hasOffset ? instantPlus(startMs, duration) : wallClockPlus(start, duration);
  const abstract = text(talk.abstract);
  const description = text(talk.description);
  return {
    id: text(talk.guid) ?? text(talk.id),
    title: [text(talk.title), text(talk.subtitle)].filter(Boolean).join(': ') || undefined,
    start,
    end,
    // frab's days run past midnight (day_end 04:00): a talk keeps the conference day it is listed under.
    day: text(day.date)?.slice(0, 10),
    room: text(talk.room) ?? roomName,
    track: text(talk.track),
    kind: text(talk.type),
    speakers: speakers(talk.persons),
    description: [abstract, description !== abstract ? description : undefined].filter(Boolean).join('\n\n') || undefined,
    url: text(talk.url),
    links: links(talk.links),
  };
}

/** Converts a frab/pretalx `schedule.json` value; throws `DataReadError` when it is not one. */
export function fromFrab(value: unknown): Schedule {
  if (!isFrabSchedule(value)) throw parseError('frab JSON', 'expected schedule.conference');
  const schedule = (value as Obj).schedule as Obj;
  const conference = schedule.conference as Obj;
  const sessions: ScheduleSession[] = [];
  for (const day of Array.isArray(conference.days) ? conference.days : []) {
    if (!isObject(day) || !isObject(day.rooms)) continue;
    for (const [roomName, talks] of Object.entries(day.rooms)) {
      if (!Array.isArray(talks)) continue;
      for (const talk of talks) if (isObject(talk)) sessions.push(session(talk, day, roomName));
    }
  }
  return {
    event: {
      id: text(conference.acronym),
      name: text(conference.title),
      timeZone: text(conference.time_zone_name),
      start: text(conference.start)?.slice(0, 10),
      end: text(conference.end)?.slice(0, 10),
      url: text(schedule.base_url) ?? text(conference.url),
    },
    sessions,
  };
}
