import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/elements/participant-table/participant-table.js';
import type { PoplusParticipantTable } from '../src/elements/participant-table/participant-table.js';
import { nextFrames } from './helpers.js';

/** The table follows the host page: no row cut by its box, no word cut in two, separators in the reader's language. */

const root = (el: Element) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector)!;
const qa = <T extends Element = HTMLElement>(el: Element, selector: string) => [...root(el).querySelectorAll<T>(selector)];

/** The words of an element's text that the browser split over two lines. */
function brokenWords(element: Element): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of node.textContent!.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (lines.size > 1) broken.push(match[0]);
    }
  }
  return broken;
}

/** The demo's table of organisations, as the demo page sets it up. */
const demoTable = () =>
  fixture<PoplusParticipantTable>(html`<poplus-participant-table
    lang="en"
    src="/demo/data/organisations.json"
    columns="name country roles url"
    column-labels='{"roles": "Roles at Poplus"}'
    sort="name"
    caption="Organisations named on poplus.org"
    export-button
  ></poplus-participant-table>`);

describe('<poplus-participant-table> layout', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const [width, height] of [
    [1440, 900],
    [375, 800],
  ] as const) {
    describe(`in a page ${width} px wide`, () => {
      before(() => setViewport({ width, height }));

      it("sizes a small table to its content: every row's box lies wholly inside the table's box", async () => {
        const el = await demoTable();
        await oneEvent(el, 'poplus-load');
        await nextFrames();
        const scroller = q(el, '[part="scroller"]');
        const box = scroller.getBoundingClientRect();
        const rows = qa(el, 'tr[part="row"]');
        expect(rows).to.have.length(16);
        for (const row of rows) {
          const r = row.getBoundingClientRect();
          expect(r.top, row.textContent!).to.be.at.least(box.top - 0.5);
          expect(r.bottom, row.textContent!).to.be.at.most(box.bottom + 0.5);
        }
        expect(scroller.scrollHeight).to.be.at.most(scroller.clientHeight + 1);
      });

      it('breaks no header and no name, country or role inside a word', async () => {
        const el = await demoTable();
        await oneEvent(el, 'poplus-load');
        await nextFrames();
        for (const header of qa(el, 'thead button')) expect(brokenWords(header), header.textContent!).to.deep.equal([]);
        for (const row of qa<HTMLTableRowElement>(el, 'tr[part="row"]')) {
          for (const cell of [...row.cells].slice(0, 3)) expect(brokenWords(cell), cell.textContent!).to.deep.equal([]);
        }
      });
    });
  }

  it('leaves a field a record does not give out of its card in a narrow page, label and all', async () => {
    await setViewport({ width: 375, height: 800 });
    const el = await demoTable();
    await oneEvent(el, 'poplus-load');
    await nextFrames();
    const openNorth = qa<HTMLTableRowElement>(el, 'tr[part="row"]').find((row) => row.textContent!.includes('Open North'))!;
    const shown = [...openNorth.cells].filter((cell) => cell.getBoundingClientRect().height > 0);
    expect(shown.map((cell) => cell.dataset['label'])).to.deep.equal(['Name', 'Roles at Poplus']);
  });

  describe('a windowed table', () => {
    before(() => setViewport({ width: 1000, height: 900 }));
    const many = Array.from({ length: 400 }, (_, i) => ({ name: `Person ${i + 1}`, country: ['CL', 'AR', 'MX'][i % 3] }));

    /** The rows a reader sees in part (under the sticky header, inside the box) all lie wholly inside. */
    function expectWholeRows(el: PoplusParticipantTable) {
      const scroller = q(el, '[part="scroller"]');
      const box = scroller.getBoundingClientRect();
      const top = q(el, 'thead').getBoundingClientRect().bottom;
      const bottom = box.top + scroller.clientTop + scroller.clientHeight;
      const seen = qa(el, 'tr[part="row"]').filter((row) => {
        const r = row.getBoundingClientRect();
        return r.bottom > top + 0.5 && r.top < bottom - 0.5;
      });
      expect(seen.length).to.be.above(3);
      for (const row of seen) {
        const r = row.getBoundingClientRect();
        expect(r.top, row.textContent!).to.be.at.least(top - 0.5);
        expect(r.bottom, row.textContent!).to.be.at.most(bottom + 0.5);
      }
    }

    it('takes the height the host sets, cut to whole rows', async () => {
      const el = await fixture<PoplusParticipantTable>(
        html`<poplus-participant-table lang="en" style="--poplus-table-max-height: 300px" .participants=${many}></poplus-participant-table>`,
      );
      await nextFrames();
      const scroller = q(el, '[part="scroller"]');
      expect(scroller.getBoundingClientRect().height).to.be.at.most(300);
      expect(scroller.getBoundingClientRect().height).to.be.above(200);
      expectWholeRows(el);
    });

    it('shows whole rows at the top, and after the keyboard moves to the end', async () => {
      const el = await fixture<PoplusParticipantTable>(
        html`<poplus-participant-table lang="en" .participants=${many}></poplus-participant-table>`,
      );
      await nextFrames();
      expectWholeRows(el);
      q(el, 'tr[part="row"]').focus();
      await sendKeys({ press: 'End' });
      await waitUntil(() => root(el).activeElement?.textContent?.includes('Person 400'), 'the last row was not focused');
      await nextFrames();
      expectWholeRows(el);
    });
  });

  it('puts the separator of the reader’s language between a column and its sort action', async () => {
    const el = await fixture<PoplusParticipantTable>(
      html`<div lang="ar" dir="rtl"><poplus-participant-table .participants=${[{ name: 'Ana', role: ['a', 'b'] }]}></poplus-participant-table></div>`,
    ).then((div) => div.querySelector('poplus-participant-table')!);
    await waitUntil(() => q(el, 'thead th span')?.textContent === 'الاسم', 'Arabic did not load');
    expect(q(el, 'thead .visually-hidden').textContent).to.equal('، ترتيب تصاعدي');
    expect(qa<HTMLTableRowElement>(el, 'tr[part="row"]')[0]!.cells[1]!.textContent).to.equal('a، b');
  });
});
