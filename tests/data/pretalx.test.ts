import { expect } from '@open-wc/testing';
import { DataReadError } from '../../src/data/errors.js';
import { fromPretalx } from '../../src/data/pretalx.js';
import { readSchedule } from '../../src/data/schedule.js';

const text = (path: string) => fetch(path).then((r) => r.text());

/** What a promise rejects with (its value when it does not reject, which then fails the test's check). */
const rejection = (promise: Promise<unknown>): Promise<unknown> => promise.catch((e: unknown) => e);

describe('pretalx widget schedule.json adapter', () => {
  let jcconf: unknown;
  before(async () => {
    jcconf = JSON.parse(await text('/tests/fixtures/pretalx-jcconf-2025.json'));
  });

  it('reads JCConf 2025: zone, rooms and tracks by id, names in the page language else English', async () => {
    const schedule = await fromPretalx(jcconf);
    expect(schedule.event).to.deep.include({ timeZone: 'Asia/Taipei', start: '2025-09-19', end: '2025-09-19' });
    expect(schedule.sessions.map((s) => [s.id, s.title, s.room, s.track])).to.deep.equal([
      ['U8DEVV', 'Opening', '401', '401'],
      ['KRNWHV', '宣傳議程 - LINE', '401', 'Promotion'],
      ['8PBNXM', 'From the JDK 21 25: Langage, API, JVM (EN)', '401', '401'],
      ['XBXDYR', 'Break', '401', undefined],
      ['XEQMGG', '宣傳議程 - 宏庭科技', '401', 'Promotion'],
    ]);
  });

  it('takes the end as given, not the duration that contradicts it', async () => {
    const opening = (await fromPretalx(jcconf)).sessions[0]!;
    // pretalx says "duration": 45 for a 10-minute slot.
    expect(opening).to.deep.include({ start: '2025-09-19T09:25:00+08:00', end: '2025-09-19T09:35:00+08:00' });
    const noEnd = await fromPretalx({ talks: [{ code: 'A', title: 'T', start: '2025-09-19T09:25:00+08:00', duration: 30 }], rooms: [] });
    expect(noEnd.sessions[0]!.end).to.equal('2025-09-19T01:55:00.000Z');
  });

  it('keeps the track colours and the speakers with their avatars; a speaker code not listed is left out', async () => {
    const schedule = await fromPretalx(jcconf);
    expect(schedule.tracks).to.deep.include({ name: 'Promotion', color: '#C19D0C' });
    expect(schedule.tracks!.find((t) => t.color === '#954A45')!.name).to.equal('203');
    expect(schedule.speakers).to.deep.equal([
      { name: '許子謙', id: 'YP9HWC' },
      { name: '陳冠緯', id: '7KG87A', image: 'https://pretalx.com/media/avatars/7KG87A_6jQuab7.jpg' },
      { name: 'Rijo Sam', id: 'UB7VAB', image: 'https://pretalx.com/media/avatars/UB7VAB_oKSmZAp.jpg' },
    ]);
    // JZRPNT is not in this export's speakers.
    expect(schedule.sessions[2]!.speakers).to.deep.equal([]);
  });

  it('reads titles given per language, breaks without a submission, and the event from the URL', async () => {
    const schedule = await fromPretalx(
      {
        talks: [
          {
            code: 'ABC',
            title: { en: 'Open budgets', es: 'Presupuestos abiertos' },
            speakers: ['S1'],
            room: 1,
            track: 2,
            start: '2026-04-29T11:00:00-04:00',
            end: '2026-04-29T12:00:00-04:00',
          },
          { id: 9, title: { en: 'Lunch' }, room: 1, start: '2026-04-29T12:00:00-04:00', end: '2026-04-29T13:00:00-04:00' },
        ],
        rooms: [{ id: 1, name: { en: 'Red room', es: 'Sala roja' } }],
        tracks: [{ id: 2, name: 'Data', color: 'expression(alert(1))' }],
        speakers: [{ code: 'S1', name: 'Ana', biography: 'Civic technologist.', avatar: null }],
        timezone: 'America/Santiago',
      },
      { hint: { url: 'https://pretalx.com/democon/schedule/widgets/schedule.json' } },
    );
    expect(schedule.event?.id).to.equal('democon');
    expect(schedule.sessions[0]).to.deep.include({ title: 'Open budgets', room: 'Red room', track: 'Data', kind: undefined });
    expect(schedule.sessions[0]!.speakers).to.deep.equal([{ name: 'Ana', id: 'S1', bio: 'Civic technologist.' }]);
    expect(schedule.sessions[1]).to.deep.include({ id: '9', title: 'Lunch', kind: 'break' });
    expect(schedule.tracks).to.deep.equal([{ name: 'Data' }]);
  });

  it('is recognised by its shape, reads the frab export under format="pretalx", and fails naming pretalx', async () => {
    const widget = await readSchedule(await text('/tests/fixtures/pretalx-jcconf-2025.json'), { contentType: 'application/json' });
    expect(widget.event?.timeZone).to.equal('Asia/Taipei');
    const frab = await readSchedule(await text('/tests/fixtures/frab-camp2019.json'), { format: 'pretalx' });
    expect(frab.event?.name).to.equal('Chaos Communication Camp 2019');
    const broken = await rejection(readSchedule('{"talks": [}', { format: 'pretalx' }));
    expect(broken).to.be.instanceOf(DataReadError).and.include({ kind: 'parse', subject: 'pretalx JSON' });
    for (const value of [null, { rooms: [] }, 7]) {
      expect(await rejection(fromPretalx(value)))
        .to.be.instanceOf(DataReadError)
        .and.include({ subject: 'pretalx JSON' });
    }
  });
});
