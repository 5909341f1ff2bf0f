import { dateTimeFormat } from './intl.js';

/**
 * Time-zone arithmetic on top of `Intl`: the zone's rules (offsets, DST) always come from the browser's own
 * time-zone database, never from a table of ours.
 */

const PARTS: Intl.DateTimeFormatOptions = {
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
};

/** A formatter of an instant's wall-clock fields in a zone; throws `RangeError` for a zone the browser does not know. */
const partsFormat = (zone: string): Intl.DateTimeFormat => dateTimeFormat('en-US', { ...PARTS, timeZone: zone });

/** Whether the browser knows an IANA zone name. */
export function isTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || !zone) return false;
  try {
    partsFormat(zone);
    return true;
  } catch {
    return false;
  }
}

/** The zone the browser runs in. */
export const browserTimeZone = (): string => new Intl.DateTimeFormat().resolvedOptions().timeZone;

/** 400 Gregorian years, in milliseconds: the calendar repeats itself after them. */
const CYCLE = 146_097 * 864e5;

/**
 * A date and time of the years 0–9999 read as UTC, in milliseconds. `Date.UTC` reads the years 0–99 as
 * 1900–1999, so every date is read 400 years on, where the calendar is the same. Fields out of range carry
 * over (`utcTime(2014, 12, 32)` is 1 January 2015).
 */
export const utcTime = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number => Date.UTC(y + 400, mo - 1, d, h, mi, s) - CYCLE;

/**
 * {@link utcTime} of a date and time that exists, else `NaN`: 30 February, month 13, 25:00 and minute 60 do
 * not (a day that does not exist carries over to another). 24:00:00 is the end of the day (ISO 8601), and
 * second 60 a leap second, which JavaScript's time, having none, reads as the next minute.
 */
export function calendarTime(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number {
  const exists = mo > 0 && mo < 13 && new Date(utcTime(y, mo, d)).getUTCDate() === d && mi < 60 && s <= 60 && (h < 24 || h + mi + s === 24);
  return exists ? utcTime(y, mo, d, h, mi, s) : NaN;
}

/** Wall-clock fields of an instant in a zone: [year, month (1–12), day, hour, minute, second]. */
function wallClock(ms: number, zone: string): number[] {
  const fields: Record<string, number> = {};
  for (const part of partsFormat(zone).formatToParts(ms)) if (part.type !== 'literal') fields[part.type] = Number(part.value);
  return [fields.year!, fields.month!, fields.day!, fields.hour!, fields.minute!, fields.second!];
}

const offsets = new Map<string, Map<number, number>>();
// Offsets change at most on quarter hours (DST and zone changes happen on whole minutes of :00, :15, :30 or
// :45), and never twice within six hours. So the offset is read at the six-hour marks around an instant, and
// only where those two differ is the quarter hour read: a thousand sessions need a few dozen lookups.
const QUARTER = 15 * 60 * 1000;
const SIX_HOURS = 24 * QUARTER;

// Zones are read a day within the years 1–9999, where every zone's wall clock is in those years too: beyond,
// each keeps the offset it has there (local mean time before railways, today's rules long after). So no wall
// clock is read before AD 1 (which Intl numbers back from 1, by era) or past the limits of a Date.
const FIRST = utcTime(1, 1, 2);
const LAST = utcTime(9999, 12, 30);

function exactOffset(instant: number, zone: string): number {
  const at = Math.min(LAST, Math.max(FIRST, instant));
  let cache = offsets.get(zone);
  if (!cache) offsets.set(zone, (cache = new Map()));
  let offset = cache.get(at);
  if (offset === undefined) {
    const [y, mo, d, h, mi, s] = wallClock(at, zone);
    offset = utcTime(y!, mo!, d!, h!, mi!, s!) - at;
    if (cache.size > 20_000) cache.clear();
    cache.set(at, offset);
  }
  return offset;
}

/** The zone's offset from UTC at an instant, in milliseconds (Santiago on 29 April 2014: −4 h). */
export function offsetAt(ms: number, zone: string): number {
  const mark = Math.floor(ms / SIX_HOURS) * SIX_HOURS;
  const before = exactOffset(mark, zone);
  return before === exactOffset(mark + SIX_HOURS, zone) ? before : exactOffset(Math.floor(ms / QUARTER) * QUARTER, zone);
}

/** The calendar day of an instant in a zone, as `YYYY-MM-DD` (beyond the years 0–9999, a text of another form: `+010000-01`). */
export function dayInZone(ms: number, zone: string): string {
  return new Date(ms + offsetAt(ms, zone)).toISOString().slice(0, 10);
}

/** The wall clock a zone shows at an instant, as milliseconds read as UTC ({@link utcTime}). */
export const wallClockAt = (ms: number, zone: string): number => ms + offsetAt(ms, zone);

/**
 * The instant at which a zone's clocks show a wall clock given as milliseconds read as UTC. A time skipped by
 * a DST change moves forward by the gap; a time that happens twice takes the first (earlier) occurrence.
 */
export function instantAt(asUtc: number, zone: string): number {
  const before = asUtc - offsetAt(asUtc - 864e5 / 2, zone);
  const after = asUtc - offsetAt(asUtc + 864e5 / 2, zone);
  // Try the offset in force just before and just after; keep one that reads back as the wall-clock time.
  for (const candidate of [before, after].sort((a, b) => a - b)) {
    if (candidate + offsetAt(candidate, zone) === asUtc) return candidate;
  }
  // A time skipped by the clocks going forward: read it with the offset in force before the change.
  return before;
}

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Reads an ISO 8601 date or date-time: with an offset it is an instant; without one it is wall-clock time
 * in `zone` (flagged `floating`); a plain date is that day's midnight in `zone`, flagged all-day. A date or
 * time that does not exist (30 February, 25:00) is not read.
 */
export function parseScheduleTime(value: unknown, zone: string): { ms: number; allDay: boolean; floating?: boolean } | undefined {
  if (typeof value !== 'string') return undefined;
  const match = WALL_CLOCK.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, offset] = match;
  const wall = calendarTime(Number(y), Number(mo), Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0));
  if (!offset) return Number.isNaN(wall) ? undefined : { ms: instantAt(wall, zone), allDay: h === undefined, floating: h !== undefined };
  const ms = h === undefined || Number.isNaN(wall) ? NaN : Date.parse(value.trim().replace(' ', 'T'));
  return Number.isNaN(ms) ? undefined : { ms, allDay: false };
}
