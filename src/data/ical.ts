import { parseError } from './errors.js';
import { plainText } from './plain-text.js';
import type { Schedule, ScheduleSession, Speaker } from './schedule.js';
import { SpeakerList, text } from './schedule-parts.js';
import { isObject } from '../shared/text.js';
import { calendarTime, instantAt, isTimeZone, utcTime } from '../shared/time-zone.js';

/**
 * iCalendar (`.ics`, RFC 5545) to the Poplus schedule format, through ical.js, which is imported here only,
 * so pages that never read iCalendar never load it. Each `VEVENT` becomes a session.
 *
 * Times: a `DTSTART` in UTC, or with a `TZID` defined by a `VTIMEZONE` of the file, is an instant. Real feeds
 * often name an IANA zone (`TZID=Europe/Paris`) without defining it: the browser's zone database gives its
 * rules, so each event is placed in the zone it names, even when the calendar's own zone (`X-WR-TIMEZONE`)
 * differs. A floating time, or a `TZID` that is no IANA name (`W. Europe Standard Time`), stays wall-clock
 * time in the calendar's zone (`X-WR-TIMEZONE`, else the first zone the file names). `DURATION` gives the end
 * when `DTEND` is missing; a `VALUE=DATE` start is an all-day item.
 *
 * Text: `ENCODING=QUOTED-PRINTABLE` values (vCalendar 1.0 habits, with their `CHARSET`) are decoded; HTML in
 * `DESCRIPTION` (or in `X-ALT-DESC` when there is no plain one) becomes plain text. Speakers are the
 * `ATTENDEE`s named with `CN=` (not rooms, resources or non-participants), else the `ORGANIZER`'s `CN`.
 *
 * A recurring event (`DTSTART`, then `RRULE` and `RDATE`, less its `EXDATE`s) becomes one session per
 * occurrence, up to {@link MAX_OCCURRENCES}, with the changes of its `RECURRENCE-ID` overrides; each
 * occurrence's id is the event's `UID` and its start.
 *
 * Damage stays local: the file is read a content line at a time, and a line that cannot be read (no colon, a
 * parameter without a value), or a date, duration or rule that is not one (30 February, `FREQ=BOGUS`), is
 * left out, with what it alone carried: an event without its `DTEND` shows without an end, one without its
 * rule once, one without its `DTSTART` is listed as left out, and an override whose `RECURRENCE-ID` cannot be
 * read is dropped (which occurrence it changes is unknown). Only text outside a calendar, or a component
 * that does not end (a cut download), makes the file unreadable. Several calendars one after the other (an
 * iCalendar stream) are read as one, named by the first.
 */
/** Occurrences kept of one recurring event: a programme's daily slot, never an endless weekly meeting. */
export const MAX_OCCURRENCES = 366;

const LABEL = 'iCalendar';

/**
 * Joins quoted-printable soft line breaks (`=` at the end of a line, continued on the next line without the
 * space of RFC 5545 folding), which the iCalendar parser would take for new properties.
 */
function joinSoftBreaks(ics: string): string {
  if (!/QUOTED-PRINTABLE/i.test(ics)) return ics;
  const out: string[] = [];
  let quoted = false;
  for (const line of ics.split(/\r?\n/)) {
    const last = out.length - 1;
    if (quoted && out[last]!.endsWith('=')) {
      out[last] = out[last]!.slice(0, -1) + line;
      continue;
    }
    if (!/^[ \t]/.test(line)) quoted = /^[^:"]*;ENCODING=QUOTED-PRINTABLE[;:]/i.test(line);
    out.push(line);
  }
  return out.join('\r\n');
}

function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes = Uint8Array.from(
    value.replace(/=([\dA-F]{2})|[^]/gi, (c, hex: string | undefined) => (hex ? String.fromCharCode(parseInt(hex, 16)) : c)),
    (c) => c.charCodeAt(0) & 0xff,
  );
  try {
    return new TextDecoder(charset || 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes);
  }
}

/** A component as ical.js's jCal holds it: its name, properties (`[name, parameters, type, ...values]`) and components. */
type JCal = [string, unknown[][], JCal[]];

/** The properties whose values are dates or date-times, several for the recurrence ones. */
const TIMES = new Set(['dtstart', 'dtend', 'due', 'recurrence-id', 'exdate', 'rdate']);
/** A date or date-time as ical.js writes it in jCal: `2024-05-06`, `2024-05-06T09:00:00Z`. */
const JCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})Z?)?$/;
/** A DURATION (RFC 5545 §3.3.6): `P1W`, `P1DT2H`, `-PT15M`. */
const DURATION = /^[+-]?P(?=\d|T\d)(?:\d+W|(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+S)?)?)$/;

/** Whether a jCal date or date-time exists: ical.js would carry 30 February over to 1 March. */
function isTime(value: unknown): boolean {
  const [, y, mo, d, h = 0, mi = 0, s = 0] = (typeof value === 'string' && JCAL_TIME.exec(value)) || [];
  return !Number.isNaN(calendarTime(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s)));
}

/**
 * Whether a rule can be followed: it has a frequency, a real `UNTIL`, and a `COUNT` of at least 1. DTSTART
 * always counts as the first occurrence (RFC 5545 §3.3.10), so a rule of `COUNT=0` adds none: dropped, like
 * an unreadable one, it leaves the event once, at its start. (ical.js would take it for a rule without end.)
 */
const isRule = (rule: unknown): boolean =>
  isObject(rule) &&
  typeof rule.freq === 'string' &&
  (rule.until === undefined || isTime(rule.until)) &&
  (rule.count === undefined || (Number.isInteger(rule.count) && (rule.count as number) >= 1));

/** Whether a property's value means what its name says (ical.js reads any text as a date, duration or rule). */
function readable([name, , type, ...values]: unknown[]): boolean {
  if (TIMES.has(name as string)) return (type === 'date' || type === 'date-time') && values.every(isTime);
  if (name === 'duration') return values.every((v) => typeof v === 'string' && DURATION.test(v));
  if (name === 'rrule') return values.every(isRule);
  return true;
}

/**
 * The calendars of a text, read a content line at a time (see the module's comment): lines unfolded, each
 * property read by ical.js alone, and left out when it cannot be read.
 */
function readCalendars(ics: string, readProperty: (line: string) => unknown[]): JCal[] {
  const calendars: JCal[] = [];
  const open: { component: JCal; dropped: boolean }[] = [];
  const lines: string[] = [];
  for (const line of ics.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && lines.length) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  for (const line of lines) {
    if (!line.trim()) continue;
    const [, keyword, name = ''] = /^(BEGIN|END):(.*)$/i.exec(line) ?? [];
    const component = name.trim().toLowerCase();
    const inner = open[open.length - 1];
    if (keyword?.toUpperCase() === 'BEGIN') {
      if (!inner && component !== 'vcalendar') throw parseError(LABEL, `${line} outside a VCALENDAR`);
      open.push({ component: [component, [], []], dropped: false });
    } else if (keyword) {
      if (inner?.component[0] !== component) throw parseError(LABEL, `${line} ends no open ${name || 'component'}`);
      open.pop();
      if (!inner.dropped) (open[open.length - 1]?.component[2] ?? calendars).push(inner.component);
    } else if (!inner) {
      throw parseError(LABEL, 'text outside a VCALENDAR');
    } else {
      let property: unknown[] | undefined;
      try {
        property = readProperty(line);
      } catch {
        // Left out, below.
      }
      if (property && readable(property)) inner.component[1].push(property);
      else if (/^recurrence-id[;:]/i.test(line)) inner.dropped = true;
    }
  }
  if (open.length) throw parseError(LABEL, `BEGIN:${open[open.length - 1]!.component[0].toUpperCase()} without its END`);
  if (!calendars.length) throw parseError(LABEL, 'no VCALENDAR');
  return calendars;
}

export async function readICalendar(input: unknown): Promise<Schedule> {
  const { default: ICAL } = await import('ical.js');
  type Component = InstanceType<typeof ICAL.Component>;
  type Time = InstanceType<typeof ICAL.Time>;
  type Event = InstanceType<typeof ICAL.Event>;
  const ics = joinSoftBreaks(String(input).replace(/^\uFEFF/, ''));
  const calendars = readCalendars(ics, (line) => ICAL.parse.property(line) as unknown[]);
  // A stream of calendars is read as one: their events and zones together, under the first one's name.
  const [name, properties] = calendars[0]!;
  const calendar = new ICAL.Component([name, properties, calendars.flatMap((c) => c[2])]);

  /** A text property's value, with its quoted-printable encoding undone. */
  const value = (component: Component, name: string): string | undefined => {
    const property = component.getFirstProperty(name);
    const raw = property?.getFirstValue();
    if (typeof raw !== 'string') return undefined;
    const encoding = String(property!.getParameter('encoding') ?? '');
    return text(/quoted-printable/i.test(encoding) ? decodeQuotedPrintable(raw, String(property!.getParameter('charset') ?? '')) : raw);
  };
  const firstZone = calendar.getFirstSubcomponent('vtimezone');
  const calendarZone = value(calendar, 'x-wr-timezone');
  let timeZone = isTimeZone(calendarZone) ? calendarZone : firstZone ? value(firstZone, 'tzid') : undefined;

  const write = (time: Time | null | undefined, tzid: unknown): string | undefined => {
    if (!time) return undefined;
    if (time.isDate) return time.toString();
    if (time.zone && time.zone.tzid !== 'floating') return new Date(time.toUnixTime() * 1000).toISOString();
    if (typeof tzid !== 'string' || !tzid) return time.toString();
    timeZone ??= tzid;
    // A TZID the file does not define: the browser knows the rules of an IANA zone.
    if (!isTimeZone(tzid)) return time.toString();
    return new Date(instantAt(utcTime(time.year, time.month, time.day, time.hour, time.minute, time.second), tzid)).toISOString();
  };

  const speakers = new SpeakerList();
  const speakersOf = (vevent: Component): Speaker[] => {
    const named = (name: string) =>
      vevent.getAllProperties(name).flatMap((p) => {
        const role = String(p.getParameter('role') ?? '').toUpperCase();
        const type = String(p.getParameter('cutype') ?? '').toUpperCase();
        const cn = text(p.getParameter('cn'));
        return cn && role !== 'NON-PARTICIPANT' && type !== 'ROOM' && type !== 'RESOURCE' ? [cn] : [];
      });
    const names = named('attendee');
    return (names.length ? names : named('organizer')).flatMap((name) => speakers.add({ name, id: name }) ?? []);
  };

  const session = (item: Event, startDate: Time, endDate: Time, id?: string): ScheduleSession => {
    const vevent = item.component;
    const startProperty = vevent.getFirstProperty('dtstart');
    const allDay = startDate.isDate;
    const categories = vevent.getFirstPropertyValue('categories');
    const description = value(vevent, 'description') ?? value(vevent, 'x-alt-desc');
    return {
      id: id ?? (item.uid || undefined),
      title: value(vevent, 'summary'),
      start: write(startDate, startProperty?.getParameter('tzid')),
      end: allDay
        ? undefined
        : write(endDate, vevent.getFirstProperty('dtend')?.getParameter('tzid') ?? startProperty?.getParameter('tzid')),
      room: value(vevent, 'location'),
      track: typeof categories === 'string' ? categories : undefined,
      speakers: speakersOf(vevent),
      description: description && (plainText(description) || undefined),
      url: value(vevent, 'url'),
    };
  };

  const vevents = calendar.getAllSubcomponents('vevent');
  // Overrides of single occurrences (`RECURRENCE-ID`) go with the recurring event of the same UID.
  const recurring = new Set(vevents.filter((v) => v.hasProperty('rrule') || v.hasProperty('rdate')).map((v) => value(v, 'uid')));
  const overrides = new Map<string | undefined, Component[]>();
  for (const v of vevents) {
    const uid = value(v, 'uid');
    if (v.hasProperty('recurrence-id') && recurring.has(uid)) overrides.set(uid, [...(overrides.get(uid) ?? []), v]);
  }
  const sessions: ScheduleSession[] = [];
  for (const vevent of vevents) {
    try {
      const uid = value(vevent, 'uid');
      if (vevent.hasProperty('recurrence-id') && recurring.has(uid)) continue;
      // ical.js counts DTSTART as an occurrence only through a rule: RDATEs alone get one of DTSTART only.
      if (vevent.hasProperty('rdate') && !vevent.hasProperty('rrule')) {
        vevent.addPropertyWithValue('rrule', ICAL.Recur.fromData({ freq: 'DAILY', count: 1 }));
      }
      const event = new ICAL.Event(vevent, { exceptions: overrides.get(uid) ?? [] });
      if (!event.isRecurring()) {
        sessions.push(session(event, event.startDate, event.endDate));
        continue;
      }
      const occurrences = event.iterator();
      const seen = new Set<string>();
      for (let n = 0, next = occurrences.next(); next && n < MAX_OCCURRENCES; n++, next = occurrences.next()) {
        const key = next.isDate ? next.toString() : new Date(next.toUnixTime() * 1000).toISOString();
        // A date given by both the rule and an RDATE is one occurrence.
        if (seen.has(key)) continue;
        seen.add(key);
        const details = event.getOccurrenceDetails(next);
        sessions.push(session(details.item, details.startDate, details.endDate, `${uid ?? ''}/${key}`));
      }
    } catch {
      // A VEVENT without a readable DTSTART, or whose rule ical.js cannot follow, is left out; the element lists what it skips.
      // Its speakers still speak in the programme (a participant table of its speakers shows them).
      sessions.push({ id: value(vevent, 'uid'), title: value(vevent, 'summary'), speakers: speakersOf(vevent) });
    }
  }
  return {
    event: { id: value(calendar, 'x-wr-relcalid') ?? value(calendar, 'x-wr-calname'), name: value(calendar, 'x-wr-calname'), timeZone },
    sessions,
    speakers: speakers.list,
  };
}
