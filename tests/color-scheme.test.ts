import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import { emulateMedia, nextFrames } from './helpers.js';
import { contrast, expectContrastClean, luminance, rgb } from './contrast.js';

/**
 * The elements follow the colour scheme of the page they are dropped into, never the reader's system over a
 * page that did not ask for it: a dark widget on a white page would be near-white text on white. Each element
 * runs on the demo's real data.
 */

/**
 * Each element as the demo page uses it: `loads` when it is ready at `poplus-load`, `texts` the fewest text
 * nodes axe must have compared with their background (so that a check that saw nothing cannot pass).
 */
const ELEMENTS: Record<string, { make: () => HTMLElement; loads: boolean; texts: number }> = {
  'event banner': {
    texts: 4,
    loads: false,
    make: () => {
      const el = document.createElement('poplus-event-banner');
      el.setAttribute('heading', 'Welcome to #PoplusCon');
      el.setAttribute('start', '2014-04-29');
      el.setAttribute('end', '2014-04-30');
      el.setAttribute('location', 'Santiago, Chile');
      el.setAttribute('image', '/demo/santiago.svg');
      const description = document.createElement('p');
      description.textContent = 'Two days of talks and unconference sessions for people who build civic and democratic websites.';
      el.append(description);
      return el;
    },
  },
  'session list': {
    texts: 20,
    loads: true,
    make: () => {
      const el = document.createElement('poplus-session-list');
      el.setAttribute('src', '/demo/data/popluscon-schedule.json');
      el.setAttribute('time-zone', 'America/Santiago');
      el.setAttribute('viewer-time-zone', 'Europe/London');
      el.setAttribute('now', '2014-04-29T15:00:00-04:00');
      return el;
    },
  },
  'participant table': {
    texts: 15,
    loads: true,
    make: () => {
      const el = document.createElement('poplus-participant-table');
      el.setAttribute('src', '/demo/data/organisations.json');
      el.setAttribute('columns', 'name country roles url');
      el.setAttribute('caption', 'Organisations named on poplus.org');
      return el;
    },
  },
  'component card': {
    texts: 15,
    loads: true,
    make: () => {
      const el = document.createElement('poplus-component-card');
      el.setAttribute('src', '/demo/data/components/mapit.json');
      el.setAttribute('linked', '');
      return el;
    },
  },
};

const PAGES = {
  /** A page that declares no colour scheme (`normal`), read on a dark system. */
  light: { system: 'dark', style: 'background: #ffffff; color: #1a1a1a' },
  /** A dark page (`color-scheme: dark` on a wrapper), read on a light system. */
  dark: { system: 'light', style: 'color-scheme: dark; background: #121212; color: #ededed' },
} as const;

async function place(page: keyof typeof PAGES, name: string): Promise<HTMLElement> {
  await emulateMedia({ 'prefers-color-scheme': PAGES[page].system });
  const wrapper = await fixture<HTMLElement>(html`<div lang="en" style="padding: 1rem; ${PAGES[page].style}"></div>`);
  const { make, loads } = ELEMENTS[name]!;
  const el = make();
  const loaded = loads ? oneEvent(el, 'poplus-load') : undefined;
  wrapper.append(el);
  await loaded;
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  await nextFrames();
  return el;
}

describe('colour scheme: the elements follow the host page', () => {
  afterEach(() => emulateMedia({}));

  for (const name of Object.keys(ELEMENTS)) {
    describe(name, () => {
      it('stays light, dark on light, on a page that declares no colour scheme, even on a dark system', async () => {
        const el = await place('light', name);
        expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
        await expectContrastClean(el, ELEMENTS[name]!.texts);
        const text = rgb(getComputedStyle(el).color);
        expect(luminance(text)).to.be.below(0.1);
        expect(contrast(text, [255, 255, 255])).to.be.at.least(4.5);
        expect(getComputedStyle(el).colorScheme).to.equal('normal');
        await expect(el).to.be.accessible();
      });

      it('turns dark, light on dark, inside a dark page, even on a light system', async () => {
        const el = await place('dark', name);
        expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(false);
        await expectContrastClean(el, ELEMENTS[name]!.texts);
        const text = rgb(getComputedStyle(el).color);
        expect(luminance(text)).to.be.above(0.6);
        expect(contrast(text, [0x12, 0x12, 0x12])).to.be.at.least(4.5);
        expect(getComputedStyle(el).colorScheme).to.equal('dark');
        await expect(el).to.be.accessible();
      });
    });
  }

  it('follows the system where the page asks for it (color-scheme: light dark)', async () => {
    await emulateMedia({ 'prefers-color-scheme': 'dark' });
    const wrapper = await fixture<HTMLElement>(
      html`<div style="color-scheme: light dark"><poplus-component-card .component=${{ name: 'MapIt' }}></poplus-component-card></div>`,
    );
    const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    await el.updateComplete;
    expect(luminance(rgb(getComputedStyle(el).color))).to.be.above(0.6);
    await emulateMedia({ 'prefers-color-scheme': 'light' });
    expect(luminance(rgb(getComputedStyle(el).color))).to.be.below(0.1);
  });

  it('takes the scheme forced with --poplus-color-scheme or with color-scheme on the element', async () => {
    await emulateMedia({ 'prefers-color-scheme': 'light' });
    const wrapper = await fixture<HTMLElement>(html`<div>
      <poplus-component-card style="--poplus-color-scheme: dark" .component=${{ name: 'MapIt' }}></poplus-component-card>
      <poplus-component-card style="color-scheme: dark" .component=${{ name: 'SayIt' }}></poplus-component-card>
      <div style="color-scheme: dark"><poplus-component-card style="--poplus-color-scheme: light" .component=${{ name: 'PopIt' }}></poplus-component-card></div>
    </div>`);
    const [byToken, byProperty, lightInDark] = [...wrapper.querySelectorAll('poplus-component-card')];
    await Promise.all([byToken, byProperty, lightInDark].map((el) => el!.updateComplete));
    expect(luminance(rgb(getComputedStyle(byToken!).color))).to.be.above(0.6);
    expect(luminance(rgb(getComputedStyle(byProperty!).color))).to.be.above(0.6);
    expect(luminance(rgb(getComputedStyle(lightInDark!).color))).to.be.below(0.1);
  });
});
