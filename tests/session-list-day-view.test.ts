import { expect } from '@open-wc/testing';
import type { Schedule, Speaker } from '../src/data/schedule.js';
import { buildView, dayLabel, NO_FILTERS, zoneLabel, type ScheduleView, type ViewInput } from '../src/elements/session-list/day-view.js';
import { placeSchedule, type ScheduleModel } from '../src/elements/session-list/place-sessions.js';

const words = { allDay: 'All day', from: (time: string) => `from ${time}` };
let model: ScheduleModel;

const view = (input: Partial<ViewInput> = {}, on: ScheduleModel = model): ScheduleView =>
  buildView(on, {
    locale: 'en',
    zone: 'America/Santiago',
    now: Date.parse('2020-01-01T00:00:00Z'),
    filters: NO_FILTERS,
    favorites: new Set(),
    selectedDay: '',
    allDays: false,
    grid: false,
    words,
    ...input,
  });

const sessions = (v: ScheduleView) => v.days.flatMap((d) => d.slots.flatMap((s) => s.sessions));
const byTitle = (v: ScheduleView, title: string) => sessions(v).find((s) => s.session.title === title)!;

describe('session list day view (pure)', () => {
  before(async () => {
    const schedule: Schedule = await fetch('/demo/data/popluscon-schedule.json').then((r) => r.json());
    model = placeSchedule(schedule, undefined, 'UTC');
  });

  it('shows the first day outside the event, in time slots, with every day’s count', () => {
    const v = view();
    expect(v.activeDay).to.equal('2014-04-29');
    expect(v.days.map((d) => [d.day, d.label, d.zone, d.shown, d.total])).to.deep.equal([
      ['2014-04-29', 'Tuesday, April 29', 'Chile Time (GMT-4)', 20, 20],
    ]);
    expect(v.days[0]!.slots.slice(0, 3).map((s) => s.label)).to.deep.equal(['9:00 AM', '9:30 AM', '10:00 AM']);
    expect([...v.matches]).to.deep.equal([
      ['2014-04-29', 20],
      ['2014-04-30', 21],
    ]);
    expect(v.size).to.equal(20);
    expect(v.next).to.equal(undefined);
  });

  it('writes each session’s time: a range, "from" without an end, and the day shift in another zone', () => {
    expect(byTitle(view(), 'Apps vs. APIs').time).to.equal('11:00 AM – 12:00 PM');
    expect(byTitle(view(), 'Lunch').time).to.equal('from 1:00 PM');
    const tokyo = view({ zone: 'Asia/Tokyo' });
    expect(tokyo.days[0]!.zone).to.equal('Japan Standard Time (GMT+9)');
    expect(byTitle(tokyo, 'Party at Girardi 1305')).to.include({ shift: 1, time: 'from 8:00 AM' });
    expect(byTitle(tokyo, 'Registration').shift).to.equal(0);
  });

  it('names the day of an end that falls on a later day: a night session, a two-day hackathon', () => {
    const long = placeSchedule(
      {
        event: { id: 'long', timeZone: 'America/Santiago' },
        sessions: [
          { id: 'n', title: 'Night', start: '2014-04-29T22:00', end: '2014-04-30T04:00' },
          { id: 'h', title: 'Hackathon', start: '2014-04-29T10:00', end: '2014-04-30T16:00' },
          { id: 'm', title: 'To midnight', start: '2014-04-29T22:00', end: '2014-04-30T00:00' },
        ],
      },
      undefined,
      'UTC',
    );
    const v = view({}, long);
    expect(['Night', 'Hackathon', 'To midnight'].map((title) => byTitle(v, title).time)).to.deep.equal([
      '10:00 PM – Wed 4:00 AM',
      '10:00 AM – Wed 4:00 PM',
      '10:00 PM – 12:00 AM',
    ]);
  });

  it('filters and counts per day; a chosen day stays chosen', () => {
    const v = view({ filters: { ...NO_FILTERS, track: 'Building Poplus' } });
    expect([...v.matches.values()]).to.deep.equal([0, 4]);
    expect(v.days[0]!.shown).to.equal(0);
    expect(v.days[0]!.slots).to.deep.equal([]);
    const second = view({ filters: { ...NO_FILTERS, query: 'MAPPING' }, selectedDay: '2014-04-30' });
    expect(sessions(second).map((s) => s.session.title)).to.deep.equal(['Mapping/modeling relationships between people']);
    const mine = view({ filters: { ...NO_FILTERS, mine: true }, favorites: new Set(['d1-s1-green', 'd2-s4-red']) });
    expect([...mine.matches.values()]).to.deep.equal([1, 1]);
  });

  it('opens on today while the event is on, marks what is under way and finds the next slot', () => {
    const v = view({ now: Date.parse('2014-04-30T11:45:00-04:00') });
    expect(v.activeDay).to.equal('2014-04-30');
    expect(sessions(v).filter((s) => s.current)).to.have.length(4);
    expect(v.next?.time).to.equal('12:20 PM');
    // A session without an end lasts until the next one starts (Lunch at 13:00, Networking at 14:00).
    const lunch = view({ now: Date.parse('2014-04-29T13:30:00-04:00') });
    expect(
      sessions(lunch)
        .filter((s) => s.current)
        .map((s) => s.session.title),
    ).to.deep.equal(['Lunch']);
  });

  it('places sessions in the grid: a column per room, a row per time boundary', () => {
    const v = view({ grid: true, selectedDay: '2014-04-30' });
    const day = v.days[0]!;
    expect(day.rooms).to.deep.equal(['Red room', 'Grey room', 'Green room', 'Pink room']);
    const grey = sessions(v).find((s) => s.session.room === 'Grey room')!;
    expect(grey.column).to.equal('3');
    expect(grey.row).to.match(/^\d+ \/ \d+$/);
    // A session in no room (a plenary) spans every column.
    expect(sessions(v).find((s) => !s.session.room)!.column).to.equal('2 / -1');
    expect(view().days[0]!.slots[0]!.row).to.equal('');
  });

  it('draws every day for printing', () => {
    const v = view({ allDays: true });
    expect(v.days.map((d) => d.day)).to.deep.equal(['2014-04-29', '2014-04-30']);
    expect(v.size).to.equal(41);
  });

  it('names a zone without a name of its own once, by its offset', () => {
    const at = Date.parse('2014-04-29T12:00:00Z');
    expect(zoneLabel('en', 'UTC', at)).to.equal('GMT+0');
    expect(zoneLabel('en', 'Etc/GMT-3', at)).to.equal('GMT+3');
    expect(zoneLabel('en', 'America/Santiago', at)).to.equal('Chile Time (GMT-4)');
    expect(zoneLabel('en', 'America/Santiago', at, false)).to.equal('Chile Time');
    expect(dayLabel('es', '2014-04-29')).to.equal('mar, 29 abr');
  });

  it('shows all-day items first, in a slot of their own', () => {
    const allDay = placeSchedule(
      {
        sessions: [
          { id: 'a', title: 'Talk', start: '2024-10-27T10:00', end: '2024-10-27T11:00' },
          { id: 'b', title: 'Hackathon', start: '2024-10-27' },
        ],
      },
      'Europe/Berlin',
      'UTC',
    );
    const v = view({ zone: 'Europe/Berlin', grid: true }, allDay);
    expect(v.days[0]!.slots.map((s) => [s.label, s.row])).to.deep.equal([
      ['All day', '2'],
      ['10:00 AM', '3'],
    ]);
    expect(byTitle(v, 'Hackathon')).to.include({ time: 'All day', row: '2' });
    expect(byTitle(v, 'Talk').row).to.equal('3 / 4');
  });
});

describe('placing a programme: track colours and speakers', () => {
  it('keeps only valid CSS colours, and nothing that reads the page’s own properties', () => {
    const placed = placeSchedule(
      {
        tracks: [
          { name: 'Open data', color: '#1a7f37' },
          { name: 'Hostile', color: 'red; background: url(https://example.org/x)' },
          { name: 'Variable', color: 'var(--poplus-color-accent)' },
          { name: 'Words', color: 'not a colour' },
          { name: 'Modern', color: 'oklch(60% 0.15 250)' },
        ],
        sessions: ['Open data', 'Hostile', 'Variable', 'Words', 'Modern', 'None'].map((track, i) => ({
          id: String(i),
          title: track,
          track,
          start: `2014-04-29T1${i}:00`,
        })),
      },
      'UTC',
      'UTC',
    );
    expect(placed.sessions.map((s) => [s.track, s.color])).to.deep.equal([
      ['Open data', '#1a7f37'],
      ['Hostile', undefined],
      ['Variable', undefined],
      ['Words', undefined],
      ['Modern', 'oklch(60% 0.15 250)'],
      ['None', undefined],
    ]);
  });

  it('fills a session’s speakers from the programme’s list by id, and keeps only safe links', () => {
    const placed = placeSchedule(
      {
        speakers: [{ id: 'p1', name: 'Ana Núñez', tagline: 'Developer', url: 'javascript:alert(1)' }],
        sessions: [
          {
            id: 'a',
            start: '2014-04-29T10:00',
            speakers: [
              'p1',
              { id: 'p1' } as Speaker,
              { name: 'Tom', id: 'p2', url: 'https://example.org/tom' },
              'Eve',
              { id: 'p3' } as Speaker,
            ],
          },
        ],
      },
      'UTC',
      'UTC',
    );
    expect(placed.sessions[0]!.speakers).to.deep.equal([
      { id: 'p1', name: 'Ana Núñez', tagline: 'Developer' },
      { id: 'p1', name: 'Ana Núñez', tagline: 'Developer' },
      { id: 'p2', name: 'Tom', url: 'https://example.org/tom' },
      { name: 'Eve' },
    ]);
  });
});
