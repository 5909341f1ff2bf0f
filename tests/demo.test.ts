import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from './helpers.js';

/**
 * The main job: the PoplusCon 2014 demo page (demo/index.html), loading the built one-file bundle under the
 * demo's strict Content-Security-Policy, with every element reading the real data it ships with.
 */
const text = (root: ParentNode | null | undefined) => (root?.textContent ?? '').replace(/\s+/g, ' ');
const TAGS = ['poplus-event-banner', 'poplus-session-list', 'poplus-participant-table', 'poplus-component-card'];

type DemoWindow = Window & typeof globalThis & { cspViolations?: string[]; axe: { run(context: Document): Promise<AxeResults> } };
type AxeResults = { violations: { id: string; nodes: { target: unknown }[] }[] };
interface Demo {
  frame: HTMLIFrameElement;
  win: DemoWindow;
  doc: Document;
  errors: string[];
}

/** Opens the demo in a frame of the given width (its own viewport: the page's media queries follow it). */
async function openDemo(query = '', width = 1200, page = 'index.html'): Promise<Demo> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '900px';
  frame.style.border = '0';
  document.body.append(frame);
  await new Promise<void>((resolve) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.src = `/demo/${page}${query}`;
  });
  const win = frame.contentWindow as DemoWindow;
  const errors: string[] = [];
  win.addEventListener('error', (e) => errors.push(e.message));
  win.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
  const doc = frame.contentDocument!;
  for (const tag of TAGS) if (doc.querySelector(tag)) await win.customElements.whenDefined(tag);
  return { frame, win, doc, errors };
}

/** Waits until every element shows its data: the programme, the table rows, each card's name. */
async function loaded({ doc }: Demo): Promise<void> {
  const list = doc.querySelector('poplus-session-list')!;
  const table = doc.querySelector('poplus-participant-table')!;
  const cards = [...doc.querySelectorAll('poplus-component-card')];
  await waitUntil(() => list.shadowRoot?.querySelector('[role="tab"]'), 'the programme did not load', { timeout: 8000 });
  await waitUntil(() => (table.shadowRoot?.querySelectorAll('tbody tr').length ?? 0) > 0, 'the table did not load', { timeout: 8000 });
  await waitUntil(() => cards.every((card) => card.shadowRoot?.querySelector('h3')), 'the cards did not load', { timeout: 8000 });
  await Promise.all(
    [...doc.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(TAGS.join())].map((el) => el.updateComplete),
  );
}

/** axe over the whole page; the test server loads axe into it, as a script of its own origin. */
async function axeViolations({ win, doc }: Demo): Promise<string[]> {
  const { violations } = await win.axe.run(doc);
  return violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

/** Picks an option of one of the page's switches, as a reader does (the change event bubbles to the form). */
function choose({ doc, win }: Demo, name: 'lang' | 'scheme', value: string): void {
  const select = doc.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
  select.value = value;
  select.dispatchEvent(new win.Event('change', { bubbles: true }));
}

/**
 * What a reader would see cut off or overflowing: the page scrolling sideways, an element wider than the
 * page, or a part of an element (in its shadow tree or slotted) outside the element's box. Parts inside a
 * scroll container (the table's rows) are reachable by scrolling and are not counted.
 */
function overflows({ doc, win }: Demo): string[] {
  const problems: string[] = [];
  const root = doc.documentElement;
  if (root.scrollWidth > root.clientWidth) problems.push(`the page is ${root.scrollWidth}px wide in a ${root.clientWidth}px window`);
  const parentOf = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
  const inScroller = (el: Element): boolean => {
    for (let node = parentOf(el); node && !TAGS.includes(node.localName); node = parentOf(node)) {
      if (['auto', 'scroll'].includes(win.getComputedStyle(node).overflowX)) return true;
    }
    return false;
  };
  const describe = (el: Element) => `${el.localName}${el.getAttribute('part') ? `[part="${el.getAttribute('part')}"]` : ''}`;
  for (const host of doc.querySelectorAll(TAGS.join())) {
    const box = host.getBoundingClientRect();
    if (box.left < -0.5 || box.right > root.clientWidth + 0.5) problems.push(`${host.localName} spans ${box.left}..${box.right}px`);
    const walk = (scope: ParentNode) => {
      for (const el of scope.querySelectorAll('*')) {
        const rect = el.getBoundingClientRect();
        const outside = rect.left < box.left - 1 || rect.right > box.right + 1;
        if (rect.width > 0 && rect.height > 0 && outside && !inScroller(el)) {
          problems.push(`${host.localName} › ${describe(el)} spans ${Math.round(rect.left)}..${Math.round(rect.right)}px`);
        }
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(host.shadowRoot!);
    walk(host);
  }
  return problems;
}

describe('the PoplusCon 2014 demo page', () => {
  let demo: Demo;
  before(async () => {
    demo = await openDemo();
  });
  after(() => demo.frame.remove());

  it('shows the banner as the page heading', () => {
    const banner = demo.doc.querySelector('poplus-event-banner')!;
    const h1 = banner.shadowRoot!.querySelector('h1')!;
    expect(text(h1).trim()).to.equal('Welcome to #PoplusCon');
    expect(text(banner.shadowRoot!.querySelector('[part="dates"]'))).to.match(/Dates: .*29.*30.*2014/);
    expect(text(banner.shadowRoot!.querySelector('[part="location"]'))).to.equal('Location: Santiago, Chile');
  });

  it('shows the real programme with one tab per day', async () => {
    const list = demo.doc.querySelector('poplus-session-list')!;
    await waitUntil(() => text(list.shadowRoot).includes('Registration'), 'the programme did not load', { timeout: 8000 });
    expect(list.shadowRoot!.querySelectorAll('[role="tab"]')).to.have.length(2);
    expect(text(list.shadowRoot)).to.include('Red room');
  });

  it('shows the organisations in a table, countries named from their ISO codes', async () => {
    const table = demo.doc.querySelector('poplus-participant-table')!;
    await waitUntil(() => (table.shadowRoot?.querySelectorAll('tbody tr').length ?? 0) > 0, 'the table did not load', { timeout: 8000 });
    const root = table.shadowRoot!;
    expect(root.querySelector('table')!.getAttribute('aria-rowcount')).to.equal('17');
    expect(text(root.querySelector('caption'))).to.include('Organisations named on poplus.org');
    expect(text(root.querySelector('tbody'))).to.include('mySociety');
    expect(text(root.querySelector('tbody'))).to.include('United Kingdom');
  });

  it('shows the catalogue of Poplus components, each named by a heading link', async () => {
    const cards = [...demo.doc.querySelectorAll('poplus-component-card')];
    expect(cards).to.have.length(8);
    await waitUntil(() => cards.every((card) => card.shadowRoot?.querySelector('h3 a')), 'the cards did not load', { timeout: 8000 });
    const names = cards.map((card) => text(card.shadowRoot!.querySelector('h3')).trim());
    expect(names).to.include.members(['WriteIt', 'MapIt', 'SayIt', 'PopIt']);
  });

  it('passes axe as a whole page, elements and host content together', async () => {
    await loaded(demo);
    expect(await axeViolations(demo)).to.deep.equal([]);
  });

  it('switches to Arabic from the language switch: the page and every element turn right to left, and the address keeps it', async () => {
    choose(demo, 'lang', 'ar');
    const { doc, win } = demo;
    expect(doc.documentElement.lang).to.equal('ar');
    expect(doc.documentElement.dir).to.equal('rtl');
    expect(new URLSearchParams(win.location.search).get('lang')).to.equal('ar');
    const list = doc.querySelector('poplus-session-list')!;
    await waitUntil(() => text(list.shadowRoot).includes('جلسة'), 'the programme did not switch to Arabic', { timeout: 8000 });
    for (const el of doc.querySelectorAll(TAGS.join())) {
      expect(win.getComputedStyle(el.shadowRoot!.firstElementChild!).direction, el.localName).to.equal('rtl');
    }
    const banner = doc.querySelector('poplus-event-banner')!;
    await waitUntil(() => text(banner.shadowRoot!.querySelector('h1')).includes('أهلًا بكم'), 'the banner heading did not follow');
    const table = doc.querySelector('poplus-participant-table')!;
    await waitUntil(() => text(table.shadowRoot!.querySelector('tbody')).includes('المملكة المتحدة'), 'countries are not named in Arabic');
    expect(doc.querySelector('nav a')!.textContent).to.equal('البرنامج');
    expect(await axeViolations(demo)).to.deep.equal([]);
  });

  it('passes axe again in dark mode, in Arabic, right to left', async () => {
    await emulateMedia({ 'prefers-color-scheme': 'dark' });
    expect(demo.win.matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
    const violations = await axeViolations(demo);
    await emulateMedia({});
    expect(violations).to.deep.equal([]);
  });

  it('sets the page colour scheme from the colour switch and keeps it in the address', () => {
    const { doc, win } = demo;
    const scheme = () => win.getComputedStyle(doc.documentElement).colorScheme;
    expect(scheme()).to.equal('light dark');
    choose(demo, 'scheme', 'dark');
    expect(scheme()).to.equal('dark');
    expect(new URLSearchParams(win.location.search).get('scheme')).to.equal('dark');
    choose(demo, 'scheme', 'light');
    expect(scheme()).to.equal('light');
    choose(demo, 'scheme', '');
    expect(scheme()).to.equal('light dark');
    expect(new URLSearchParams(win.location.search).has('scheme')).to.equal(false);
  });

  it('runs with no script error and no CSP violation', () => {
    expect(demo.errors).to.deep.equal([]);
    expect(demo.win.cspViolations).to.deep.equal([]);
  });
});

describe('the demo page opened from a link', () => {
  it('takes its language and colour scheme from the address', async () => {
    const demo = await openDemo('?lang=es&scheme=dark');
    const { doc, win } = demo;
    expect(doc.documentElement.lang).to.equal('es');
    expect(doc.documentElement.dir).to.equal('ltr');
    expect(doc.querySelector<HTMLSelectElement>('select[name="lang"]')!.value).to.equal('es');
    expect(win.getComputedStyle(doc.documentElement).colorScheme).to.equal('dark');
    await loaded(demo);
    expect(text(doc.querySelector('poplus-event-banner')!.shadowRoot!.querySelector('h1')).trim()).to.equal('Bienvenidos a #PoplusCon');
    await waitUntil(
      () => text(doc.querySelector('poplus-participant-table')!.shadowRoot).includes('Reino Unido'),
      'countries not in Spanish',
    );
    expect(demo.errors).to.deep.equal([]);
    expect(demo.win.cspViolations).to.deep.equal([]);
    demo.frame.remove();
  });
});

describe('the demo page on a phone (375 px)', () => {
  for (const query of ['', '?lang=ar']) {
    it(`cuts nothing and does not overflow the page${query ? ', in Arabic' : ''}`, async () => {
      const demo = await openDemo(query, 375);
      await loaded(demo);
      expect(demo.win.innerWidth).to.equal(375);
      expect(overflows(demo)).to.deep.equal([]);
      demo.frame.remove();
    });
  }
});

describe('the programme page: one file feeds the session list and the speaker table', () => {
  let demo: Demo;
  before(async () => {
    demo = await openDemo('', 1200, 'programme.html');
    const { doc } = demo;
    const list = doc.querySelector('poplus-session-list')!;
    const table = doc.querySelector('poplus-participant-table')!;
    await waitUntil(() => list.shadowRoot?.querySelector('[part~="session"]'), 'the programme did not load', { timeout: 8000 });
    await waitUntil(() => (table.shadowRoot?.querySelectorAll('tr[part="row"]').length ?? 0) > 0, 'the speakers did not load', {
      timeout: 8000,
    });
  });
  after(() => demo.frame.remove());

  it('lists each speaker of the programme once, with their sessions', () => {
    const table = demo.doc.querySelector('poplus-participant-table')!;
    const rows = [...table.shadowRoot!.querySelectorAll('tr[part="row"]')].map((row) => text(row));
    expect(rows.some((row) => row.includes('Aline Blankertz'))).to.equal(true);
    expect(new Set(rows).size).to.equal(rows.length);
  });

  it("leads from a speaker's name in the programme to their row, focused, without reloading the page", async () => {
    const { doc, win } = demo;
    const list = doc.querySelector('poplus-session-list')!;
    const link = [...list.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="speaker"]')].find((a) =>
      a.textContent!.includes('Aline Blankertz'),
    )!;
    expect(link, 'a link on the speaker').to.exist;
    expect(new URL(link.href).hash).to.match(/^#speaker=/);
    const loads = win.performance.getEntriesByType('navigation').length;
    link.click();
    const table = doc.querySelector('poplus-participant-table')!;
    await waitUntil(() => text(table.shadowRoot!.activeElement).includes('Aline Blankertz'), 'the row was not focused', { timeout: 4000 });
    expect(win.performance.getEntriesByType('navigation').length).to.equal(loads);
  });

  it('passes axe, with no script error and no CSP violation', async () => {
    expect(await axeViolations(demo)).to.deep.equal([]);
    expect(demo.errors).to.deep.equal([]);
    expect(demo.win.cspViolations).to.deep.equal([]);
  });
});
