import { expect } from '@open-wc/testing';
import { DataReadError } from '../../src/data/errors.js';
import { MAX_OCCURRENCES, readICalendar } from '../../src/data/ical.js';

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
    expect(opening).to.deep.include({
      start: '2024-10-26T08:00:00.000Z',
      end: '2024-10-26T08:30:00.000Z',
      room: 'Main hall',
      track: 'Plenary',
    });
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

  it('expands recurring events: one session per occurrence, less EXDATEs, with overrides, bounded', async () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//test//EN',
      'X-WR-CALNAME:Open data week',
      'BEGIN:VTIMEZONE',
      'TZID:America/Santiago',
      'BEGIN:STANDARD',
      'DTSTART:19700405T000000',
      'TZOFFSETFROM:-0300',
      'TZOFFSETTO:-0400',
      'END:STANDARD',
      'END:VTIMEZONE',
      // Lunch every day of the week but Wednesday; Thursday's moved to the terrace, an hour later.
      'BEGIN:VEVENT',
      'UID:lunch@example.org',
      'DTSTAMP:20140401T000000Z',
      'SUMMARY:Lunch',
      'LOCATION:Hall',
      'DTSTART;TZID=America/Santiago:20140428T130000',
      'DTEND;TZID=America/Santiago:20140428T140000',
      'RRULE:FREQ=DAILY;COUNT=5',
      'EXDATE;TZID=America/Santiago:20140430T130000',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:lunch@example.org',
      'DTSTAMP:20140401T000000Z',
      'SUMMARY:Lunch on the terrace',
      'LOCATION:Terrace',
      'RECURRENCE-ID;TZID=America/Santiago:20140501T130000',
      'DTSTART;TZID=America/Santiago:20140501T140000',
      'DTEND;TZID=America/Santiago:20140501T150000',
      'END:VEVENT',
      // A weekly meeting with no end must not run forever.
      'BEGIN:VEVENT',
      'UID:weekly@example.org',
      'DTSTAMP:20140401T000000Z',
      'SUMMARY:Weekly call',
      'DTSTART:20140428T150000Z',
      'DURATION:PT30M',
      'RRULE:FREQ=WEEKLY',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const { sessions } = await readICalendar(ics);
    const lunches = sessions.filter((s) => s.title?.startsWith('Lunch'));
    expect(lunches.map((s) => [s.start, s.title, s.room])).to.deep.equal([
      ['2014-04-28T17:00:00.000Z', 'Lunch', 'Hall'],
      ['2014-04-29T17:00:00.000Z', 'Lunch', 'Hall'],
      ['2014-05-01T18:00:00.000Z', 'Lunch on the terrace', 'Terrace'],
      ['2014-05-02T17:00:00.000Z', 'Lunch', 'Hall'],
    ]);
    expect(lunches[2]!.end).to.equal('2014-05-01T19:00:00.000Z');
    // Ids stay distinct (favourites and calendar UIDs refer to them) and stable.
    expect(new Set(lunches.map((s) => s.id)).size).to.equal(4);
    expect(lunches[0]!.id).to.equal('lunch@example.org/2014-04-28T17:00:00.000Z');
    const weekly = sessions.filter((s) => s.title === 'Weekly call');
    expect(weekly).to.have.length(MAX_OCCURRENCES);
    expect(weekly[1]).to.deep.include({ start: '2014-05-05T15:00:00.000Z', end: '2014-05-05T15:30:00.000Z' });
  });
  it('places a TZID the file does not define by the IANA zone it names (Pentabarf, 28C3)', async () => {
    const schedule = await readICalendar(await fetch('/tests/fixtures/ical-pentabarf-28c3.ics').then((r) => r.text()));
    const [talk] = schedule.sessions;
    // 16:00 in Berlin in December is 15:00 UTC; DURATION gives the end; folded lines are unfolded.
    expect(talk).to.deep.include({
      id: '4816@28C3@pentabarf.org',
      title: 'the summary is here',
      start: '2011-12-29T15:00:00.000Z',
      end: '2011-12-29T16:00:00.000Z',
      room: 'Saal 1',
      track: 'Lecture',
      description: 'Some Description',
    });
    expect(schedule.event?.timeZone).to.equal('Europe/Berlin');
  });

  it("uses each event's own IANA zone even when it differs from X-WR-TIMEZONE, across a DST change", async () => {
    const schedule = await readICalendar(await fetch('/tests/fixtures/ical-traps.ics').then((r) => r.text()));
    expect(schedule.event).to.deep.include({ name: 'Semana de datos abiertos', timeZone: 'America/Santiago' });
    const [paris, santiago, windows] = schedule.sessions;
    // 10:00 in Paris on 12 March 2024 (CET, UTC+1), not 10:00 in Santiago.
    expect(paris).to.deep.include({ start: '2024-03-12T09:00:00.000Z', end: '2024-03-12T10:30:00.000Z' });
    // Chile leaves summer time at midnight on 7 April 2024: 23:00 is UTC−3 (its first occurrence), 01:00 UTC−4.
    expect(santiago).to.deep.include({ start: '2024-04-07T02:00:00.000Z', end: '2024-04-07T05:00:00.000Z' });
    // A Windows zone name is no IANA zone: the time stays wall-clock, in the calendar's zone.
    expect(windows).to.deep.include({ start: '2024-04-08T09:00:00', end: '2024-04-08T10:00:00' });
  });

  it('decodes quoted-printable values in their charset and reads HTML descriptions as text', async () => {
    const [paris, santiago, windows] = (await readICalendar(await fetch('/tests/fixtures/ical-traps.ics').then((r) => r.text()))).sessions;
    expect(paris).to.deep.include({
      title: 'Datos abiertos en París',
      description: 'Café y medialunas para quien llegue a tiempo; la sesión se transmite.',
      room: 'Salón Bolsa',
    });
    expect(santiago!.description).to.equal('Bring a laptop.\nQ&A after\u00a0the talks.');
    expect(windows!.description).to.equal('Only an HTML description.');
  });

  it('names speakers from ATTENDEE CN (not rooms or non-participants), else from ORGANIZER', async () => {
    const schedule = await readICalendar(await fetch('/tests/fixtures/ical-traps.ics').then((r) => r.text()));
    const [paris, santiago, windows] = schedule.sessions;
    expect(paris!.speakers).to.deep.equal([
      { name: 'Ana Núñez', id: 'Ana Núñez' },
      { name: 'Jean Dupont', id: 'Jean Dupont' },
    ]);
    expect(santiago!.speakers![0]).to.equal(paris!.speakers![0]);
    expect(windows!.speakers).to.deep.equal([]);
    expect(schedule.speakers!.map((s) => s.name)).to.deep.equal(['Ana Núñez', 'Jean Dupont']);
  });

  it('reads a real camp feed with repeated UIDs, padded values and speakers as ORGANIZER (MOCA 2024)', async () => {
    const schedule = await readICalendar(await fetch('/tests/fixtures/ical-moca-2024.ics').then((r) => r.text()));
    expect(schedule.sessions).to.have.length(6);
    const [closing, forensics, boot, gulp] = schedule.sessions;
    expect(closing).to.deep.include({
      id: '46939',
      title: 'Closing ceremony',
      room: 'XOR',
      description: undefined,
      start: '2024-09-15T13:00:00.000Z',
    });
    expect(forensics!.speakers).to.deep.equal([{ name: 'Luca Mercatanti', id: 'Luca Mercatanti' }]);
    expect(boot!.description).to.contain('system integrity.\n\nAnother interesting feature');
    expect(gulp!.speakers!.map((s) => typeof s === 'object' && s.name)).to.deep.equal(['Valerio Lupi, Gabriele Zuddas']);
    expect(schedule.event?.timeZone).to.equal(undefined);
  });

  describe('damage stays local', () => {
    const calendar = (...lines: string[]) =>
      ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...lines, 'END:VCALENDAR'].join('\r\n');
    const event = (uid: string, ...lines: string[]) => ['BEGIN:VEVENT', `UID:${uid}`, `SUMMARY:${uid}`, ...lines, 'END:VEVENT'];
    /** Each session's id, start and end (none when it ends as it starts: ical.js's end of an event without one). */
    const starts = async (ics: string) =>
      (await readICalendar(ics)).sessions.map((s) => [s.id, s.start, s.end === s.start ? undefined : s.end]);

    it('reads a file with a byte-order mark, and every calendar of a stream', async () => {
      const one = calendar(...event('a', 'DTSTART:20240506T090000Z'));
      const two = calendar(...event('b', 'DTSTART:20240507T090000Z'));
      expect(await starts(`\uFEFF${one}\r\n${two}`)).to.deep.equal([
        ['a', '2024-05-06T09:00:00.000Z', undefined],
        ['b', '2024-05-07T09:00:00.000Z', undefined],
      ]);
    });

    it('leaves out a line it cannot read, and keeps the rest of its event and calendar', async () => {
      const ics = calendar(
        ...event('a', 'DTSTART:20240506T090000Z', 'a line without a colon', 'DTEND;X-A:20240506T100000Z'),
        'stray text between events',
        ...event('b', 'DTSTART:20240506T090000Z', 'DTEND:20240506T100000Z'),
      );
      expect(await starts(ics)).to.deep.equal([
        ['a', '2024-05-06T09:00:00.000Z', undefined],
        ['b', '2024-05-06T09:00:00.000Z', '2024-05-06T10:00:00.000Z'],
      ]);
      // Outside every calendar, text is not iCalendar.
      expect(await readICalendar(`${ics}\r\ngarbage`).catch((e: unknown) => e)).to.be.instanceOf(DataReadError);
    });

    it('keeps an event without the end, rule, EXDATE or RDATE it cannot read, and drops an override it cannot place', async () => {
      const ics = calendar(
        ...event('end', 'DTSTART:20240506T090000Z', 'DTEND:nope'),
        ...event('duration', 'DTSTART:20240506T090000Z', 'DURATION:bogus'),
        ...event('rule', 'DTSTART:20240506T090000Z', 'RRULE:FREQ=BOGUS'),
        ...event('until', 'DTSTART:20240506T090000Z', 'RRULE:FREQ=DAILY;UNTIL=garbage'),
        ...event('exdate', 'DTSTART:20240506T090000Z', 'RRULE:FREQ=DAILY;COUNT=2', 'EXDATE:bad'),
        ...event('rdate', 'DTSTART:20240506T090000Z', 'RDATE:bad'),
        ...event('exdate', 'RECURRENCE-ID:bad', 'DTSTART:20240506T150000Z'),
      );
      expect(await starts(ics)).to.deep.equal([
        ['end', '2024-05-06T09:00:00.000Z', undefined],
        ['duration', '2024-05-06T09:00:00.000Z', undefined],
        ['rule', '2024-05-06T09:00:00.000Z', undefined],
        ['until', '2024-05-06T09:00:00.000Z', undefined],
        ['exdate/2024-05-06T09:00:00.000Z', '2024-05-06T09:00:00.000Z', undefined],
        ['exdate/2024-05-07T09:00:00.000Z', '2024-05-07T09:00:00.000Z', undefined],
        ['rdate', '2024-05-06T09:00:00.000Z', undefined],
      ]);
    });

    it('leaves out, as unplaced, an event whose start does not exist, rather than moving it to a later date', async () => {
      const ics = calendar(
        ...event('feb30', 'DTSTART;VALUE=DATE:20240230'),
        ...event('month13', 'DTSTART:20241345T090000Z'),
        ...event('hour25', 'DTSTART:20240506T250000Z'),
      );
      expect(await starts(ics)).to.deep.equal([
        ['feb30', undefined, undefined],
        ['month13', undefined, undefined],
        ['hour25', undefined, undefined],
      ]);
    });

    it('counts DTSTART as the first occurrence: RDATEs add to it, a COUNT below 1 leaves it alone', async () => {
      const ics = calendar(
        ...event('rdate', 'DTSTART:20240506T090000Z', 'RDATE:20240601T090000Z,20240506T090000Z'),
        ...event('zero', 'DTSTART:20240506T090000Z', 'RRULE:FREQ=DAILY;COUNT=0'),
        ...event('minus', 'DTSTART:20240506T090000Z', 'RRULE:FREQ=DAILY;COUNT=-1'),
      );
      expect((await starts(ics)).map(([id]) => id)).to.deep.equal([
        'rdate/2024-05-06T09:00:00.000Z',
        'rdate/2024-06-01T09:00:00.000Z',
        'zero',
        'minus',
      ]);
    });
  });
});
