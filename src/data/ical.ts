import { parseError } from './errors.js';
import { plainText } from './plain-text.js';
import type { Schedule, ScheduleSession, Speaker } from './schedule.js';
import { SpeakerList, text } from './schedule-parts.js';
import { instantAt, isTimeZone } from '../shared/time-zone.js';

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
 * A recurring event (`RRULE`, `RDATE`, less its `EXDATE`s) becomes one session per occurrence, up to
 * {@link MAX_OCCURRENCES}, with the changes of its `RECURRENCE-ID` overrides; each occurrence's id is the
 * event's `UID` and its start.
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

export async function readICalendar(input: unknown): Promise<Schedule> {
  const { default: ICAL } = await import('ical.js');
  type Component = InstanceType<typeof ICAL.Component>;
  type Time = InstanceType<typeof ICAL.Time>;
  type Event = InstanceType<typeof ICAL.Event>;
  let calendar: Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(joinSoftBreaks(String(input))));
  } catch (e) {
    throw parseError(LABEL, e);
  }
  if (calendar.name !== 'vcalendar') throw parseError(LABEL, 'no VCALENDAR');

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
    return new Date(instantAt(Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second), tzid)).toISOString();
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
      description: description && plainText(description),
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
      const event = new ICAL.Event(vevent, { exceptions: overrides.get(uid) ?? [] });
      if (!event.isRecurring()) {
        sessions.push(session(event, event.startDate, event.endDate));
        continue;
      }
      const occurrences = event.iterator();
      for (let n = 0, next = occurrences.next(); next && n < MAX_OCCURRENCES; n++, next = occurrences.next()) {
        const details = event.getOccurrenceDetails(next);
        const key = next.isDate ? next.toString() : new Date(next.toUnixTime() * 1000).toISOString();
        sessions.push(session(details.item, details.startDate, details.endDate, `${uid ?? ''}/${key}`));
      }
    } catch {
      // One broken VEVENT (a bad date, an unknown value type) is left out; the element lists what it skips.
      sessions.push({ id: value(vevent, 'uid'), title: value(vevent, 'summary') });
    }
  }
  return {
    event: { id: value(calendar, 'x-wr-relcalid') ?? value(calendar, 'x-wr-calname'), name: value(calendar, 'x-wr-calname'), timeZone },
    sessions,
    speakers: speakers.list,
  };
}
