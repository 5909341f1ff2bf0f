import { parseError } from './errors.js';
import type { Schedule, ScheduleSession } from './schedule.js';

/**
 * iCalendar (`.ics`, RFC 5545) to the Poplus schedule format, through ical.js, which is imported here only,
 * so pages that never read iCalendar never load it. Each `VEVENT` becomes a session: `DTSTART` with a `TZID`
 * defined by a `VTIMEZONE` of the file, or in UTC, becomes an instant; a floating time (or a `TZID` the file
 * does not define) stays wall-clock time, read in the calendar's zone (`X-WR-TIMEZONE`, else the zone the
 * file names). `DURATION` gives the end when `DTEND` is missing; a `VALUE=DATE` start is an all-day item.
 * A recurring event (`RRULE`, `RDATE`, less its `EXDATE`s) becomes one session per occurrence, up to
 * {@link MAX_OCCURRENCES}, with the changes of its `RECURRENCE-ID` overrides; each occurrence's id is the
 * event's `UID` and its start.
 */
/** Occurrences kept of one recurring event: a programme's daily slot, never an endless weekly meeting. */
export const MAX_OCCURRENCES = 366;

export async function readICalendar(text: unknown): Promise<Schedule> {
  const { default: ICAL } = await import('ical.js');
  let calendar: InstanceType<typeof ICAL.Component>;
  try {
    calendar = new ICAL.Component(ICAL.parse(String(text)));
  } catch (e) {
    throw parseError('iCalendar', e);
  }
  if (calendar.name !== 'vcalendar') throw parseError('iCalendar', 'no VCALENDAR');
  const value = (component: InstanceType<typeof ICAL.Component>, name: string): string | undefined => {
    const v = component.getFirstPropertyValue(name);
    return typeof v === 'string' && v.trim() ? v.trim() : undefined;
  };
  const firstZone = calendar.getFirstSubcomponent('vtimezone');
  let timeZone = value(calendar, 'x-wr-timezone') ?? (firstZone ? value(firstZone, 'tzid') : undefined);

  type Time = InstanceType<typeof ICAL.Time>;
  const write = (time: Time | null | undefined, tzid: unknown): string | undefined => {
    if (!time) return undefined;
    if (time.isDate) return time.toString();
    if (time.zone && time.zone.tzid !== 'floating') return new Date(time.toUnixTime() * 1000).toISOString();
    if (typeof tzid === 'string' && tzid) timeZone ??= tzid;
    return time.toString();
  };

  type Event = InstanceType<typeof ICAL.Event>;
  const session = (item: Event, startDate: Time, endDate: Time, id?: string): ScheduleSession => {
    const vevent = item.component;
    const startProperty = vevent.getFirstProperty('dtstart');
    const allDay = startDate.isDate;
    const categories = vevent.getFirstPropertyValue('categories');
    return {
      id: id ?? (item.uid || undefined),
      title: item.summary || undefined,
      start: write(startDate, startProperty?.getParameter('tzid')),
      end: allDay
        ? undefined
        : write(endDate, vevent.getFirstProperty('dtend')?.getParameter('tzid') ?? startProperty?.getParameter('tzid')),
      room: item.location || undefined,
      track: typeof categories === 'string' ? categories : undefined,
      description: item.description || undefined,
      url: value(vevent, 'url'),
    };
  };

  const vevents = calendar.getAllSubcomponents('vevent');
  // Overrides of single occurrences (`RECURRENCE-ID`) go with the recurring event of the same UID.
  const recurring = new Set(vevents.filter((v) => v.hasProperty('rrule') || v.hasProperty('rdate')).map((v) => value(v, 'uid')));
  const overrides = new Map<string | undefined, InstanceType<typeof ICAL.Component>[]>();
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
  };
}
