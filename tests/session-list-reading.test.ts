import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { Schedule } from '../src/data/schedule.js';
import '../src/elements/session-list/session-list.js';
import type { PoplusSessionList } from '../src/elements/session-list/session-list.js';
import type { PoplusSpeakerSelectEvent } from '../src/shared/events/index.js';
import { emulateMedia, nextFrames, seen as text } from './helpers.js';

// What a reader sees and hears: the fixes of a usability review (long titles, the meta line, open-ended
// sessions, zone names, matches on other days, right to left, the page's colour scheme, heading levels),
// track colours, and links to speakers.

const $ = <E extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<E>(selector);
const $$ = <E extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<E>(selector)];
/** The boxes of a node's text, one per line, or of its characters `from`–`to`. */
const rects = (node: Node, from?: number, to?: number) => {
  const range = document.createRange();
  if (from === undefined) range.selectNodeContents(node);
  else [range.setStart(node, from), range.setEnd(node, to!)];
  return [...range.getClientRects()];
};
/** The box of `words` where they are drawn under `holder` (their first line). */
const boxOf = (holder: Element, words: string) => {
  const walker = document.createTreeWalker(holder, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const at = walker.currentNode.textContent!.indexOf(words);
    if (at >= 0) return rects(walker.currentNode, at, at + words.length)[0]!;
  }
  throw new Error(`no text "${words}"`);
};
const tabs = (el: Element) => $$(el, '[role="tab"]');
const titles = (el: Element) => $$(el, '.session .title').map(text);
const session = (el: Element, title: string) => $$(el, '.session').find((li) => text(li.querySelector('.title')) === title)!;

const programme: Schedule = {
  event: { id: 'reading-test', name: 'Reading test', timeZone: 'America/Santiago' },
  tracks: [
    { name: 'Open data', color: '#1a7f37' },
    { name: 'Hostile', color: 'red; background: url(https://example.org/x)' },
  ],
  speakers: [{ id: 'ana/1', name: 'Ana Núñez', tagline: 'Developer at Ciudadano Inteligente' }],
  sessions: [
    {
      id: 'a',
      title: 'Open data in parliaments',
      start: '2014-04-29T10:00',
      end: '2014-04-29T11:00',
      room: 'Red room',
      track: 'Open data',
      kind: 'talk',
      speakers: ['ana/1', { name: 'Tom' }],
    },
    { id: 'b', title: 'W'.repeat(400), start: '2014-04-29T11:00', room: 'Red room', track: 'Hostile' },
    { id: 'c', title: 'Lunch', start: '2014-04-29T13:00', kind: 'break' },
    { id: 'd', title: 'Mapping influence', start: '2014-04-30T10:00', end: '2014-04-30T11:00', room: 'Red room', track: 'Open data' },
    { id: 'e', title: 'Mapping money', start: '2014-04-30T11:00', end: '2014-04-30T12:00', room: 'Red room' },
    { id: 'f', title: 'Mapping votes', start: '2014-04-30T12:00', end: '2014-04-30T13:00', room: 'Red room' },
  ],
};

async function render(attributes: Partial<Record<'lang' | 'viewer' | 'level' | 'href', string>> = {}, data: Schedule = programme) {
  const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 720px">
    <poplus-session-list
      lang=${attributes.lang ?? 'en'}
      viewer-time-zone=${attributes.viewer ?? 'America/Santiago'}
      now="2020-01-01T00:00:00Z"
      heading-level=${attributes.level ?? '3'}
      speaker-href=${attributes.href ?? ''}
      .sessions=${data}
    ></poplus-session-list>
  </div>`);
  const el = wrapper.querySelector('poplus-session-list')!;
  if (!attributes.href) el.removeAttribute('speaker-href');
  await el.updateComplete;
  return el;
}

async function search(el: PoplusSessionList, query: string) {
  const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
  input.value = query;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

describe('<poplus-session-list> as read', () => {
  beforeEach(() => localStorage.clear());

  it('wraps a title of one long word and keeps the star in the card', async () => {
    const el = await render();
    await nextFrames();
    const card = session(el, 'W'.repeat(400));
    const box = card.getBoundingClientRect();
    for (const part of [card.querySelector('.title')!, card.querySelector('.star')!]) {
      const r = part.getBoundingClientRect();
      expect(r.left).to.be.at.least(box.left);
      expect(r.right).to.be.at.most(box.right);
    }
    expect(getComputedStyle(card.querySelector('.title')!).overflowWrap).to.equal('anywhere');
  });

  it('gives the level and the language the programme names, a language tag by its name in the reader’s language', async () => {
    const withLevel = {
      ...programme,
      sessions: [
        { id: 'x', title: 'Tutorial', start: '2014-04-29T10:00', room: 'Red room', level: 'Beginner', language: 'de' },
        { id: 'y', title: 'Charla', start: '2014-04-29T11:00', language: 'Español rioplatense' },
      ],
    };
    const el = await render({}, withLevel);
    expect(text(session(el, 'Tutorial').querySelector('.meta'))).to.equal('from 10:00 AM Room: Red room Level: Beginner Language: German');
    expect(text(session(el, 'Charla').querySelector('.meta'))).to.equal('from 11:00 AM Language: Español rioplatense');
    const es = await render({ lang: 'es' }, withLevel);
    expect(text(session(es, 'Tutorial').querySelector('.meta'))).to.contain('Nivel: Beginner Idioma: alemán');
  });

  it('shows a kind named like a property of every object as written', async () => {
    const odd = {
      ...programme,
      sessions: ['constructor', '__proto__', 'toString'].map((kind, i) => ({ id: kind, title: kind, start: `2014-04-29T1${i}:00`, kind })),
    };
    const el = await render({}, odd);
    for (const kind of ['constructor', '__proto__', 'toString'])
      expect(text(session(el, kind).querySelector('.kind'))).to.equal(`Kind: ${kind}`);
  });

  it('separates the meta line’s items with a dot screen readers skip, and names each item', async () => {
    const el = await render();
    const meta = session(el, 'Open data in parliaments').querySelector('.meta')!;
    expect(text(meta)).to.equal('10:00 – 11:00 AM Room: Red room Track: Open data Kind: Talk');
    const items = [...meta.children];
    // A dot after every item but the last; none at the start of a line.
    expect(items.map((item) => getComputedStyle(item, '::after').content)).to.deep.equal(['"·" / ""', '"·" / ""', '"·" / ""', 'none']);
    const rest = items.slice(1);
    expect(rest.map((item) => text(item.querySelector('.visually-hidden')))).to.deep.equal(['Room:', 'Track:', 'Kind:']);
    await expect(el).to.be.accessible();
  });

  it('says "from" for a session without an end, and its calendar file has no end either', async () => {
    const el = await render();
    const lunch = session(el, 'Lunch');
    expect(text(lunch.querySelector('.time'))).to.equal('from 1:00 PM');
    lunch.querySelector<HTMLButtonElement>('.title')!.click();
    await waitUntil(() => lunch.querySelector('a[download]'), 'no calendar file');
    const ics = await fetch(lunch.querySelector<HTMLAnchorElement>('a[download]')!.href).then((r) => r.text());
    expect(ics).to.contain('DTSTART:20140429T170000Z\r\n');
    expect(ics).not.to.contain('DTEND');
  });

  it('names a zone that is only an offset once', async () => {
    const utc = { ...programme, event: { ...programme.event, timeZone: 'UTC' } };
    const el = await render({ viewer: 'America/Santiago' }, utc);
    expect(text($(el, '.note'))).to.match(/^Times in GMT\+0\. /);
    const radios = $$(el, '[part="time-zone"] label');
    expect(radios.map(text)).to.deep.equal(['Event time (GMT+0)', 'My time (Chile Time)']);
  });

  it('says when the programme gives no time zone for its wall-clock times, rather than naming a guessed one', async () => {
    const noZone = { ...programme, event: { id: 'no-zone', name: 'No zone' } };
    const el = await render({ viewer: 'Asia/Tokyo' }, noZone);
    expect(text($(el, '.note'))).to.match(/^The programme does not give its time zone: times are shown as written\. /);
    // As written: 10:00 stays 10:00, and there is no switch between two zones.
    expect(text(session(el, 'Open data in parliaments').querySelector('.time'))).to.equal('10:00 – 11:00 AM');
    expect($(el, '[part="time-zone"]')).to.equal(null);
    const es = await render({ viewer: 'Asia/Tokyo', lang: 'es' }, noZone);
    expect(text($(es, '.note'))).to.match(/^El programa no indica su zona horaria/);
    // Times with an offset are instants: the reader's zone is no guess then.
    const offsets = { ...noZone, sessions: [{ id: 'x', title: 'Keynote', start: '2014-04-29T10:00:00-04:00' }] };
    expect(text($(await render({ viewer: 'Asia/Tokyo' }, offsets), '.note'))).to.match(/^Times in Japan Standard Time \(GMT\+9\)\. /);
  });

  it('says on which days a search matches when the day shown has none, and goes there', async () => {
    const el = await render();
    await search(el, 'mapping');
    expect(tabs(el).map(text)).to.deep.equal(['Tue, Apr 29 (0)', 'Wed, Apr 30 (3)']);
    expect(text($(el, '[role="status"]'))).to.equal('0 of 3 sessions');
    expect(text($(el, '.no-match p'))).to.equal('No sessions match on Tuesday, April 29. Matches on other days:');
    const go = $<HTMLButtonElement>(el, '.no-match button')!;
    expect(text(go)).to.equal('3 on Wednesday, April 30');
    go.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(tabs(el)[1]!.getAttribute('aria-selected')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(tabs(el)[1]);
    expect(titles(el)).to.deep.equal(['Mapping influence', 'Mapping money', 'Mapping votes']);
    await expect(el).to.be.accessible();
  });

  it('mirrors right to left: the star at the inline end, the track edge at the inline start, times in reading order', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl" style="inline-size: 720px">
      <poplus-session-list viewer-time-zone="America/Santiago" now="2020-01-01T00:00:00Z" .sessions=${programme}></poplus-session-list>
    </div>`);
    const el = wrapper.querySelector('poplus-session-list')!;
    await waitUntil(() => text($(el, '.search')).startsWith('بحث'), 'Arabic not loaded');
    const card = session(el, 'Open data in parliaments');
    const title = card.querySelector('.title')!.getBoundingClientRect();
    const star = card.querySelector('.star')!.getBoundingClientRect();
    expect(star.right).to.be.at.most(title.left);
    const style = getComputedStyle(card);
    expect(style.borderRightWidth).to.equal('4px');
    expect(style.borderRightColor).to.equal('rgb(26, 127, 55)');
    const time = card.querySelector('time')!;
    // The start comes first in the text (a reader of Arabic reads it first, at the right).
    expect(time.textContent!.indexOf('10:00')).to.be.lessThan(time.textContent!.indexOf('11:00'));
    expect(getComputedStyle(card.querySelector('.time')!).direction).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('keeps data in another script in its own direction, lined up and listed in the page’s', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl" style="inline-size: 420px">
      <poplus-session-list
        time-zone="UTC"
        .sessions=${{
          event: { timeZone: 'UTC' },
          sessions: [
            {
              id: 'x',
              title: 'Scaling a monolith: what to expect if your product idea actually takes off',
              start: '2024-03-16T10:15:00Z',
              level: '45 minutes',
              speakers: [{ name: 'James Hercock' }, { name: 'James Trotter' }],
            },
          ],
        }}
      ></poplus-session-list>
    </div>`);
    const el = wrapper.querySelector('poplus-session-list')!;
    await waitUntil(() => text($(el, '.search')).startsWith('بحث'), 'Arabic not loaded');
    const card = $(el, '.session')!;
    // An English value reads left to right inside the Arabic line: "45 minutes", not "minutes 45".
    expect(boxOf(card.querySelector('.level')!, '45').right).to.be.at.most(boxOf(card.querySelector('.level')!, 'minutes').left);
    // The list reads right to left: the first speaker on the right.
    const speakers = card.querySelector('.speakers')!;
    expect(boxOf(speakers, 'Hercock').left).to.be.greaterThan(boxOf(speakers, 'Trotter').right);
    // A wrapped English title lines up on the right like the Arabic around it.
    const title = card.querySelector('.title')!;
    const lines = rects(title);
    expect(lines.length).to.be.greaterThan(1);
    for (const line of lines) expect(title.getBoundingClientRect().right - line.right).to.be.below(2);
    await expect(el).to.be.accessible();
  });

  it('lists names of a right-to-left script in an English page in reading order', async () => {
    const el = await fixture<PoplusSessionList>(html`<poplus-session-list
      lang="en"
      time-zone="UTC"
      .sessions=${{ sessions: [{ id: 'x', title: 'Panel', start: '2024-03-16T10:15:00Z', speakers: ['محمد', 'فاطمة', 'Ana'] }] }}
    ></poplus-session-list>`);
    const speakers = $(el, '.speakers')!;
    expect(text(speakers)).to.equal('Speakers: محمد, فاطمة, and Ana');
    expect(boxOf(speakers, 'محمد').left).to.be.below(boxOf(speakers, 'فاطمة').left);
    expect(boxOf(speakers, 'فاطمة').left).to.be.below(boxOf(speakers, 'Ana').left);
  });

  it('follows the page’s colour scheme', async () => {
    const el = await render();
    // A page that follows its reader's scheme.
    el.parentElement!.style.cssText += '; color-scheme: light dark; background: Canvas; color: CanvasText';
    const card = session(el, 'Lunch');
    const light = getComputedStyle(card).backgroundColor;
    await emulateMedia({ 'prefers-color-scheme': 'dark' });
    try {
      expect(getComputedStyle(card).backgroundColor).not.to.equal(light);
      const [r, g, b] = getComputedStyle(card).backgroundColor.match(/\d+/g)!.map(Number);
      expect(r! + g! + b!).to.be.below(3 * 128);
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({});
    }
  });

  it('clamps heading-level to 1–6, session titles a level below the slots', async () => {
    const levels = async (level: string) => {
      const el = await render({ level });
      return [$(el, '.slot-time')!.getAttribute('aria-level'), $(el, '.title-line')!.getAttribute('aria-level')];
    };
    expect(await levels('0')).to.deep.equal(['1', '2']);
    expect(await levels('4')).to.deep.equal(['4', '5']);
    expect(await levels('6')).to.deep.equal(['6', '6']);
    expect(await levels('12')).to.deep.equal(['6', '6']);
  });

  it('marks a track’s colour beside its name and on the card’s edge, and ignores what is not a colour', async () => {
    const el = await render();
    const open = session(el, 'Open data in parliaments');
    const swatch = open.querySelector('.track .swatch')!;
    expect(swatch.getAttribute('aria-hidden')).to.equal('true');
    expect(getComputedStyle(swatch).backgroundColor).to.equal('rgb(26, 127, 55)');
    expect(getComputedStyle(open).borderInlineStartColor).to.equal('rgb(26, 127, 55)');
    // The text keeps its own colour: the colour is a mark, not the text's.
    expect(getComputedStyle(open.querySelector('.track')!).color).to.equal(getComputedStyle(open.querySelector('.room')!).color);
    const hostile = session(el, 'W'.repeat(400));
    expect(hostile.querySelector('.swatch')).to.equal(null);
    expect(hostile.style.getPropertyValue('--_track')).to.equal('');
    expect(getComputedStyle(hostile).backgroundImage).to.equal('none');
  });

  it('links speakers to their page with speaker-href, and lets the host route without a page load', async () => {
    const el = await render({ href: '#people/{id}' });
    const speakers = session(el, 'Open data in parliaments').querySelector('.speakers')!;
    expect(text(speakers)).to.equal('Speakers: Ana Núñez and Tom');
    const links = [...speakers.querySelectorAll('a')];
    expect(links.map(text)).to.deep.equal(['Ana Núñez']);
    expect(new URL(links[0]!.href).hash).to.equal('#people/ana%2F1');
    const before = location.href;
    el.addEventListener('poplus-speaker-select', (e) => e.preventDefault(), { once: true });
    setTimeout(() => links[0]!.click());
    const event = (await oneEvent(el, 'poplus-speaker-select')) as PoplusSpeakerSelectEvent;
    expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
    expect(event.detail.id).to.equal('ana/1');
    expect(event.detail.speaker).to.include({ name: 'Ana Núñez', tagline: 'Developer at Ciudadano Inteligente' });
    expect(location.href).to.equal(before);
    // Not cancelled: the link is followed.
    try {
      links[0]!.click();
      expect(location.hash).to.equal('#people/ana%2F1');
    } finally {
      history.replaceState(null, '', before);
    }
    await expect(el).to.be.accessible();
  });

  it('keeps speakers as text without speaker-href, or with an unsafe one', async () => {
    for (const href of ['', 'javascript:alert("{id}")']) {
      const el = await render({ href });
      expect(session(el, 'Open data in parliaments').querySelectorAll('.speakers a')).to.have.length(0);
      expect(text(session(el, 'Open data in parliaments').querySelector('.speakers'))).to.equal('Speakers: Ana Núñez and Tom');
    }
  });
});
