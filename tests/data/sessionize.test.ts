import { expect } from '@open-wc/testing';
import { DataReadError } from '../../src/data/errors.js';
import { readSchedule } from '../../src/data/schedule.js';
import { fromSessionize } from '../../src/data/sessionize.js';

const text = (path: string) => fetch(path).then((r) => r.text());

describe('Sessionize "All Data" adapter', () => {
  let ddd: unknown;
  before(async () => {
    ddd = JSON.parse(await text('/tests/fixtures/sessionize-dddmelbourne-2024.json'));
  });

  it('reads DDD Melbourne 2024: sessions with their room, speakers and categories', () => {
    const schedule = fromSessionize(ddd);
    expect(schedule.sessions.map((s) => s.title)).to.deep.equal([
      'Scaling a Monolith - What to expect if your product idea actually takes off',
      'Your website does not need JavaScript',
      'Technical Interview Processes - Surely We Can Do Better',
      'Choose your own pen-test adventure!',
    ]);
    const pentest = schedule.sessions[3]!;
    expect(pentest).to.deep.include({
      id: '553280',
      start: '2024-03-16T14:30:00',
      end: '2024-03-16T15:15:00',
      room: 'Supper (top)',
      kind: '45 minutes',
      level: 'Mostly intermediate',
    });
    expect(pentest.speakers!.map((s) => typeof s === 'object' && s.name)).to.deep.equal(['James Hercock', 'James Trotter']);
    expect(pentest.description).to.match(/^In this interactive talk.*next\.\r\n\r\nAt each stage/s);
  });

  it('gives no time zone: Sessionize times are wall-clock times that the page places with time-zone', () => {
    const schedule = fromSessionize(ddd);
    expect(schedule.event?.timeZone).to.equal(undefined);
    for (const s of schedule.sessions) expect(s.start).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
  });

  it('keeps each speaker once, with picture, tagline, biography and links, shared by their sessions', () => {
    const schedule = fromSessionize(ddd);
    expect(schedule.speakers).to.have.length(5);
    const amy = schedule.speakers!.find((s) => s.name === 'Amy Kapernick')!;
    expect(amy).to.deep.include({
      id: 'd387e75c-ed26-4dc6-8612-0f18abdfd9f5',
      image: 'https://sessionize.com/image/deb6-400o400o1-QGFohiqJFBwktSCPBQmNZF.JPG',
      tagline: 'Senior front-end developer, Speaker, Mentor, Dog Lover',
    });
    expect(amy.links).to.deep.equal([
      { title: 'X (Twitter)', url: 'https://twitter.com/amys_kapers' },
      { title: 'Company Website', url: 'https://amyskapers.dev' },
    ]);
    expect(schedule.sessions[1]!.speakers![0]).to.equal(amy);
  });

  it('takes no multi-choice category ("Tags") for the track', () => {
    const schedule = fromSessionize(ddd);
    expect(schedule.sessions.map((s) => s.track)).to.deep.equal([undefined, undefined, undefined, undefined]);
    expect(schedule.tracks).to.equal(undefined);
  });

  it('reads the "Track" category, service and plenum sessions, embedded categories and missing references', () => {
    const schedule = fromSessionize(
      {
        sessions: [
          { id: '1', title: 'Registration', startsAt: '2025-05-10T08:00:00', isServiceSession: true, speakers: [], categoryItems: [] },
          {
            id: '2',
            title: 'Keynote',
            startsAt: '2025-05-10T09:00:00',
            isPlenumSession: true,
            speakers: ['a', 'nobody'],
            roomId: 7,
            categoryItems: [11],
          },
          { id: '3', title: 'Unscheduled', startsAt: null, endsAt: null, speakers: [{ id: 'b', name: 'Bea' }], roomId: 99 },
          {
            id: '4',
            title: 'Older export',
            startsAt: '2025-05-10T10:00:00',
            categories: [{ id: 1, name: 'Track', categoryItems: [{ id: 12, name: 'Civic tech' }] }],
            recordingUrl: 'https://example.org/video',
          },
          'not a session',
        ],
        speakers: [{ id: 'a', firstName: 'Ana', lastName: 'Núñez' }, { id: 'c' }],
        rooms: [{ id: 7, name: 'Main hall' }],
        categories: [
          { id: 1, title: 'Track', items: [{ id: 11, name: 'Open data' }], type: 'session' },
          { id: 2, title: 'City', items: [{ id: 21, name: 'Santiago' }], type: 'speaker' },
        ],
        questions: [],
      },
      { hint: { url: 'https://sessionize.com/api/v2/jl4ktls0/view/All' } },
    );
    expect(schedule.event).to.deep.equal({ id: 'sessionize-jl4ktls0' });
    const [registration, keynote, unscheduled, older] = schedule.sessions;
    expect(registration).to.deep.include({ kind: 'break', room: undefined });
    expect(keynote).to.deep.include({ kind: 'plenary', room: 'Main hall', track: 'Open data' });
    expect(keynote!.speakers).to.deep.equal([{ name: 'Ana Núñez', id: 'a' }]);
    expect(unscheduled).to.deep.include({ start: undefined, room: undefined });
    expect(unscheduled!.speakers).to.deep.equal([{ name: 'Bea', id: 'b' }]);
    expect(older).to.deep.include({ track: 'Civic tech', links: [{ url: 'https://example.org/video' }] });
    expect(schedule.sessions).to.have.length(4);
    expect(schedule.tracks).to.deep.equal([{ name: 'Open data' }]);
  });

  it('is recognised by its shape, strips a byte-order mark, and fails with a parse error naming Sessionize', async () => {
    const json = `\uFEFF${await text('/tests/fixtures/sessionize-dddmelbourne-2024.json')}`;
    const schedule = await readSchedule(json, { contentType: 'application/json', url: 'https://sessionize.com/api/v2/abc/view/All' });
    expect(schedule.event?.id).to.equal('sessionize-abc');
    expect(schedule.sessions).to.have.length(4);
    const broken = await readSchedule('{"sessions": [', { format: 'sessionize' }).catch((e: unknown) => e);
    expect(broken).to.be.instanceOf(DataReadError).and.include({ kind: 'parse', subject: 'Sessionize JSON' });
    for (const value of [null, [], { speakers: [] }, 'text']) {
      expect(() => fromSessionize(value))
        .to.throw(DataReadError)
        .with.property('subject', 'Sessionize JSON');
    }
  });
});
