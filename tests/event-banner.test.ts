import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { emulateMedia as emulateMediaType } from '@web/test-runner-commands';
import { emulateMedia, nextFrames } from './helpers.js';
import { contrast, rgb, screenshot } from './contrast.js';
import '../src/elements/event-banner/event-banner.js';
import type { PoplusEventBanner } from '../src/elements/event-banner/event-banner.js';

async function banner(template: ReturnType<typeof html>): Promise<PoplusEventBanner> {
  const wrapper = await fixture<HTMLElement>(template);
  const el = (wrapper.matches('poplus-event-banner') ? wrapper : wrapper.querySelector('poplus-event-banner')) as PoplusEventBanner;
  await elementUpdated(el);
  await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
  return el;
}

const shadow = (el: Element) => el.shadowRoot!;

/** The demo's first skyline, whose snow-capped peaks are as pale as the light panel: the hard case. */
const PICTURE = '/tests/fixtures/santiago-pale.svg';
const LONG_TITLE = 'Welcome to #PoplusCon, the first international conference of the Poplus federation of civic software';
const ARABIC_TITLE = 'مرحبًا بكم في #PoplusCon';
/** The floor for the drawn title: WCAG's 3:1 for large text, met by every pixel inside every letter. */
const TITLE_FLOOR = 3;

/** A banner showing the demo picture through its title, once the picture has loaded. */
async function bannerWithPicture(template: ReturnType<typeof html>): Promise<PoplusEventBanner> {
  const el = await banner(template);
  el.image = PICTURE;
  await el.updateComplete;
  // The picture is fetched once the <image> is in the tree, so its load event cannot have fired yet.
  await new Promise((resolve) => shadow(el).querySelector('image')!.addEventListener('load', resolve, { once: true }));
  await nextFrames();
  return el;
}

interface LetterContrast {
  letter: string;
  /** The lowest contrast with the panel of any pixel wholly inside the letter. */
  lowest: number;
  pixels: number;
}

/**
 * Measures the title as drawn: a screenshot of the banner, and one of the same title black on white without the
 * picture, which tells which pixels lie wholly inside a letter (anti-aliased edges are left out). Each letter's
 * pixels are those of its glyph box; each is compared with the panel colour.
 */
async function letterContrasts(el: PoplusEventBanner): Promise<LetterContrast[]> {
  const svg = shadow(el).querySelector('svg')!;
  const box = svg.getBoundingClientRect();
  const scale = box.width / svg.viewBox.baseVal.width;
  const panel = rgb(getComputedStyle(shadow(el).querySelector('.panel')!).fill);
  const drawn = await screenshot(box);
  el.style.setProperty('--poplus-color-accent', '#000');
  el.style.setProperty('--poplus-banner-panel-color', '#fff');
  el.image = undefined;
  await el.updateComplete;
  await nextFrames();
  const shape = await screenshot(box);
  const letters: LetterContrast[] = [];
  for (const line of shadow(el).querySelectorAll('tspan')) {
    const text = line.textContent!;
    for (let i = 0; i < line.getNumberOfChars(); i++) {
      if (/[\s\p{Cf}\p{M}]/u.test(text[i]!)) continue;
      const extent = line.getExtentOfChar(i);
      const result = { letter: text[i]!, lowest: Infinity, pixels: 0 };
      for (let y = Math.ceil(extent.y * scale); y < Math.floor((extent.y + extent.height) * scale); y++) {
        for (let x = Math.ceil(extent.x * scale); x < Math.floor((extent.x + extent.width) * scale); x++) {
          const at = (y * shape.width + x) * 4;
          if (x < 0 || y < 0 || x >= shape.width || y >= shape.height || shape.data[at]! > 8) continue;
          const pixel = [drawn.data[at]!, drawn.data[at + 1]!, drawn.data[at + 2]!] as const;
          result.lowest = Math.min(result.lowest, contrast([...pixel], panel));
          result.pixels++;
        }
      }
      letters.push(result);
    }
  }
  return letters;
}

function expectLegible(letters: LetterContrast[]): void {
  expect(letters.length).to.be.above(0);
  const faint = letters.filter((l) => !(l.pixels > 0 && l.lowest >= TITLE_FLOOR));
  const report = faint.map((l) => `"${l.letter}" ${l.lowest.toFixed(2)}:1 over ${l.pixels} px`).join(', ');
  expect(faint, `letters under ${TITLE_FLOOR}:1 with the panel: ${report}`).to.deep.equal([]);
}

describe('<poplus-event-banner>', () => {
  afterEach(() => emulateMedia({}));

  it('gives exactly one heading, named by the title, at the requested level', async () => {
    const el = await banner(html`<poplus-event-banner heading="Welcome to #PoplusCon" heading-level="1"></poplus-event-banner>`);
    const headings = shadow(el).querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]');
    expect(headings).to.have.length(1);
    expect(headings[0]!.localName).to.equal('h1');
    expect(headings[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Welcome to #PoplusCon');
  });

  it('defaults to a level-2 heading', async () => {
    const el = await banner(html`<poplus-event-banner heading="PoplusCon"></poplus-event-banner>`);
    expect(shadow(el).querySelector('h2')).to.exist;
  });

  it('draws the title into an SVG mask that is hidden from assistive technology', async () => {
    const el = await banner(html`<poplus-event-banner heading="Welcome to #PoplusCon"></poplus-event-banner>`);
    const svg = shadow(el).querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    const mask = svg.querySelector('mask')!;
    expect([...mask.querySelectorAll('tspan')].map((t) => t.textContent).join(' ')).to.equal('Welcome to #PoplusCon');
    const panel = svg.querySelector('rect.panel')!;
    expect(panel.getAttribute('mask')).to.equal(`url(#${mask.id})`);
  });

  it('gives each banner its own mask id', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <poplus-event-banner heading="One"></poplus-event-banner><poplus-event-banner heading="Two"></poplus-event-banner>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll('poplus-event-banner')];
    await Promise.all([a, b].map((e) => (e as PoplusEventBanner).updateComplete));
    expect(shadow(a!).querySelector('mask')!.id).not.to.equal(shadow(b!).querySelector('mask')!.id);
  });

  it('shows the image through the letters, and refuses a javascript: URL', async () => {
    const el = await banner(html`<poplus-event-banner heading="PoplusCon" image="/photo.jpg"></poplus-event-banner>`);
    expect(shadow(el).querySelector('image')!.getAttribute('href')).to.equal(new URL('/photo.jpg', document.baseURI).href);
    el.image = 'javascript:alert(1)';
    await el.updateComplete;
    expect(shadow(el).querySelector('image')).to.equal(null);
  });

  for (const [lang, expected] of [
    ['en', /April 29\s*–\s*30, 2014/],
    ['es', /29–30 de abril de 2014/],
    ['ar', /(29|٢٩)\s*–\s*(30|٣٠) أبريل (2014|٢٠١٤)/],
  ] as const) {
    it(`formats the date range in ${lang} from an ancestor's lang`, async () => {
      const el = await banner(html`<div lang=${lang}>
        <poplus-event-banner heading="PoplusCon" start="2014-04-29" end="2014-04-30" location="Santiago, Chile"></poplus-event-banner>
      </div>`);
      const dates = shadow(el).querySelector('[part="dates"]')!;
      expect(dates.textContent).to.match(expected);
      const times = [...dates.querySelectorAll('time')].map((t) => t.getAttribute('datetime'));
      expect(times).to.deep.equal(['2014-04-29', '2014-04-30']);
      expect(shadow(el).querySelector('[part="location"]')!.textContent).to.contain('Santiago, Chile');
    });
  }

  it('re-renders when an ancestor changes its lang', async () => {
    const el = await banner(html`<div lang="en"><poplus-event-banner heading="X" start="2014-04-29"></poplus-event-banner></div>`);
    expect(shadow(el).querySelector('[part="dates"]')!.textContent).to.contain('April');
    el.parentElement!.lang = 'es';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="dates"]')!.textContent).to.contain('abril');
  });

  it('keeps a date-only range on its calendar days whatever the time zone', async () => {
    const el = await banner(html`<poplus-event-banner lang="en" heading="X" start="2014-04-29" end="2014-04-29"></poplus-event-banner>`);
    expect(shadow(el).querySelector('[part="dates"]')!.textContent).to.contain('April 29, 2014');
  });

  it('shows no date that does not exist, rather than a later one', async () => {
    const el = await banner(html`<poplus-event-banner lang="en" heading="X" start="2014-02-30"></poplus-event-banner>`);
    expect(shadow(el).querySelector('[part="dates"]')).to.equal(null);
    el.start = '2014-04-29';
    el.end = '2014-04-31T10:00:00Z';
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="dates"]')!.textContent).to.contain('April 29, 2014').and.not.to.contain('May');
  });

  it('lets the subheading slot replace the dates', async () => {
    const el = await banner(
      html`<poplus-event-banner heading="X" start="2014-04-29"><span slot="subheading">Coming soon</span></poplus-event-banner>`,
    );
    const slot = shadow(el).querySelector<HTMLSlotElement>('slot[name="subheading"]')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Coming soon');
  });

  it('shows media and actions only when they are given', async () => {
    const el = await banner(html`<poplus-event-banner heading="X">
      <p>Two days of civic tech.</p>
      <a slot="actions" href="#register">Register</a>
    </poplus-event-banner>`);
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(getComputedStyle(shadow(el).querySelector('[part="actions"]')!).display).not.to.equal('none');
    expect(getComputedStyle(shadow(el).querySelector('[part="media"]')!).display).to.equal('none');
    expect(shadow(el).querySelector<HTMLSlotElement>('[part="description"] slot')!.assignedElements()[0]!.textContent).to.equal(
      'Two days of civic tech.',
    );
  });

  for (const width of [280, 400, 768, 1600]) {
    it(`fits a long title in ${width} px without horizontal overflow`, async () => {
      const el = await banner(html`<div style="width:${width}px">
        <poplus-event-banner heading="Welcome to #PoplusCon, the first international Poplus conference in Santiago de Chile"></poplus-event-banner>
      </div>`);
      const svg = shadow(el).querySelector('svg')!;
      expect(svg.getBoundingClientRect().width).to.be.at.most(width + 0.5);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      const text = svg.querySelector('text')!;
      expect(text.getBBox().width).to.be.at.most(width + 0.5);
      expect(text.getBBox().x).to.be.at.least(-0.5);
    });
  }

  it('re-fits the title when its width changes', async () => {
    const el = await banner(
      html`<div style="width:1200px"><poplus-event-banner heading="Welcome to #PoplusCon"></poplus-event-banner></div>`,
    );
    const size = () => Number(shadow(el).querySelector('text')!.getAttribute('font-size'));
    const wide = size();
    el.parentElement!.style.width = '300px';
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await el.updateComplete;
    expect(size()).to.be.below(wide);
    expect(shadow(el).querySelector('text')!.getBBox().width).to.be.at.most(300.5);
  });

  it('mirrors for right-to-left pages', async () => {
    const el = await banner(
      html`<div dir="rtl" lang="ar" style="width:500px"><poplus-event-banner heading="مؤتمر بوبلس"></poplus-event-banner></div>`,
    );
    const text = shadow(el).querySelector('text')!;
    expect(text.getAttribute('direction')).to.equal('rtl');
    expect(Number(text.querySelector('tspan')!.getAttribute('x'))).to.equal(500);
    expect(text.getBBox().x + text.getBBox().width).to.be.at.most(500.5);
  });

  it("keeps a title written the other way in its own direction, on the element's start side", async () => {
    for (const [dir, lang, heading] of [
      ['rtl', 'ar', 'Welcome to #PoplusCon'],
      ['ltr', 'en', '#مؤتمر بوبلس'],
    ] as const) {
      const el = await banner(
        html`<div dir=${dir} lang=${lang} style="width:600px"><poplus-event-banner heading=${heading}></poplus-event-banner></div>`,
      );
      const own = dir === 'rtl' ? 'ltr' : 'rtl';
      const text = shadow(el).querySelector('text')!;
      expect(text.getAttribute('direction')).to.equal(own);
      // The "#" stays where the title's own writing puts it: before "PoplusCon", after the Arabic words.
      const hash = text.getStartPositionOfChar(text.textContent!.trim().indexOf('#')).x;
      const box = text.getBBox();
      if (own === 'ltr') expect(hash).to.be.closeTo(box.x, 2);
      else expect(hash).to.be.above(box.x + box.width / 2);
      // Drawn and selectable text both hug the element's start edge.
      const span = shadow(el).querySelector('.heading span')!;
      expect(span.getAttribute('dir')).to.equal(own);
      const host = el.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(span);
      const line = range.getBoundingClientRect();
      if (dir === 'rtl') {
        expect(box.x + box.width).to.be.closeTo(600, 2);
        expect(line.right).to.be.closeTo(host.right, 2);
      } else {
        expect(box.x).to.be.closeTo(0, 2);
        expect(line.left).to.be.closeTo(host.left, 2);
      }
    }
  });

  it('draws a hashtag written the other way with its "#" in front: "#PoplusCon" in an Arabic title', async () => {
    const el = await banner(
      html`<div dir="rtl" lang="ar" style="width:600px"><poplus-event-banner heading=${ARABIC_TITLE}></poplus-event-banner></div>`,
    );
    const line = [...shadow(el).querySelectorAll('tspan')].find((t) => t.textContent!.includes('#'))!;
    const x = (char: string) => line.getStartPositionOfChar(line.textContent!.indexOf(char)).x;
    expect(shadow(el).querySelector('text')!.getAttribute('direction')).to.equal('rtl');
    expect(x('#')).to.be.below(x('P'));
    // The heading over the drawing isolates it the same way, and still reads the title as written.
    const heading = shadow(el).querySelector('h2')!;
    const tag = heading.querySelector('bdi')!;
    expect(tag.textContent).to.equal('#PoplusCon');
    const words = [...tag.childNodes].find((node) => node.nodeType === Node.TEXT_NODE)!;
    const left = (char: number) => {
      const range = document.createRange();
      range.setStart(words, char);
      range.setEnd(words, char + 1);
      return range.getBoundingClientRect().left;
    };
    expect(left(0)).to.be.below(left(1));
    expect(heading.textContent!.replace(/\s+/g, ' ').trim()).to.equal(ARABIC_TITLE);
  });

  it('shows a plain readable title without the mask under forced colours', async () => {
    await emulateMedia({ 'forced-colors': 'active' });
    const el = await banner(html`<poplus-event-banner heading="Welcome to #PoplusCon" image=${PICTURE}></poplus-event-banner>`);
    expect(getComputedStyle(shadow(el).querySelector('svg')!).display).to.equal('none');
    const heading = shadow(el).querySelector('h2')!;
    expect(getComputedStyle(heading).position).to.equal('static');
    expect(heading.getBoundingClientRect().height).to.be.above(0);
    expect(getComputedStyle(heading).color).to.equal(getComputedStyle(el).color);
    expect(rgb(getComputedStyle(heading).color)).not.to.deep.equal(rgb(getComputedStyle(el).backgroundColor));
  });

  it('prints the title as plain dark text, with no mask and no picture, even from a dark page', async () => {
    await emulateMediaType({ media: 'print' });
    try {
      const el = await banner(html`<div style="color-scheme: dark">
        <poplus-event-banner heading="Welcome to #PoplusCon" image=${PICTURE} start="2014-04-29"></poplus-event-banner>
      </div>`);
      expect(getComputedStyle(shadow(el).querySelector('svg')!).display).to.equal('none');
      const heading = shadow(el).querySelector('h2')!;
      expect(getComputedStyle(heading).position).to.equal('static');
      expect(heading.getBoundingClientRect().height).to.be.above(0);
      // Paper is white and printers drop backgrounds: the text is the light scheme's dark colour.
      expect(contrast(rgb(getComputedStyle(heading).color), [255, 255, 255])).to.be.at.least(7);
      expect(heading.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Welcome to #PoplusCon');
    } finally {
      await emulateMediaType({ media: 'screen' });
    }
  });

  it('takes its panel colour from --poplus-banner-panel-color on an ancestor', async () => {
    const el = await banner(html`<div style="--poplus-banner-panel-color: rgb(46, 53, 63)">
      <poplus-event-banner heading="PoplusCon"></poplus-event-banner>
    </div>`);
    expect(getComputedStyle(shadow(el).querySelector('.panel')!).fill).to.equal('rgb(46, 53, 63)');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(46, 53, 63)');
  });

  it('does not animate with reduced motion', async () => {
    await emulateMedia({ 'prefers-reduced-motion': 'reduce' });
    const el = await banner(html`<poplus-event-banner heading="X" image="/photo.jpg"></poplus-event-banner>`);
    expect(getComputedStyle(shadow(el).querySelector('.art')!).transitionDuration).to.equal('0s');
  });

  it('is accessible', async () => {
    const el =
      await banner(html`<poplus-event-banner heading="Welcome to #PoplusCon" start="2014-04-29" end="2014-04-30" location="Santiago, Chile">
      <p>Two days.</p><a slot="actions" href="#r">Register</a>
    </poplus-event-banner>`);
    await expect(el).to.be.accessible();
  });

  it('ends the dates with a dot before the place, which never starts a line and screen readers skip', async () => {
    for (const width of [320, 1024]) {
      await setViewport({ width, height: 640 });
      const el = await banner(
        html`<poplus-event-banner heading="PoplusCon" start="2014-04-29" end="2014-04-30" location="Santiago, Chile"></poplus-event-banner>`,
      );
      const [dates, place] = [shadow(el).querySelector('[part="dates"]')!, shadow(el).querySelector('[part="location"]')!];
      expect(getComputedStyle(dates, '::after').content).to.equal('"·" / ""');
      // The dot ends the dates' line: on one line with the place when it fits, above it when the place wraps.
      const [d, p] = [dates.getBoundingClientRect(), place.getBoundingClientRect()];
      if (width === 320) expect(p.top).to.be.at.least(d.bottom - 1);
      else expect(p.top).to.equal(d.top);
      expect(shadow(el).querySelector('.separator')).to.equal(null);
    }
    const alone = await banner(html`<poplus-event-banner heading="PoplusCon" start="2014-04-29"></poplus-event-banner>`);
    expect(getComputedStyle(shadow(alone).querySelector('[part="dates"]')!, '::after').content).to.equal('none');
    await setViewport({ width: 800, height: 600 });
  });

  it('renders nothing broken at a 280 px viewport', async () => {
    await setViewport({ width: 280, height: 640 });
    const el = await banner(html`<poplus-event-banner heading="Welcome to #PoplusCon"></poplus-event-banner>`);
    expect(document.documentElement.scrollWidth).to.be.at.most(280);
    expect(el.getBoundingClientRect().width).to.be.at.most(280);
    await setViewport({ width: 800, height: 600 });
  });
});

describe('<poplus-event-banner> title over a picture', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({});
  });

  for (const width of [320, 375, 768, 1440]) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`keeps every letter at ${TITLE_FLOOR}:1 with the panel at ${width} px, ${scheme}`, async () => {
        await setViewport({ width, height: 900 });
        for (const [heading, lang, dir] of [
          ['Welcome to #PoplusCon', 'en', 'ltr'],
          [LONG_TITLE, 'en', 'ltr'],
          [ARABIC_TITLE, 'ar', 'rtl'],
        ]) {
          const el = await bannerWithPicture(
            html`<div lang=${lang} dir=${dir} style="color-scheme: ${scheme}"><poplus-event-banner heading=${heading}></poplus-event-banner></div>`,
          );
          expectLegible(await letterContrasts(el));
        }
      });
    }
  }

  it('measures the fault it guards against: without the scrim, pale parts of the picture match the panel', async () => {
    await setViewport({ width: 375, height: 900 });
    const el = await bannerWithPicture(
      html`<poplus-event-banner heading="Welcome to #PoplusCon" style="--poplus-banner-scrim: transparent"></poplus-event-banner>`,
    );
    const letters = await letterContrasts(el);
    // The "l" of "Welcome" falls on a snow-capped peak, as pale as the panel.
    const l = letters.find((x) => x.letter === 'l')!;
    expect(l.lowest).to.be.below(1.5);
  });
});
