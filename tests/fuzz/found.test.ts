import { expect } from '@open-wc/testing';
import '../../src/elements/session-list/session-list.js';
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
});
