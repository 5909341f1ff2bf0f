import { DataReadError } from './errors.js';
import type { Schedule, ScheduleSession } from './schedule.js';

/**
 * iCalendar (`.ics`, RFC 5545) to the Poplus schedule format, through ical.js, which is imported here only,
 * so pages that never read iCalendar never load it. Each `VEVENT` becomes a session: `DTSTART` with a `TZID`
 * defined by a `VTIMEZONE` of the file, or in UTC, becomes an instant; a floating time (or a `TZID` the file
 * does not define) stays wall-clock time, read in the calendar's zone (`X-WR-TIMEZONE`, else the zone the
 * file names). `DURATION` gives the end when `DTEND` is missing; a `VALUE=DATE` start is an all-day item.
 */
export async function readICalendar(text: string): Promise<Schedule> {
  const { default: ICAL } = await import('ical.js');
  let calendar: InstanceType<typeof ICAL.Component>;
  try {
    calendar = new ICAL.Component(ICAL.parse(text));
  } catch (e) {
    throw new DataReadError('parse', 'iCalendar', undefined, (e as Error).message);
  }
  if (calendar.name !== 'vcalendar') throw new DataReadError('parse', 'iCalendar', undefined, 'no VCALENDAR');
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

  const sessions: ScheduleSession[] = [];
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    try {
      const event = new ICAL.Event(vevent);
      const startProperty = vevent.getFirstProperty('dtstart');
      const start = write(event.startDate, startProperty?.getParameter('tzid'));
      const allDay = !!event.startDate?.isDate;
      const categories = vevent.getFirstPropertyValue('categories');
      sessions.push({
        id: event.uid || undefined,
        title: event.summary || undefined,
        start,
        end: allDay ? undefined : write(event.endDate, vevent.getFirstProperty('dtend')?.getParameter('tzid') ?? startProperty?.getParameter('tzid')),
        room: event.location || undefined,
        track: typeof categories === 'string' ? categories : undefined,
        description: event.description || undefined,
        url: value(vevent, 'url'),
      });
    } catch {
      // One broken VEVENT (a bad date, an unknown value type) is left out; the element lists what it skips.
      sessions.push({ id: value(vevent, 'uid'), title: value(vevent, 'summary') });
    }
  }
  return { event: { id: value(calendar, 'x-wr-relcalid') ?? value(calendar, 'x-wr-calname'), name: value(calendar, 'x-wr-calname'), timeZone }, sessions };
}
