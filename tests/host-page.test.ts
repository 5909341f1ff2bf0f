import { expect, waitUntil } from '@open-wc/testing';
import type { PoplusEventBanner } from '../src/elements/event-banner/event-banner.js';

/**
 * The built one-file bundle on a hostile host page: strict CSP with Trusted Types, the library loaded twice,
 * and a theme's global CSS. Needs `npm run build` first (the test script runs it).
 */
async function openHostPage(): Promise<{ doc: Document; violations: string[]; win: Window & { cspViolations: string[] } }> {
  const frame = document.createElement('iframe');
  frame.style.width = '600px';
  frame.style.height = '800px';
  const errors: string[] = [];
  document.body.append(frame);
  await new Promise<void>((resolve) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.src = '/tests/pages/host-page.html';
  });
  const win = frame.contentWindow!;
  win.addEventListener('error', (e) => errors.push(e.message));
  const doc = frame.contentDocument!;
  await win.customElements.whenDefined('poplus-event-banner');
  const banner = doc.querySelector('poplus-event-banner') as PoplusEventBanner;
  await banner.updateComplete;
  await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
  expect(errors).to.deep.equal([]);
  const recorded = win as Window & { cspViolations: string[] };
  return { doc, violations: recorded.cspViolations, win: recorded };
}

describe('on a hostile host page', () => {
  it('renders under a strict CSP with Trusted Types, with no violation', async () => {
    const { doc, violations } = await openHostPage();
    const banner = doc.querySelector('poplus-event-banner')!;
    expect(banner.shadowRoot!.querySelector('h2')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Welcome to #PoplusCon');
    expect(banner.shadowRoot!.querySelector('mask')).to.exist;
    expect(violations).to.deep.equal([]);
  });

  it('loads the lazy readers of the bundle (CSV, iCalendar, frab XML, YAML) under the same policy', async () => {
    const { doc, win } = await openHostPage();
    const shown = (tag: string, selector: string) => () => (doc.querySelector(tag)!.shadowRoot?.querySelectorAll(selector).length ?? 0) > 0;
    await waitUntil(shown('poplus-participant-table', 'tbody tr'), 'the CSV was not read', { timeout: 8000 });
    await waitUntil(shown('poplus-session-list', '[role="tab"]'), 'the iCalendar file was not read', { timeout: 8000 });
    await waitUntil(shown('poplus-component-card', 'h3'), 'the publiccode.yml was not read', { timeout: 8000 });
    const frab = doc.querySelector('#frab-xml')!;
    await waitUntil(() => frab.shadowRoot?.querySelector('[part~="session"]'), 'the frab XML was not read', { timeout: 8000 });
    // Open every session: descriptions read from escaped HTML are text, never markup.
    for (const title of frab.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part="title"]')) title.click();
    await (frab as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(frab.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(frab.shadowRoot!.querySelector('[part="details"] script, [part="details"] p p')).to.equal(null);
    expect(doc.querySelector('poplus-participant-table')!.shadowRoot!.querySelector('table')!.getAttribute('aria-rowcount')).to.equal(
      '118',
    );
    expect(doc.querySelector('poplus-component-card')!.shadowRoot!.querySelector('h3')!.textContent!.trim()).to.equal('MUCGPT');
    expect(win.cspViolations).to.deep.equal([]);
  });

  it('survives the library being loaded twice', async () => {
    const { doc } = await openHostPage();
    const scripts = doc.querySelectorAll('script[src*="poplus-elements.js"]');
    expect(scripts).to.have.length(2);
    expect(doc.defaultView!.customElements.get('poplus-event-banner')).to.exist;
  });

  it('keeps its own layout beside hostile global CSS', async () => {
    const { doc } = await openHostPage();
    const banner = doc.querySelector('poplus-event-banner')!;
    const root = banner.shadowRoot!;
    const heading = root.querySelector('h2')!;
    const style = doc.defaultView!.getComputedStyle(heading);
    expect(style.textTransform).to.equal('none');
    expect(style.letterSpacing).to.equal('normal');
    expect(style.textAlign).to.equal('start');
    const svg = root.querySelector('svg')!;
    expect(svg.getBoundingClientRect().width).to.be.closeTo(banner.getBoundingClientRect().width, 1);
    expect(banner.scrollWidth).to.be.at.most(banner.clientWidth);
  });
});
