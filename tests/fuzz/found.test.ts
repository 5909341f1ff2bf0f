import { expect } from '@open-wc/testing';
import '../../src/elements/session-list/session-list.js';
import { fromRecords, readParticipants, toCell } from '../../src/data/participants.js';
import { adaptSchedule } from '../../src/data/schedule.js';
import { eachOnNew, feed, useFuzzEnvironment, type DataHost } from './harness.js';

/**
 * The smallest input of each defect the fuzz suite found and that has since been fixed, kept as regression
 * tests. (Defects still open are in known-defects.ts.)
 */
describe('fuzz: defects found and fixed', () => {
  useFuzzEnvironment();

  /** What a session list shows of a programme, fed through the fuzz harness (which fails on any error in the page). */
  async function shownBy(sessions: unknown): Promise<{ titles: string[]; note: string }> {
    const shown = { titles: [] as string[], note: '' };
    await eachOnNew(
      () => Object.assign(document.createElement('poplus-session-list') as DataHost, { lang: 'en' }),
      (el, _: undefined, errors) =>
        feed(
          el,
          errors,
          {
            property: 'sessions',
            items: '[part~="session"]',
            interact: async (e) => {
              const root = e.shadowRoot!;
              shown.titles = [...root.querySelectorAll('[part="title"]')].map((t) => t.textContent!.trim());
              shown.note = root.querySelector('.skipped')?.textContent?.trim() ?? '';
            },
          },
          [{ kind: 'value', value: sessions }],
        ),
    )(undefined);
    return shown;
  }

  it('YEAR_EDGE: a session whose day in the event’s zone is past 9999 (or before year 0) is left out, and the list still draws', async () => {
    // 23:59:59 UTC on the last day of 9999 is 1 January 10000 in Kuala Lumpur.
    const east = await shownBy({
      event: { timeZone: 'Asia/Kuala_Lumpur' },
      sessions: [
        { title: 'Last talk', start: '9999-12-31T23:59:59Z' },
        { title: 'Kept on the last day', start: '9999-12-31T12:00:00Z' },
      ],
    });
    expect(east.titles).to.deep.equal(['Kept on the last day']);
    expect(east.note).to.equal('Left out, without a readable start time (1): Last talk.');
    // Midnight UTC on 1 January of year 0 is still year −1 in Santiago.
    const west = await shownBy({
      event: { timeZone: 'America/Santiago' },
      sessions: [
        { title: 'First talk', start: '0000-01-01T00:00:00Z' },
        { title: 'Kept on the first day', start: '0000-01-01T12:00:00Z' },
      ],
    });
    expect(west.titles).to.deep.equal(['Kept on the first day']);
    expect(west.note).to.equal('Left out, without a readable start time (1): First talk.');
  });

  it('DATE_LIMIT: a frab talk at the last instant a Date holds is kept, without an end, and the rest of the schedule read', async () => {
    const talk = { title: 'At the end of time', date: '+275760-09-13T00:00:00Z', duration: '00:30' };
    const schedule = await adaptSchedule({ schedule: { conference: { days: [{ date: '2019-08-21', rooms: { A: [talk] } }] } } });
    expect(schedule.sessions.map((s) => s.title)).to.deep.equal(['At the end of time']);
    expect(schedule.sessions[0]!.end).to.equal(undefined);
    // The pretalx widget's duration, the same.
    const widget = await adaptSchedule(
      { talks: [{ code: 'A', title: 'T', start: '+275760-09-13T00:00:00Z', duration: 30 }], rooms: [] },
      'pretalx',
    );
    expect(widget.sessions.map((s) => [s.title, s.end])).to.deep.equal([['T', undefined]]);
  });

  it('PROTO_KEY: a "__proto__" field stays a field of its record (JSON and CSV), never the record\'s prototype', async () => {
    const [record] = fromRecords(JSON.parse('[{"name":"Ana","__proto__":{"en":"x"}}]')).records;
    expect(Object.getPrototypeOf(record), 'the record keeps a plain prototype').to.equal(Object.prototype);
    expect(Object.hasOwn(record!, '__proto__'), 'the field is kept as a field').to.equal(true);
    expect(toCell(record!['__proto__'])).to.deep.equal({ en: 'x' });
    const csv = await readParticipants('__proto__,country\nBen,CL\n', { contentType: 'text/csv' });
    expect(Object.getPrototypeOf(csv.records[0])).to.equal(Object.prototype);
    expect(csv.records[0]).to.deep.equal({ ['__proto__']: 'Ben', country: 'CL' });
  });

  it('DEEP_NAME: a name nested 100,000 objects deep is read to a bound, without overflowing the stack', async () => {
    const deepName = '{"name":'.repeat(100_000) + '"Ana"' + '}'.repeat(100_000);
    const { records, skipped } = await readParticipants(`[{"name":${deepName}}, {"name":"Tom"}]`, { contentType: 'application/json' });
    // Followed a few levels only: a name found no nearer than that is no name, and the record is left out.
    expect(skipped).to.equal(1);
    expect(records.map((r) => toCell(r['name']))).to.deep.equal(['Tom']);
  });
});
