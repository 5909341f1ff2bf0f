import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from './helpers.js';

/**
 * The main job: the PoplusCon 2014 demo page (demo/index.html), loading the built one-file bundle under the
 * demo's strict Content-Security-Policy, with every element reading the real data it ships with.
 */
const text = (root: ParentNode | null | undefined) => (root?.textContent ?? '').replace(/\s+/g, ' ');

describe('the PoplusCon 2014 demo page', () => {
  let doc: Document;
  let win: Window & { cspViolations?: string[] };
  const errors: string[] = [];

  /** axe over the whole page; the test server loads axe into it, as a script of its own origin. */
  async function axeViolations(): Promise<string[]> {
    type Results = { violations: { id: string; nodes: { target: unknown }[] }[] };
    const { violations } = await (win as unknown as { axe: { run(context: Document): Promise<Results> } }).axe.run(doc);
    return violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }

  before(async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '1200px';
    frame.style.height = '900px';
    document.body.append(frame);
    await new Promise<void>((resolve) => {
      frame.addEventListener('load', () => resolve(), { once: true });
      frame.src = '/demo/index.html';
    });
    win = frame.contentWindow!;
    win.addEventListener('error', (e) => errors.push(e.message));
    win.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
    doc = frame.contentDocument!;
    for (const tag of ['poplus-event-banner', 'poplus-session-list', 'poplus-participant-table', 'poplus-component-card']) {
      await win.customElements.whenDefined(tag);
    }
  });

  it('shows the banner as the page heading', () => {
    const banner = doc.querySelector('poplus-event-banner')!;
    const h1 = banner.shadowRoot!.querySelector('h1')!;
    expect(text(h1).trim()).to.equal('Welcome to #PoplusCon');
    expect(text(banner.shadowRoot!.querySelector('[part="dates"]'))).to.match(/Dates: .*29.*30.*2014/);
    expect(text(banner.shadowRoot!.querySelector('[part="location"]'))).to.equal('Location: Santiago, Chile');
  });

  it('shows the real programme with one tab per day', async () => {
    const list = doc.querySelector('poplus-session-list')!;
    await waitUntil(() => text(list.shadowRoot).includes('Registration'), 'the programme did not load', { timeout: 8000 });
    expect(list.shadowRoot!.querySelectorAll('[role="tab"]')).to.have.length(2);
    expect(text(list.shadowRoot)).to.include('Red room');
  });

  it('shows the organisations in a table', async () => {
    const table = doc.querySelector('poplus-participant-table')!;
    await waitUntil(() => (table.shadowRoot?.querySelectorAll('tbody tr').length ?? 0) > 0, 'the table did not load', { timeout: 8000 });
    const root = table.shadowRoot!;
    expect(root.querySelector('table')!.getAttribute('aria-rowcount')).to.equal('17');
    expect(text(root.querySelector('caption'))).to.include('Organisations named on poplus.org');
    expect(text(root.querySelector('tbody'))).to.include('mySociety');
  });

  it('shows the catalogue of Poplus components, each named by a heading link', async () => {
    const cards = [...doc.querySelectorAll('poplus-component-card')];
    expect(cards).to.have.length(8);
    await waitUntil(() => cards.every((card) => card.shadowRoot?.querySelector('h3 a')), 'the cards did not load', { timeout: 8000 });
    const names = cards.map((card) => text(card.shadowRoot!.querySelector('h3')).trim());
    expect(names).to.include.members(['WriteIt', 'MapIt', 'SayIt', 'PopIt']);
  });

  it('passes axe as a whole page, elements and host content together', async () => {
    expect(await axeViolations()).to.deep.equal([]);
  });

  it('passes axe again in dark mode, in Arabic, right to left', async () => {
    await emulateMedia({ 'prefers-color-scheme': 'dark' });
    doc.documentElement.lang = 'ar';
    doc.documentElement.dir = 'rtl';
    const list = doc.querySelector('poplus-session-list')!;
    await waitUntil(() => text(list.shadowRoot).includes('جلسة'), 'the programme did not switch to Arabic', { timeout: 8000 });
    expect(win.matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
    const violations = await axeViolations();
    await emulateMedia({});
    expect(violations).to.deep.equal([]);
  });

  it('runs with no script error and no CSP violation', () => {
    expect(errors).to.deep.equal([]);
    expect(win.cspViolations).to.deep.equal([]);
  });
});
