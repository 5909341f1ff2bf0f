import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/event-banner/event-banner.js';
import '../src/elements/participant-table/participant-table.js';
import type { PoplusEventBanner } from '../src/elements/event-banner/event-banner.js';
import type { PoplusParticipantTable } from '../src/elements/participant-table/participant-table.js';

/** Which catalogue a language tag gets, as the reader sees it: the banner's spoken labels and dates. */
describe('languages', () => {
  const said = (el: Element, selector: string) => (el.shadowRoot!.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

  // The dates are the browser's own range format for the language.
  const range = (lang: string) =>
    new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).formatRange(new Date('2014-04-29T00:00:00Z'), new Date('2014-04-30T00:00:00Z'));

  for (const [lang, label] of [
    ['zh-TW', '日期'],
    ['zh-Hant-HK', '日期'],
    ['ms-MY', 'Tarikh'],
    // No Simplified Chinese catalogue: English words (never Traditional characters), Chinese dates.
    ['zh-CN', 'Dates'],
  ] as const) {
    it(`speaks ${lang}`, async () => {
      const el = await fixture<PoplusEventBanner>(html`<poplus-event-banner lang=${lang} heading="PoplusCon" start="2014-04-29" end="2014-04-30"></poplus-event-banner>`);
      await el.updateComplete;
      expect(said(el, '[part="dates"] .visually-hidden')).to.equal(`${label}:`);
      expect(said(el, '[part="dates"]')).to.equal(`${label}: ${range(lang)}`.replace(/\s+/g, ' '));
    });
  }

  it('labels the table controls and summary in Traditional Chinese and Malay', async () => {
    const people = [{ name: 'Ana' }, { name: 'Ben' }];
    const zh = await fixture<PoplusParticipantTable>(html`<poplus-participant-table lang="zh-TW" sort="name" .participants=${people}></poplus-participant-table>`);
    const ms = await fixture<PoplusParticipantTable>(html`<poplus-participant-table lang="ms" sort="name" .participants=${people}></poplus-participant-table>`);
    await zh.updateComplete;
    await ms.updateComplete;
    expect(said(zh, '.summary')).to.equal('2 位參與者中的 2 位，依姓名排序');
    expect(said(ms, '.summary')).to.equal('2 daripada 2 peserta, diisih mengikut Nama');
    expect(zh.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!.labels![0]!.textContent!.trim()).to.equal('搜尋');
  });
});
