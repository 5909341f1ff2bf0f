import { expect } from '@open-wc/testing';
import { DataReadError } from '../../src/data/errors.js';
import { readSchedule, toSchedule } from '../../src/data/schedule.js';

const json = { contentType: 'application/json' };

const text = (path: string) => fetch(path).then((r) => r.text());

describe('schedule format (native JSON)', () => {
  it('reads the PoplusCon 2014 programme, converted from the real agenda', async () => {
    const schedule = await readSchedule(await text('/demo/data/popluscon-schedule.json'), json);
    expect(schedule.event).to.include({ id: 'popluscon-2014', timeZone: 'America/Santiago' });
    expect(schedule.sessions).to.have.length(41);
    const vote = schedule.sessions.find((s) => s.id === 'd1-s1-red')!;
    expect(vote.title).to.equal("Let's build an international vote schema");
    // Chile left summer time on 27 April 2014: 11:00 in Santiago on the 29th is UTC−4.
    expect(vote.start).to.equal('2014-04-29T11:00:00-04:00');
    expect(new Date(vote.start!).toISOString()).to.equal('2014-04-29T15:00:00.000Z');
  });

  it('converts every PoplusCon session and agenda row from sessions.json', async () => {
    const source = JSON.parse(await text('/demo/data/sessions.json'));
    const schedule = await readSchedule(await text('/demo/data/popluscon-schedule.json'), json);
    const rows = source.days.flatMap((d: { agenda: { session_ids?: string[] }[] }) => d.agenda.filter((r) => !r.session_ids));
    expect(schedule.sessions.length).to.equal(source.sessions.length + rows.length);
    for (const s of source.sessions) expect(schedule.sessions.find((x) => x.id === s.id)?.title).to.equal(s.title);
  });

  it("keeps the programme's tracks and speakers, objects only", () => {
    const schedule = toSchedule({
      sessions: [],
      tracks: [{ name: 'Open data', color: '#0a0' }, 3],
      speakers: [null, { id: 'a', name: 'Ana' }],
    });
    expect(schedule.tracks).to.deep.equal([{ name: 'Open data', color: '#0a0' }]);
    expect(schedule.speakers).to.deep.equal([{ id: 'a', name: 'Ana' }]);
    expect(toSchedule({ sessions: [], tracks: 'none' }).tracks).to.equal(undefined);
  });

  it('accepts a bare array of sessions and drops what is not an object', () => {
    expect(toSchedule([{ title: 'A' }, null, 3, 'x']).sessions).to.deep.equal([{ title: 'A' }]);
  });

  it('rejects JSON that is not a schedule, naming the format', async () => {
    expect(() => toSchedule({ people: [] }))
      .to.throw(DataReadError)
      .with.property('subject', 'schedule JSON');
    const error = await readSchedule('{"sessions": [', json).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(DataReadError).with.property('kind', 'parse');
  });

  it('chooses the adapter from the content: frab, iCalendar or native', async () => {
    const frab = await readSchedule(await text('/tests/fixtures/frab-camp2019.json'), { contentType: 'application/json' });
    expect(frab.event?.name).to.equal('Chaos Communication Camp 2019');
    const ics = await readSchedule(await text('/tests/fixtures/civic-tech-weekend.ics'), { contentType: 'text/plain' });
    expect(ics.event?.name).to.equal('Civic Tech Weekend 2024');
    const native = await readSchedule('{"sessions": []}', { contentType: 'application/json', format: 'json' });
    expect(native.sessions).to.deep.equal([]);
  });
  it('reads each format named by the format attribute, whatever the media type says', async () => {
    const fixtures: [string, string, string | undefined][] = [
      ['frab', '/tests/fixtures/frab-camp2019.json', 'Chaos Communication Camp 2019'],
      ['frab-json', '/tests/fixtures/frab-camp2019.json', 'Chaos Communication Camp 2019'],
      ['frab-xml', '/tests/fixtures/frab-38c3.xml', '38C3'],
      ['xml', '/tests/fixtures/frab-31c3.xml', '31. Chaos Communication Congress'],
      ['sessionize', '/tests/fixtures/sessionize-dddmelbourne-2024.json', undefined],
      ['pretalx', '/tests/fixtures/pretalx-jcconf-2025.json', undefined],
      ['ics', '/tests/fixtures/civic-tech-weekend.ics', 'Civic Tech Weekend 2024'],
    ];
    for (const [format, path, name] of fixtures) {
      const schedule = await readSchedule(await text(path), { contentType: 'text/plain', format });
      expect(schedule.sessions.length, format).to.be.greaterThan(0);
      expect(schedule.event?.name, format).to.equal(name);
    }
  });
});
