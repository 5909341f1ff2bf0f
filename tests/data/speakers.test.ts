import { expect } from '@open-wc/testing';
import { DataReadError } from '../../src/data/errors.js';
import { adaptParticipants, cellText, isSchedule, readParticipants } from '../../src/data/participants.js';
import type { Schedule } from '../../src/data/schedule.js';
import { speakersOf } from '../../src/data/speakers.js';
import { expectTotal, rejection } from './checks.js';

const text = (path: string) => fetch(path).then((r) => r.text());

const programme = {
  event: { id: 'civic-tech-day', name: 'Civic Tech Day' },
  sessions: [
    {
      id: 's1',
      title: 'Opening',
      speakers: [{ id: 'ana', name: 'Ana Núñez' }, 'Tom Steinberg'],
    },
    { id: 's2', title: 'Parliament data', speakers: [{ id: 'ana' }, { name: 'Tom Steinberg', url: 'https://example.org/tom' }] },
    { id: 's3', title: 'Break' },
    { id: 's4', title: 'Opening', speakers: [{ name: 'Ana Núñez', id: 'ana' }] },
  ],
};

describe('participant adapters: speakers of a programme', () => {
  it('reads the speakers of the real frab export of Chaos Communication Camp 2019, recognised by its shape', async () => {
    const { fields, records } = await readParticipants(await text('/tests/fixtures/frab-camp2019.json'), {
      contentType: 'application/json',
    });
    expect(fields).to.deep.equal(['id', 'name', 'sessions']);
    // 96 appearances of 90 people in 79 talks.
    expect(records).to.have.length(90);
    const ruedi = records.find((r) => r['name'] === 'ruedi')!;
    expect(ruedi['sessions']).to.deep.equal([
      'Math Protected Social Interactions',
      'Nachhaltige Blockchains: statt Digital und Dreckig',
      'Wisdom of OS: An Inquiry into the Limits of the Possible',
    ]);
  });

  it('makes one row per speaker, by id else by name, with the titles of their sessions', async () => {
    const { fields, records } = await adaptParticipants(programme, 'schedule');
    expect(fields).to.deep.equal(['id', 'name', 'url', 'sessions']);
    expect(records).to.deep.equal([
      { id: 'ana', name: 'Ana Núñez', sessions: ['Opening', 'Parliament data'] },
      { name: 'Tom Steinberg', url: 'https://example.org/tom', sessions: ['Opening', 'Parliament data'] },
    ]);
  });

  it('takes what the programme’s speaker list says of each, sessions referring to them by id', () => {
    // Data as files hold it: a session may name a speaker by id alone, which the type does not foresee.
    const schedule = {
      speakers: [
        {
          id: 'sp-1',
          name: 'Khairil Yusof',
          image: 'https://example.org/k.jpg',
          tagline: 'Coordinator',
          organization: 'Sinar Project',
          links: [{ title: 'Site', url: 'https://sinarproject.org' }],
        },
        { id: 'sp-2', name: 'Listed, not speaking', url: 'https://example.org/l' },
      ],
      sessions: [
        { title: 'Parliament watch', speakers: [{ id: 'sp-1', name: 'K. Yusof' }, 'sp-2'] },
        { title: 'Open data', speakers: ['sp-1', { id: 'nobody-listed' }] },
      ],
    } as unknown as Schedule;
    const data = speakersOf(schedule);
    expect(data.fields).to.deep.equal(['id', 'name', 'image', 'organization', 'role', 'url', 'sessions']);
    expect(data.records[0]).to.deep.equal({
      id: 'sp-1',
      name: 'Khairil Yusof',
      image: 'https://example.org/k.jpg',
      organization: 'Sinar Project',
      role: 'Coordinator',
      url: 'https://sinarproject.org',
      sessions: ['Parliament watch', 'Open data'],
    });
    expect(data.records[1]).to.deep.equal({
      id: 'sp-2',
      name: 'Listed, not speaking',
      url: 'https://example.org/l',
      sessions: 'Parliament watch',
    });
    // An id no one lists, with no name, cannot be shown.
    expect(data.skipped).to.equal(1);
  });

  it('tells a programme from a list of people', () => {
    expect(isSchedule(programme)).to.equal(true);
    expect(isSchedule({ schedule: { conference: { title: 'x' } } })).to.equal(true);
    expect(isSchedule({ sessions: [], people: [{ name: 'Ana' }] })).to.equal(false);
    expect(isSchedule([{ title: 'x', speakers: [] }])).to.equal(false);
    expect(isSchedule({ persons: [] })).to.equal(false);
  });

  it('reads people, not speakers, from an object that also lists people', async () => {
    const { records } = await readParticipants(
      JSON.stringify({ sessions: [{ title: 'x', speakers: ['Ana'] }], people: [{ name: 'Tom' }] }),
      {
        contentType: 'application/json',
      },
    );
    expect(records).to.deep.equal([{ name: 'Tom' }]);
  });

  it('reads a bare array of sessions when the page names the format', async () => {
    const { records } = await readParticipants('[{"title": "Keynote", "speakers": ["Ana"]}]', { format: 'speakers' });
    expect(records).to.deep.equal([{ name: 'Ana', sessions: 'Keynote' }]);
  });

  it('reports a programme without speakers as nothing to show, in JSON and in iCalendar', async () => {
    const json = await rejection(readParticipants('{"sessions": [{"title": "Lunch"}]}', { contentType: 'application/json' }));
    expect(json).to.be.instanceOf(DataReadError).with.property('nothingUsable', true);
    const ics = await rejection(readParticipants(await text('/tests/fixtures/civic-tech-weekend.ics'), { contentType: 'text/calendar' }));
    expect(ics).to.be.instanceOf(DataReadError).with.property('nothingUsable', true);
    expect(await adaptParticipants({ sessions: [] }, 'schedule')).to.deep.equal({ fields: [], records: [], skipped: 0 });
  });

  it('is total: nulls, numbers, lists and objects anywhere give records or a DataReadError', async () => {
    const count = await expectTotal((value) => adaptParticipants(value, 'schedule'), programme);
    expect(count).to.be.greaterThan(100);
    const withList = { ...programme, speakers: [{ id: 'ana', name: { en: 'Ana', es: 'Ana N.' }, image: 'https://example.org/a.jpg' }] };
    expect(await expectTotal((value) => speakersOf(value as Schedule), withList)).to.be.greaterThan(100);
    expect(cellText(speakersOf(withList as unknown as Schedule).records[0]!['name'], 'es')).to.equal('Ana N.');
  });
});
