import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../src/index.js';

/** The elements as items of a host page's flex and grid layouts (a sidebar beside them, a narrow column). */
describe('in the host page layout', () => {
  const elements = {
    'poplus-event-banner': html`<poplus-event-banner heading="Welcome to #PoplusCon"></poplus-event-banner>`,
    'poplus-participant-table': html`<poplus-participant-table .participants=${[{ name: 'Ana Núñez', country: 'CL' }]}></poplus-participant-table>`,
    'poplus-session-list': html`<poplus-session-list .sessions=${{ sessions: [{ title: 'Opening', start: '2014-04-29T10:00:00Z' }] }}></poplus-session-list>`,
  };

  for (const [tag, element] of Object.entries(elements)) {
    it(`${tag} keeps a usable width beside a sidebar in a flex row, and in an auto grid column`, async () => {
      const root = await fixture(html`<div>
        <div class="flex" style="display:flex;inline-size:1000px"><aside style="inline-size:200px">Sidebar</aside>${element}</div>
        <div class="grid" style="display:grid;grid-template-columns:auto 1fr;inline-size:1000px">${element}<div>Beside</div></div>
      </div>`);
      await nextFrame();
      for (const selector of ['.flex', '.grid']) {
        const el = root.querySelector(`${selector} ${tag}`)!;
        expect(el.getBoundingClientRect().width, selector).to.be.above(400);
      }
    });

    it(`${tag} shrinks to a narrow flex row without overflowing it`, async () => {
      const row = await fixture<HTMLElement>(html`<div style="display:flex;inline-size:300px">${element}</div>`);
      await nextFrame();
      const el = row.querySelector(tag)!;
      expect(el.getBoundingClientRect().width).to.be.closeTo(300, 1);
      expect(row.scrollWidth).to.be.at.most(300);
    });
  }
});
