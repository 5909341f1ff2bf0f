import type { PlacedSession } from './place-sessions.js';
import { utcTime } from '../../shared/time-zone.js';

/**
 * Writes iCalendar (RFC 5545) for sessions: CRLF line ends, lines folded at 75 octets without splitting a
 * UTF-8 character, text values escaped, a UID stable per event and session, DTSTAMP, and times in UTC (`Z`),
 * which every calendar converts to its reader's zone. All-day items use `VALUE=DATE`.
 */

const encoder = new TextEncoder();

/** Escapes a TEXT value (§3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line into chunks of at most 75 octets, continuation lines starting with a space (§3.1). */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; continuations hold 74 after their leading space.
    if (octets + size > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const utc = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const date = (day: string) => day.replace(/-/g, '');

function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(utcTime(y!, m!, d! + 1)).toISOString().slice(0, 10);
}

export interface CalendarOptions {
  /** Stable id of the event, part of every UID. */
  eventId: string;
  /** Calendar name (`X-WR-CALNAME`). */
  name?: string;
  /** The event's zone, given as `X-WR-TIMEZONE` for calendars that show it. */
  timeZone?: string;
  /** SUMMARY for a session without a title. */
  untitled?: string;
  /** Time of writing, for DTSTAMP. */
  now?: number;
}

/** One VCALENDAR with a VEVENT per session. */
export function writeICalendar(sessions: readonly PlacedSession[], options: CalendarOptions): string {
  const stamp = utc(options.now ?? Date.now());
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Poplus Elements//session-list//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  if (options.timeZone) lines.push(`X-WR-TIMEZONE:${escapeText(options.timeZone)}`);
  const uidDomain = options.eventId.replace(/[^\w.-]+/g, '-') || 'event';
  for (const s of sessions) {
    lines.push('BEGIN:VEVENT', `UID:${escapeText(`${s.id}@${uidDomain}.poplus-elements`)}`, `DTSTAMP:${stamp}`);
    if (s.allDay) lines.push(`DTSTART;VALUE=DATE:${date(s.day)}`, `DTEND;VALUE=DATE:${date(nextDay(s.day))}`);
    else {
      lines.push(`DTSTART:${utc(s.start)}`);
      if (s.end > s.start) lines.push(`DTEND:${utc(s.end)}`);
    }
    lines.push(`SUMMARY:${escapeText(s.title || options.untitled || 'Session')}`);
    if (s.room) lines.push(`LOCATION:${escapeText(s.room)}`);
    const description = [s.speakers.length ? s.speakers.map((p) => p.name).join(', ') : '', s.description].filter(Boolean).join('\n\n');
    if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
    if (s.track) lines.push(`CATEGORIES:${escapeText(s.track)}`);
    if (s.url) lines.push(`URL:${s.url}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
