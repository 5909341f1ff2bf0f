import { expect } from '@open-wc/testing';
import { DataReadError } from '../../src/data/errors.js';
import { readICalendar } from '../../src/data/ical.js';

describe('iCalendar adapter', () => {
  let text: string;
  before(async () => {
    text = await fetch('/tests/fixtures/civic-tech-weekend.ics').then((r) => r.text());
  });

  it('reads the calendar name, zone and every VEVENT', async () => {
    const schedule = await readICalendar(text);
    expect(schedule.event).to.include({ name: 'Civic Tech Weekend 2024', timeZone: 'Europe/Berlin' });
    expect(schedule.sessions.map((s) => s.id)).to.deep.equal([
      'ctw24-opening@example.org',
      'ctw24-datos@example.org',
      'ctw24-party@example.org',
      'ctw24-hackathon@example.org',
      'ctw24-sunday-talk@example.org',
      'ctw24-closing@example.org',
    ]);
  });

  it('turns TZID times into instants with the VTIMEZONE rules, on both sides of the DST change', async () => {
    const [opening, datos] = (await readICalendar(text)).sessions;
    // 26 October 2024 is still summer time in Berlin (UTC+2).
    expect(opening).to.deep.include({ start: '2024-10-26T08:00:00.000Z', end: '2024-10-26T08:30:00.000Z', room: 'Main hall', track: 'Plenary' });
    expect(opening!.title).to.equal('Opening: why civic tech, and why now');
    expect(opening!.description).to.equal('Welcome, house rules and the plan for the weekend.\nBring a laptop if you want to hack along.');
    // DURATION gives the end.
    expect(datos).to.deep.include({ start: '2024-10-26T09:00:00.000Z', end: '2024-10-26T10:30:00.000Z' });
  });

  it('keeps all-day and floating items as dates and wall-clock times', async () => {
    const sessions = (await readICalendar(text)).sessions;
    expect(sessions[3]).to.deep.include({ start: '2024-10-27', end: undefined });
    expect(sessions[5]).to.deep.include({ start: '2024-10-27T16:00:00', end: '2024-10-27T17:00:00' });
  });

  it('reports text that is not iCalendar as a parse error', async () => {
    let error: unknown;
    try {
      await readICalendar('BEGIN:VCALENDAR\r\nthis is not ical');
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(DataReadError);
    expect((error as DataReadError).subject).to.equal('iCalendar');
  });
});
