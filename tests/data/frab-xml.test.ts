import { expect } from '@open-wc/testing';
import { DataReadError } from '../../src/data/errors.js';
import { readFrabXml } from '../../src/data/frab-xml.js';
import { readSchedule } from '../../src/data/schedule.js';

const text = (path: string) => fetch(path).then((r) => r.text());

/** The error a call throws, or a failure when it throws none. */
function thrown(read: () => unknown): unknown {
  try {
    read();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}

describe('frab schedule.xml adapter', () => {
  it('reads the 38C3 export: conference, zone, track colours, speakers with their guid', async () => {
    const schedule = readFrabXml(await text('/tests/fixtures/frab-38c3.xml'));
    expect(schedule.event).to.deep.include({ id: '38c3', name: '38C3', timeZone: 'Europe/Berlin', start: '2024-12-27' });
    expect(schedule.tracks).to.deep.include({ name: 'Art & Beauty', color: '#F9B000' });
    expect(schedule.tracks).to.have.length(7);
    expect(schedule.sessions.map((s) => s.title)).to.deep.equal([
      '38C3: Opening Ceremony',
      'Fnord-Nachrichtenrückblick 2024',
      'Investigating the Iridium Satellite Network',
      'A Competitive Time-Trial AI for Need for Speed: Most Wanted Using Deep Reinforcement Learning',
    ]);
    const opening = schedule.sessions[0]!;
    expect(opening).to.deep.include({
      id: '270fa44c-821a-577f-8ca3-33e8d4a8c2a7',
      start: '2024-12-27T10:30:00+01:00',
      end: '2024-12-27T10:00:00.000Z',
      room: 'Saal 1',
      track: 'CCC',
      kind: 'Ceremony',
      language: 'en',
      url: 'https://events.ccc.de/congress/2024/hub/de/event/38c3-opening-ceremony/',
    });
    expect(opening.speakers!.map((s) => typeof s === 'object' && s.id)).to.deep.equal([
      '0c16ffaa-709d-599f-959f-9a38b911361a',
      '4cee1e72-681f-5c8b-8dcd-8e58c8f4a445',
      '721a267b-b09d-5422-8221-4f9a71cfc727',
    ]);
    expect(schedule.speakers!.map((s) => s.name)).to.include.members(['Gabriela Bogk', 'Fefe', 'Sebastian Schwarz']);
  });

  it('keeps talks after midnight on the conference day, though the day starts in UTC', async () => {
    const schedule = readFrabXml(await text('/tests/fixtures/frab-38c3.xml'));
    const fnord = schedule.sessions.find((s) => s.title?.startsWith('Fnord'))!;
    expect(fnord).to.deep.include({ start: '2024-12-28T01:10:00+01:00', end: '2024-12-28T01:40:00.000Z', day: '2024-12-27' });
    // Multi-line descriptions keep their paragraphs.
    expect(schedule.sessions[2]!.description).to.contain('that way:\n\n                    - Overview');
  });

  it('reads an export without a zone whose talks carry their offset (31C3)', async () => {
    const schedule = readFrabXml(await text('/tests/fixtures/frab-31c3.xml'));
    expect(schedule.event?.timeZone).to.equal(undefined);
    expect(schedule.sessions[1]).to.deep.include({ title: '31C3 Keynote: A New Dawn', start: '2014-12-27T11:30:00+01:00' });
    const maha = schedule.sessions[2]!;
    expect(maha.links).to.deep.equal([
      { url: 'http://breitband.deutschlandradiokultur.de/brb140823/', title: 'Maha kurz bei Breitband zu diesem Thema' },
    ]);
    expect(maha.speakers).to.deep.equal([{ name: 'Martin Haase/maha', id: '4085' }]);
    expect(maha.track).to.equal('Ethics, Society & Politics');
  });

  it('places talks without <date> by the day and start: local bounds, 04:00 day ends, 26-hour talks', async () => {
    const schedule = readFrabXml(await text('/tests/fixtures/frab-traps-kolkata.xml'));
    expect(schedule.event?.timeZone).to.equal('Asia/Kolkata');
    const [opening, hackathon, panel, walk] = schedule.sessions;
    // The day starts at 23:30 UTC on 1 March, 05:00 in Kolkata on the 2nd: talks are wall-clock times of the 2nd.
    expect(opening).to.deep.include({ start: '2024-03-02T09:00:00', end: '2024-03-02T09:45:00', day: '2024-03-02', id: '1' });
    expect(hackathon).to.deep.include({ start: '2024-03-02T10:00:00', end: '2024-03-03T12:00:00' });
    expect(panel).to.deep.include({ start: '2024-03-02T23:30:00', end: '2024-03-03T00:30:00', room: 'Hall A' });
    // 01:30 is after midnight: the calendar date is the 3rd, the programme day stays the 2nd.
    expect(walk).to.deep.include({ start: '2024-03-03T01:30:00', end: '2024-03-03T03:30:00', day: '2024-03-02' });
  });

  it('reads escaped HTML as plain text, drops what is not text, and keeps one record per speaker', async () => {
    const schedule = readFrabXml(await text('/tests/fixtures/frab-traps-kolkata.xml'));
    const opening = schedule.sessions[0]!;
    expect(opening.description).to.equal('Bring a laptop and your questions.\nQ&A after the talks.');
    // Speakers without ids are one person by name, the same object in every session.
    expect(schedule.speakers).to.deep.equal([{ name: 'Ananya Sen' }, { name: 'Rahul Das' }]);
    expect(schedule.sessions[1]!.speakers![0]).to.equal(schedule.speakers![0]);
    // Links are passed on as data; the element keeps only http(s) and mailto ones.
    expect(opening.links).to.have.length(2);
    // Only valid CSS colours: a colour with url() or a second declaration is dropped, the track kept.
    expect(schedule.tracks).to.deep.equal([{ name: 'Open data', color: '#0a7d5a' }, { name: 'Hacking' }, { name: 'Policy' }]);
  });

  it('leaves the zone unset when nothing gives one: the times are wall-clock times for the page to place', async () => {
    const schedule = readFrabXml(await text('/tests/fixtures/frab-traps-no-zone.xml'));
    expect(schedule.event).to.deep.include({ name: 'Community Data Day', timeZone: undefined });
    expect(schedule.sessions[0]).to.deep.include({
      id: '4816',
      start: '2011-12-27T16:00:00',
      end: '2011-12-27T17:00:00',
      day: '2011-12-27',
    });
    expect(schedule.sessions[1]).to.deep.include({ start: '2011-12-28T00:30:00', day: '2011-12-27' });
  });

  it('fails with a parse error naming frab XML, never another kind of error', () => {
    const cases = [
      '<schedule><day date="2024-01-01"><room name="A"><event></room></day></schedule>',
      '<?xml version="1.0"?><html><body>Not a schedule</body></html>',
      '<!DOCTYPE schedule [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><schedule>&b;</schedule>',
      '',
    ];
    for (const input of [...cases, 42, null, { schedule: {} }]) {
      const error = thrown(() => readFrabXml(input));
      expect(error, String(input)).to.be.instanceOf(DataReadError);
      expect(error).to.include({ kind: 'parse', subject: 'frab XML' });
    }
  });

  it('is chosen for XML text, the c3voc media type or format="frab-xml"', async () => {
    const xml = await text('/tests/fixtures/frab-31c3.xml');
    for (const hint of [
      { contentType: 'application/vnd.c3voc.schedule+xml' },
      { contentType: 'text/plain' },
      { format: 'frab-xml' },
      { format: 'XML' },
    ]) {
      const schedule = await readSchedule(xml, hint);
      expect(schedule.event?.name, JSON.stringify(hint)).to.equal('31. Chaos Communication Congress');
    }
    const error = await readSchedule('<schedule><oops></schedule>', { format: 'pentabarf' }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(DataReadError).and.include({ subject: 'frab XML' });
  });
});
