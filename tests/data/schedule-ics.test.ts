import { expect } from '@open-wc/testing';
import { escapeText, foldLine, writeICalendar } from '../../src/elements/session-list/ics.js';
import { placeSchedule } from '../../src/elements/session-list/place-sessions.js';
import { dayInZone, instantAt, offsetAt, parseScheduleTime } from '../../src/shared/time-zone.js';

const encoder = new TextEncoder();

describe('time-zone arithmetic (Intl)', () => {
  it("knows Santiago's offset around the end of Chilean summer time in April 2014", () => {
    expect(offsetAt(Date.parse('2014-04-26T12:00:00Z'), 'America/Santiago') / 36e5).to.equal(-3);
    expect(offsetAt(Date.parse('2014-04-29T15:00:00Z'), 'America/Santiago') / 36e5).to.equal(-4);
  });

  it('turns wall-clock time into instants across DST gaps and overlaps', () => {
    expect(new Date(instantAt(Date.UTC(2014, 3, 29, 11, 0, 0), 'America/Santiago')).toISOString()).to.equal('2014-04-29T15:00:00.000Z');
    // 02:30 on 31 March 2024 does not exist in Berlin: it moves forward to 03:30 CEST.
    expect(new Date(instantAt(Date.UTC(2024, 2, 31, 2, 30, 0), 'Europe/Berlin')).toISOString()).to.equal('2024-03-31T01:30:00.000Z');
    // 02:30 on 27 October 2024 happens twice: the first one (CEST) is taken.
    expect(new Date(instantAt(Date.UTC(2024, 9, 27, 2, 30, 0), 'Europe/Berlin')).toISOString()).to.equal('2024-10-27T00:30:00.000Z');
  });

  it('reads ISO times: offsets are instants, bare times are wall-clock in the zone, dates are all-day', () => {
    expect(parseScheduleTime('2014-04-29T11:00:00-04:00', 'Asia/Tokyo')).to.deep.equal({
      ms: Date.parse('2014-04-29T15:00:00Z'),
      allDay: false,
    });
    expect(parseScheduleTime('2014-04-29T11:00', 'America/Santiago')).to.deep.equal({
      ms: Date.parse('2014-04-29T15:00:00Z'),
      allDay: false,
      floating: true,
    });
    expect(parseScheduleTime('2014-04-29', 'America/Santiago')?.allDay).to.equal(true);
    for (const bad of ['', 'soon', '2014-13-01T10:00', '11:00', null, 5]) expect(parseScheduleTime(bad, 'UTC')).to.equal(undefined);
    expect(dayInZone(Date.parse('2014-04-29T23:00:00Z'), 'Asia/Tokyo')).to.equal('2014-04-30');
  });

  it('reads only dates and times that exist; 24:00 is the end of the day', () => {
    for (const bad of [
      '2014-02-30',
      '2014-02-29',
      '1900-02-29',
      '2014-04-31T10:00',
      '2014-04-29T25:00',
      '2014-04-29T24:30',
      '2014-04-29T10:60',
    ]) {
      expect(parseScheduleTime(bad, 'UTC'), bad).to.equal(undefined);
    }
    for (const bad of ['2014-02-30T10:00:00+02:00', '2014-04-29T10:00:00+24:00', '2014-04-29T10:00:00-03:60']) {
      expect(parseScheduleTime(bad, 'UTC'), bad).to.equal(undefined);
    }
    expect(parseScheduleTime('2016-02-29', 'UTC')?.ms).to.equal(Date.parse('2016-02-29T00:00:00Z'));
    expect(parseScheduleTime('2000-02-29T10:00:00+05:30', 'UTC')?.ms).to.equal(Date.parse('2000-02-29T04:30:00Z'));
    expect(parseScheduleTime('2014-04-29T24:00', 'UTC')?.ms).to.equal(Date.parse('2014-04-30T00:00:00Z'));
    expect(parseScheduleTime('2014-04-29T10:00:00.1239Z', 'UTC')?.ms).to.equal(Date.parse('2014-04-29T10:00:00.123Z'));
  });

  it('reads the years 0–99 as written (not as 1900–1999), in every zone', () => {
    expect(parseScheduleTime('0099-06-01T10:00:00Z', 'UTC')?.ms).to.equal(Date.parse('0099-06-01T10:00:00Z'));
    expect(parseScheduleTime('0050-03-01T12:00', 'UTC')?.ms).to.equal(Date.parse('0050-03-01T12:00:00Z'));
    // Before time zones, Santiago kept its local mean time, 4 h 42 min 45 s behind UTC.
    expect(offsetAt(Date.parse('0001-06-01T00:00:00Z'), 'America/Santiago')).to.equal(-(4 * 3600 + 42 * 60 + 45) * 1000);
    // Year 0 is 1 BC, which Intl numbers by its era.
    expect(dayInZone(Date.parse('0000-06-01T10:00:00Z'), 'Asia/Tokyo')).to.equal('0000-06-01');
    // Past the years 0–9999, no `YYYY-MM-DD` day: the session list leaves such sessions out.
    for (const [instant, zone] of [
      ['0000-01-01T00:00:00Z', 'America/Santiago'],
      ['9999-12-31T23:59:59Z', 'Asia/Kuala_Lumpur'],
    ] as const) {
      expect(dayInZone(Date.parse(instant), zone)).not.to.match(/^\d{4}-\d{2}-\d{2}$/);
    }
    // At the ends of what a Date holds, a zone keeps its offset (and nothing throws).
    expect(Number.isFinite(offsetAt(8.64e15, 'Asia/Kuala_Lumpur') + offsetAt(-8.64e15, 'America/Santiago'))).to.equal(true);
  });
});

describe('iCalendar writer (RFC 5545)', () => {
  const model = placeSchedule(
    {
      event: { id: 'popluscon-2014', name: 'PoplusCon 2014', timeZone: 'America/Santiago' },
      sessions: [
        {
          id: 'd1-s1-red',
          title: "Let's build an international vote schema; a long title, with commas, to fold past seventy-five octets — ñandú",
          start: '2014-04-29T11:00:00-04:00',
          end: '2014-04-29T12:00:00-04:00',
          room: 'Red room',
          description: 'Line one\nLine two \\ backslash',
        },
        { id: 'day', title: 'Hackathon', start: '2014-04-30' },
      ],
    },
    undefined,
    'UTC',
  );
  const ics = writeICalendar(model.sessions, {
    eventId: model.eventId,
    name: model.name,
    timeZone: model.timeZone,
    now: Date.parse('2014-04-01T00:00:00Z'),
  });

  it('writes CRLF lines of at most 75 octets, folded without splitting characters', () => {
    expect(ics.endsWith('\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(encoder.encode(line).length).to.be.at.most(75);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).to.contain(
      `SUMMARY:${escapeText("Let's build an international vote schema; a long title, with commas, to fold past seventy-five octets — ñandú")}`,
    );
    expect(unfolded).not.to.contain('\uFFFD');
  });

  it('has the required properties, UTC times and escaped text', () => {
    expect(ics).to.match(/^BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:/);
    expect(ics).to.contain('UID:d1-s1-red@popluscon-2014.poplus-elements\r\n');
    expect(ics).to.contain('DTSTAMP:20140401T000000Z\r\n');
    expect(ics).to.contain('DTSTART:20140429T150000Z\r\nDTEND:20140429T160000Z\r\n');
    expect(ics).to.contain('DTSTART;VALUE=DATE:20140430\r\nDTEND;VALUE=DATE:20140501\r\n');
    expect(ics).to.contain('X-WR-TIMEZONE:America/Santiago\r\n');
    expect(ics.replace(/\r\n /g, '')).to.contain('DESCRIPTION:Line one\\nLine two \\\\ backslash\r\n');
    expect(escapeText('a,b;c')).to.equal('a\\,b\\;c');
    expect(foldLine('x'.repeat(80)).split('\r\n ')).to.have.length(2);
  });

  it('writes what ical.js reads back', async () => {
    const { default: ICAL } = await import('ical.js');
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events[0]!.summary).to.contain('ñandú');
    expect(events[0]!.startDate.toUnixTime()).to.equal(Date.parse('2014-04-29T15:00:00Z') / 1000);
    expect(events[1]!.startDate.isDate).to.equal(true);
  });
});
