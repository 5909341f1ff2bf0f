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
      { name: 'jinxx', id: '7797', url: undefined },
      { name: 'smtw', id: '4827', url: undefined },
    ]);
    expect(opening.id).to.equal('a0a0fcfe-b7fb-46e3-84b6-97a5406016b4');
    expect(opening.day).to.equal('2019-08-21');
  });

  it('keeps talks after midnight on the instant the export gives', () => {
    const late = fromFrab(camp).sessions.filter((s) => /T0[0-3]:/.test(s.start ?? ''));
    for (const s of late) expect(Date.parse(s.end!)).to.be.greaterThan(Date.parse(s.start!));
  });

  it('falls back to the day and start as wall-clock time when a talk has no date', () => {
    const schedule = fromFrab({
      schedule: {
        conference: {
          title: 'T',
          time_zone_name: 'Europe/Berlin',
          days: [{ date: '2024-10-27', rooms: { A: [{ start: '01:30', duration: '02:00', title: 'Across the change' }] } }],
        },
      },
    });
    expect(schedule.sessions[0]).to.deep.include({ start: '2024-10-27T01:30', end: '2024-10-27T03:30:00', room: 'A', day: '2024-10-27' });
  });

  it('parses durations and rejects what is not frab', () => {
    expect(parseFrabDuration('00:30')).to.equal(30 * 60e3);
    expect(parseFrabDuration('1:15:30')).to.equal((75 * 60 + 30) * 1e3);
    expect(parseFrabDuration('soon')).to.equal(undefined);
    expect(() => fromFrab({ sessions: [] })).to.throw(DataReadError);
  });
});
