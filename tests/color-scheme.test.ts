import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import { emulateMedia, nextFrames } from './helpers.js';
import { contrast, expectContrastClean, luminance, rgb, type Rgb } from './contrast.js';

/**
 * The elements follow the colour scheme of the page they are dropped into, never the reader's system over a
 * page that did not ask for it: a dark widget on a white page would be near-white text on white. Each element
 * runs on the demo's real data.
 */

interface Case {
  tag: string;
  attributes: Record<string, string>;
  /** Light-DOM content (the banner's description). */
  content?: string;
  /** Whether it is ready only at `poplus-load` (it reads `src`). */
  loads: boolean;
  /** The fewest text nodes axe must have compared with their background: a check that saw nothing cannot pass. */
  texts: number;
}

/** Each element as the demo page uses it. */
const ELEMENTS: Record<string, Case> = {
  'event banner': {
    tag: 'poplus-event-banner',
    attributes: {
      heading: 'Welcome to #PoplusCon',
      start: '2014-04-29',
      end: '2014-04-30',
      location: 'Santiago, Chile',
      image: '/demo/santiago.svg',
    },
    content: 'Two days of talks and unconference sessions for people who build civic and democratic websites.',
    loads: false,
    texts: 4,
  },
  'session list': {
    tag: 'poplus-session-list',
    attributes: {
      src: '/demo/data/popluscon-schedule.json',
      'time-zone': 'America/Santiago',
      'viewer-time-zone': 'Europe/London',
      now: '2014-04-29T15:00:00-04:00',
    },
    loads: true,
    texts: 20,
  },
  'participant table': {
    tag: 'poplus-participant-table',
    attributes: { src: '/demo/data/organisations.json', columns: 'name country roles url', caption: 'Organisations named on poplus.org' },
    loads: true,
    texts: 15,
  },
  'component card': {
    tag: 'poplus-component-card',
    attributes: { src: '/demo/data/components/mapit.json', linked: '' },
    loads: true,
    texts: 15,
  },
};

/** The two host pages, each read on a system that prefers the other scheme, and what the element must be on it. */
const PAGES = {
  light: {
    title: 'stays light, dark on light, on a page that declares no colour scheme, even on a dark system',
    system: 'dark',
    style: 'background: #ffffff; color: #1a1a1a',
    background: [0xff, 0xff, 0xff] as Rgb,
    scheme: 'normal',
    text: (l: number) => l < 0.1,
  },
  dark: {
    title: 'turns dark, light on dark, inside a dark page (color-scheme: dark), even on a light system',
    system: 'light',
    style: 'color-scheme: dark; background: #121212; color: #ededed',
    background: [0x12, 0x12, 0x12] as Rgb,
    scheme: 'dark',
    text: (l: number) => l > 0.6,
  },
};

async function place(page: keyof typeof PAGES, name: string): Promise<HTMLElement> {
  await emulateMedia({ 'prefers-color-scheme': PAGES[page].system });
  const wrapper = await fixture<HTMLElement>(html`<div lang="en" style="padding: 1rem; ${PAGES[page].style}"></div>`);
  const { tag, attributes, content, loads } = ELEMENTS[name]!;
  const el = document.createElement(tag);
  for (const [attribute, value] of Object.entries(attributes)) el.setAttribute(attribute, value);
  if (content) el.append(Object.assign(document.createElement('p'), { textContent: content }));
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
      for (const [page, expected] of Object.entries(PAGES) as [keyof typeof PAGES, (typeof PAGES)['light']][]) {
        it(expected.title, async () => {
          const el = await place(page, name);
          expect(matchMedia(`(prefers-color-scheme: ${expected.system})`).matches).to.equal(true);
          await expectContrastClean(el, ELEMENTS[name]!.texts);
          const text = rgb(getComputedStyle(el).color);
          expect(expected.text(luminance(text)), `text colour ${text}`).to.equal(true);
          expect(contrast(text, expected.background)).to.be.at.least(4.5);
          expect(getComputedStyle(el).colorScheme).to.equal(expected.scheme);
          await expect(el).to.be.accessible();
        });
      }
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
