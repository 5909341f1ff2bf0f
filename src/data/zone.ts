import { dateTimeFormat } from '../shared/intl.js';

/**
 * What the schedule readers need of time zones, from the browser's own zone database through `Intl`: whether
 * a name is an IANA zone, the wall clock a zone shows at an instant, and the instant at a zone's wall clock.
 * Wall clocks are handled as milliseconds read as UTC (`Date.UTC(y, m, d, h, mi, s)`), so that the difference
 * between a wall clock and its instant is the zone's offset.
 */

const FIELDS: Intl.DateTimeFormatOptions = {
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
};

function format(zone: string): Intl.DateTimeFormat | undefined {
  try {
    return dateTimeFormat('en-US', { ...FIELDS, timeZone: zone });
  } catch {
    return undefined;
  }
}

/** Whether the browser knows a zone name (`Europe/Paris`, `Asia/Kolkata`); Windows names and offsets are not. */
export const isTimeZone = (zone: unknown): zone is string =>
  typeof zone === 'string' && /^[\w+-]+(\/[\w+-]+)*$/.test(zone) && !!format(zone);

/** The wall clock a zone shows at an instant. `zone` must be known (see `isTimeZone`). */
export function wallClockAt(ms: number, zone: string): number {
  const f: Record<string, number> = {};
  for (const part of format(zone)!.formatToParts(ms)) f[part.type] = Number(part.value);
  return Date.UTC(f.year!, f.month! - 1, f.day!, f.hour!, f.minute!, f.second!);
}

/**
 * The instant at which a zone's clocks show a wall clock. A time skipped by a change to summer time moves
 * forward by the gap, as the session list reads it.
 */
export function instantAt(wallClock: number, zone: string): number {
  const guess = wallClock - (wallClockAt(wallClock, zone) - wallClock);
  return wallClock - (wallClockAt(guess, zone) - guess);
}
