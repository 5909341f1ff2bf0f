import { expect } from '@open-wc/testing';
import { DataReadError } from '../../src/data/errors.js';
import { fromFrab, parseFrabDuration } from '../../src/data/frab.js';
import { isFrabSchedule } from '../../src/data/schedule.js';

describe('frab / pretalx schedule.json adapter', () => {
  let camp: unknown;
  before(async () => {
    camp = await fetch('/tests/fixtures/frab-camp2019.json').then((r) => r.json());
  });

  it('reads the Chaos Communication Camp 2019 export', () => {
    expect(isFrabSchedule(camp)).to.equal(true);
    const schedule = fromFrab(camp);
    expect(schedule.event).to.deep.include({
      id: 'Camp2019',
      name: 'Chaos Communication Camp 2019',
      timeZone: 'Europe/Berlin',
      start: '2019-08-21',
    });
    expect(schedule.sessions).to.have.length(79);
  });

  it("takes each talk's full date with its offset, and adds the duration for the end", () => {
    const opening = fromFrab(camp).sessions.find((s) => s.title === 'Opening Ceremony')!;
    expect(opening).to.deep.include({
      start: '2019-08-21T11:00:00+02:00',
      end: '2019-08-21T09:30:00.000Z',
      room: 'Curie',
      track: 'CCC',
      kind: 'lecture',
    });
    expect(opening.speakers).to.deep.equal([
      { name: 'jinxx', id: '7797' },
      { name: 'smtw', id: '4827' },
    ]);
    expect(opening.id).to.equal('a0a0fcfe-b7fb-46e3-84b6-97a5406016b4');
    expect(opening.day).to.equal('2019-08-21');
  });

  it('keeps talks after midnight on the instant the export gives', () => {
    const late = fromFrab(camp).sessions.filter((s) => /T0[0-3]:/.test(s.start ?? ''));
    for (const s of late) expect(Date.parse(s.end!)).to.be.greaterThan(Date.parse(s.start!));
  });

  it('falls back to the day and start as wall-clock time when a talk has no date; before 05:00 is the next morning', () => {
    const schedule = fromFrab({
      schedule: {
        conference: {
          title: 'T',
          time_zone_name: 'Europe/Berlin',
          days: [
            {
              date: '2024-10-26',
              rooms: {
                A: [
                  { start: '01:30', duration: '02:00', title: 'Across the change' },
                  { start: '9:00:00', duration: '1:00', title: 'Morning' },
                ],
              },
            },
          ],
        },
      },
    });
    // Summer time ends in Berlin at 03:00 on 27 October: the end stays wall-clock time for the element to place.
    expect(schedule.sessions[0]).to.deep.include({
      start: '2024-10-27T01:30:00',
      end: '2024-10-27T03:30:00',
      room: 'A',
      day: '2024-10-26',
    });
    expect(schedule.sessions[1]).to.deep.include({ start: '2024-10-26T09:00:00', end: '2024-10-26T10:00:00', day: '2024-10-26' });
  });

  it('leaves a talk on a day that does not exist unplaced, never on a later one', () => {
    const schedule = fromFrab({
      schedule: {
        conference: {
          days: [
            { date: '2019-02-30', rooms: { A: [{ start: '10:00', title: 'From the day' }] } },
            { date: '2019-08-21', rooms: { A: [{ date: '2019-02-30T11:00:00', start: '11:00', title: 'From its date' }] } },
          ],
        },
      },
    });
    expect(schedule.sessions.map((s) => s.start)).to.deep.equal([undefined, '2019-02-30T11:00:00']);
  });

  it('lists each speaker once, shared by their talks', () => {
    const schedule = fromFrab(camp);
    expect(schedule.speakers!.filter((s) => s.name === 'jinxx')).to.have.length(1);
    const ids = schedule.speakers!.map((s) => s.id ?? s.name);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('parses durations and rejects what is not frab', () => {
    expect(parseFrabDuration('00:30')).to.equal(30 * 60e3);
    expect(parseFrabDuration('1:15:30')).to.equal((75 * 60 + 30) * 1e3);
    expect(parseFrabDuration('soon')).to.equal(undefined);
    expect(() => fromFrab({ sessions: [] })).to.throw(DataReadError);
  });
});
