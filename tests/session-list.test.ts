import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { Schedule } from '../src/data/schedule.js';
import '../src/elements/session-list/session-list.js';
import type { PoplusSessionList } from '../src/elements/session-list/session-list.js';
import type { PoplusErrorEvent, PoplusFavoriteToggleEvent, PoplusSessionSelectEvent } from '../src/shared/events/index.js';
import { emulateMedia, nextFrames, seen as text } from './helpers.js';

const POPLUSCON = '/demo/data/popluscon-schedule.json';
let popluscon: Schedule;

const $ = <E extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<E>(selector);
const $$ = <E extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<E>(selector)];
const tabs = (el: Element) => $$(el, '[role="tab"]');
const titles = (el: Element) => $$(el, '.session .title').map(text);
const slotTimes = (el: Element) => $$(el, '.slot-time').map(text);
const session = (el: Element, title: string) => $$(el, '.session').find((li) => text(li.querySelector('.title')) === title)!;

/** Renders the PoplusCon programme, pinned to English and to a reader in Santiago unless told otherwise. */
async function programme(
  attributes: Partial<Record<'lang' | 'viewer' | 'now' | 'view' | 'zone', string>> = {},
  data: Schedule | undefined = popluscon,
) {
  const el = await fixture<PoplusSessionList>(html`<poplus-session-list
    lang=${attributes.lang ?? 'en'}
    viewer-time-zone=${attributes.viewer ?? 'America/Santiago'}
    time-zone=${attributes.zone ?? 'America/Santiago'}
    now=${attributes.now ?? '2020-01-01T00:00:00Z'}
    view=${attributes.view ?? 'list'}
    .sessions=${data}
  ></poplus-session-list>`);
  await el.updateComplete;
  return el;
}

async function setSelect(el: Element, label: string, value: string) {
  const select = $$(el, 'label.field')
    .find((l) => text(l).startsWith(label))!
    .querySelector('select')!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await (el as PoplusSessionList).updateComplete;
}

async function search(el: PoplusSessionList, query: string) {
  const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
  input.value = query;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

describe('<poplus-session-list>', () => {
  before(async () => {
    popluscon = await fetch(POPLUSCON).then((r) => r.json());
  });
  beforeEach(() => {
    localStorage.clear();
  });

  describe('the PoplusCon 2014 programme', () => {
    it('loads from src and shows day tabs, time slots and sessions in the event zone', async () => {
      const el = await fixture<PoplusSessionList>(html`<poplus-session-list
        lang="en"
        viewer-time-zone="America/Santiago"
        now="2020-01-01T00:00:00Z"
        src=${POPLUSCON}
      ></poplus-session-list>`);
      await oneEvent(el, 'poplus-load');
      await el.updateComplete;
      expect(tabs(el).map(text)).to.deep.equal(['Tue, Apr 29', 'Wed, Apr 30']);
      expect(tabs(el)[0]!.getAttribute('aria-selected')).to.equal('true');
      expect(slotTimes(el).slice(0, 5)).to.deep.equal(['9:00 AM', '9:30 AM', '10:00 AM', '10:30 AM', '11:00 AM']);
      const apps = session(el, 'Apps vs. APIs');
      expect(text(apps.querySelector('.meta'))).to.equal('11:00 AM – 12:00 PM Room: Green room Track: Other sessions Kind: Session');
      expect(text($(el, '.note'))).to.contain('Times in Chile Time (GMT-4).');
      expect(text($(el, '[role="status"]'))).to.equal('20 of 20 sessions');
      // The reader is in the event's zone: no switch.
      expect($(el, '[part="time-zone"]')).to.equal(null);
    });

    it('follows the ARIA tabs pattern: arrow keys, Home and End move selection and focus', async () => {
      const el = await programme();
      const [first, second] = tabs(el);
      expect($(el, '[role="tabpanel"]')!.getAttribute('aria-labelledby')).to.equal(first!.id);
      expect(first!.tabIndex).to.equal(0);
      expect(second!.tabIndex).to.equal(-1);
      first!.focus();
      first!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      await el.updateComplete;
      await el.updateComplete;
      expect(second!.getAttribute('aria-selected')).to.equal('true');
      expect(el.shadowRoot!.activeElement).to.equal(second);
      expect($(el, '[role="tabpanel"]')!.getAttribute('aria-labelledby')).to.equal(second!.id);
      expect(titles(el)).to.include('Hack Democracy');
      second!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
      await el.updateComplete;
      expect(first!.getAttribute('aria-selected')).to.equal('true');
      first!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
      await el.updateComplete;
      expect(second!.getAttribute('aria-selected')).to.equal('true');
    });

    it('is accessible, with a session opened too', async () => {
      const el = await programme({ viewer: 'Europe/Berlin' });
      await expect(el).to.be.accessible();
      (session(el, 'Apps vs. APIs').querySelector('.title') as HTMLButtonElement).click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('time zones', () => {
    it('offers the reader’s zone only when it differs from the event’s on the event’s days', async () => {
      // La Paz is UTC−4 all year, as Santiago was on 29–30 April 2014: same clock, no switch.
      expect($(await programme({ viewer: 'America/La_Paz' }), '[part="time-zone"]')).to.equal(null);
      const el = await programme({ viewer: 'Asia/Tokyo' });
      const radios = $$<HTMLInputElement>(el, '[part="time-zone"] input[type="radio"]');
      expect(radios.map((r) => text(r.parentElement))).to.deep.equal(['Event time (Chile Time)', 'My time (Japan Standard Time)']);
      expect(radios[0]!.checked).to.equal(true);
    });

    it('switches to the reader’s zone, keeps the event’s days and marks sessions on another day', async () => {
      const el = await programme({ viewer: 'Asia/Tokyo' });
      const radios = $$<HTMLInputElement>(el, '[part="time-zone"] input[type="radio"]');
      radios[1]!.click();
      await el.updateComplete;
      expect(tabs(el).map(text)).to.deep.equal(['Tue, Apr 29', 'Wed, Apr 30']);
      expect(text($(el, '.note'))).to.contain('Times in Japan Standard Time (GMT+9).');
      // 9:00 in Santiago (UTC−4) is 22:00 in Tokyo the same day; the 19:00 party is 8:00 the next day.
      expect(slotTimes(el)[0]).to.equal('10:00 PM');
      const party = session(el, 'Party at Girardi 1305');
      expect(text(party.querySelector('.time'))).to.equal('from 8:00 AM +1 day');
      expect(session(el, 'Registration').querySelector('.shift')).to.equal(null);
      radios[0]!.click();
      await el.updateComplete;
      expect(slotTimes(el)[0]).to.equal('9:00 AM');
    });

    it('stays right across a DST change (Berlin, 26–27 October 2024, from iCalendar)', async () => {
      const el = await fixture<PoplusSessionList>(html`<poplus-session-list
        lang="en-GB"
        viewer-time-zone="UTC"
        now="2020-01-01T00:00:00Z"
        src="/tests/fixtures/civic-tech-weekend.ics"
      ></poplus-session-list>`);
      await oneEvent(el, 'poplus-load');
      await el.updateComplete;
      expect(tabs(el).map(text)).to.deep.equal(['Sat 26 Oct', 'Sun 27 Oct']);
      expect(slotTimes(el)).to.deep.equal(['10:00', '11:00', '22:00']);
      expect(text(session(el, 'Night of the maintainers').querySelector('.time'))).to.equal('22:00 – Sun 02:00');
      tabs(el)[1]!.click();
      await el.updateComplete;
      // All-day first; 09:00Z is 10:00 CET after the clocks went back; a floating time reads in the calendar's zone.
      expect(slotTimes(el)).to.deep.equal(['All day', '10:00', '16:00']);
      const radios = $$<HTMLInputElement>(el, '[part="time-zone"] input[type="radio"]');
      radios[1]!.click();
      await el.updateComplete;
      expect(slotTimes(el)).to.deep.equal(['All day', '09:00', '15:00']);
      tabs(el)[0]!.click();
      await el.updateComplete;
      expect(slotTimes(el)).to.deep.equal(['08:00', '09:00', '20:00']);
    });
  });

  it('keeps a session after midnight on the evening it belongs to, marked +1 day', async () => {
    const el = await programme(
      {},
      {
        event: { id: 'night', timeZone: 'America/Santiago' },
        sessions: [
          { id: 'a', title: 'Evening talk', start: '2014-04-29T21:00' },
          { id: 'b', title: 'Late concert', start: '2014-04-30T00:30', day: '2014-04-29' },
          { id: 'c', title: 'Morning talk', start: '2014-04-30T09:00' },
        ],
      },
    );
    expect(titles(el)).to.deep.equal(['Evening talk', 'Late concert']);
    expect(text(session(el, 'Late concert').querySelector('.time'))).to.equal('from 12:30 AM +1 day');
    expect(tabs(el).map(text)).to.deep.equal(['Tue, Apr 29', 'Wed, Apr 30']);
  });

  it('reads a frab export: rooms, tracks, speakers, five days', async () => {
    const el = await fixture<PoplusSessionList>(html`<poplus-session-list
      lang="en-GB"
      viewer-time-zone="Europe/Berlin"
      now="2020-01-01T00:00:00Z"
      src="/tests/fixtures/frab-camp2019.json"
    ></poplus-session-list>`);
    await oneEvent(el, 'poplus-load');
    await el.updateComplete;
    expect(tabs(el)).to.have.length(5);
    const opening = session(el, 'Opening Ceremony');
    expect(text(opening.querySelector('.meta'))).to.equal('11:00–11:30 Room: Curie Track: CCC Kind: Talk Language: English');
    expect(text(opening.querySelector('.speakers'))).to.equal('Speakers: jinxx and smtw');
  });

  describe('filters', () => {
    it('filters by room, and says how many sessions are shown', async () => {
      const el = await programme();
      tabs(el)[1]!.click();
      await el.updateComplete;
      await setSelect(el, 'Room', 'Pink room');
      expect(titles(el)).to.deep.equal([
        'Building/maintaining Developer Communities for our projects',
        'Apps to the street: How do we get more users to use our apps?',
        'Mapping/modeling relationships between people',
        'Post-conference networking',
      ]);
      expect(text($(el, '[role="status"]'))).to.equal('4 of 21 sessions');
      // The tabs count the matches of each day.
      expect(tabs(el).map(text)).to.deep.equal(['Tue, Apr 29 (0)', 'Wed, Apr 30 (4)']);
    });

    it('filters by track and kind, and clears every filter at once', async () => {
      const el = await programme();
      await setSelect(el, 'Kind', 'plenary');
      await setSelect(el, 'Track', 'Building Poplus');
      expect(titles(el)).to.deep.equal([]);
      expect(text($(el, '.no-match'))).to.equal('No sessions match these filters on this day.');
      await setSelect(el, 'Kind', '');
      await setSelect(el, 'Track', '');
      await setSelect(el, 'Kind', 'break');
      expect(titles(el)).to.deep.equal([
        'Coffee/ Time to publish new sessions into the wall/ sorting into groups',
        'Lunch',
        'Short coffee break',
      ]);
      ($$(el, 'button').find((b) => text(b) === 'Clear filters') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(titles(el)).to.have.length(20);
    });

    it('searches titles, speakers and descriptions, ignoring case and accents', async () => {
      const el = await programme(
        {},
        {
          event: { id: 'search-test', timeZone: 'America/Santiago' },
          sessions: [
            { id: 'a', title: 'Participación ciudadana', start: '2014-04-29T10:00' },
            { id: 'b', title: 'Open data', start: '2014-04-29T11:00', speakers: [{ name: 'Ana Núñez' }] },
            { id: 'c', title: 'Scrapers', start: '2014-04-29T12:00', description: 'Con morph.io, en Perú.' },
          ],
        },
      );
      await search(el, 'PARTICIPACION');
      expect(titles(el)).to.deep.equal(['Participación ciudadana']);
      await search(el, 'nunez');
      expect(titles(el)).to.deep.equal(['Open data']);
      await search(el, 'peru morph');
      expect(titles(el)).to.deep.equal(['Scrapers']);
    });
  });

  describe('favourites', () => {
    it('stars a session (aria-pressed), keeps it per event id, and fires poplus-favorite-toggle', async () => {
      const el = await programme();
      const star = session(el, 'Apps vs. APIs').querySelector<HTMLButtonElement>('.star')!;
      expect(star.getAttribute('aria-label')).to.equal('Favourite: Apps vs. APIs');
      expect(star.getAttribute('aria-pressed')).to.equal('false');
      setTimeout(() => star.click());
      const event = (await oneEvent(el, 'poplus-favorite-toggle')) as PoplusFavoriteToggleEvent;
      expect(event.detail).to.deep.equal({ id: 'd1-s1-green', favorite: true, favorites: ['d1-s1-green'] });
      await el.updateComplete;
      expect(star.getAttribute('aria-pressed')).to.equal('true');
      expect(JSON.parse(localStorage.getItem('poplus-session-list:favorites:popluscon-2014')!)).to.deep.equal(['d1-s1-green']);
      // A second list of the same event starts with the same favourites.
      const again = await programme();
      expect(session(again, 'Apps vs. APIs').querySelector('.star')!.getAttribute('aria-pressed')).to.equal('true');
    });

    it('filters to "my sessions" and downloads them as an .ics file', async () => {
      localStorage.setItem('poplus-session-list:favorites:popluscon-2014', JSON.stringify(['d1-s1-green', 'd2-s4-red']));
      const el = await programme();
      const mine = $$<HTMLInputElement>(el, 'input[type="checkbox"]').find((c) => text(c.parentElement) === 'My sessions only')!;
      mine.click();
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Apps vs. APIs']);
      expect(tabs(el).map(text)).to.deep.equal(['Tue, Apr 29 (1)', 'Wed, Apr 30 (1)']);
      // The calendar writer loads on first use.
      await waitUntil(() => $(el, 'a[part="download"]'), 'no download link');
      const link = $<HTMLAnchorElement>(el, 'a[part="download"]')!;
      expect(text(link)).to.equal('Download my sessions (.ics)');
      expect(link.download).to.equal('popluscon-2014-my-sessions.ics');
      expect(link.href).to.match(/^blob:/);
      const ics = await fetch(link.href).then((r) => r.text());
      expect(ics).to.match(/^BEGIN:VCALENDAR\r\n/);
      expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(2);
      expect(ics).to.contain('SUMMARY:Apps vs. APIs\r\n');
      expect(ics).to.contain('DTSTART:20140429T150000Z\r\nDTEND:20140429T160000Z\r\n');
      expect(ics).to.contain('UID:d1-s1-green@popluscon-2014.poplus-elements\r\n');
    });

    it('keeps working when storage throws', async () => {
      const { getItem, setItem } = Storage.prototype;
      Storage.prototype.getItem = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        const el = await programme();
        const star = session(el, 'Lunch').querySelector<HTMLButtonElement>('.star')!;
        star.click();
        await el.updateComplete;
        expect(star.getAttribute('aria-pressed')).to.equal('true');
      } finally {
        Object.assign(Storage.prototype, { getItem, setItem });
      }
    });
  });

  describe('selecting a session', () => {
    it('fires a cancelable poplus-session-select; a cancelled one opens nothing', async () => {
      const el = await programme();
      el.addEventListener('poplus-session-select', (e) => e.preventDefault(), { once: true });
      const button = session(el, 'Apps vs. APIs').querySelector<HTMLButtonElement>('.title')!;
      setTimeout(() => button.click());
      const event = (await oneEvent(el, 'poplus-session-select')) as PoplusSessionSelectEvent;
      expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
      expect(event.detail.id).to.equal('d1-s1-green');
      expect(event.detail.session.title).to.equal('Apps vs. APIs');
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect($(el, '[part="details"]')).to.equal(null);
    });

    it('otherwise opens the details in place: links and an "add to calendar" file', async () => {
      const el = await programme();
      const button = session(el, 'Talk more. Code less.').querySelector<HTMLButtonElement>('.title')!;
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const details = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
      await waitUntil(() => details.querySelector('a[download]'), 'no calendar file');
      expect([...details.querySelectorAll('a')].map(text)).to.deep.equal(['Agenda', 'Notes', 'Add to calendar (.ics)']);
      const add = [...details.querySelectorAll('a')].pop()!;
      expect(add.download).to.equal('d1-s1-grey.ics');
      const ics = await fetch(add.href).then((r) => r.text());
      expect(ics).to.contain('SUMMARY:Talk more. Code less.\r\n');
      expect(ics).to.contain('LOCATION:Grey room\r\n');
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    });
  });

  describe('now and next', () => {
    it('marks the sessions under way and opens on today', async () => {
      const el = await programme({ now: '2014-04-30T11:45:00-04:00' });
      expect(tabs(el)[1]!.getAttribute('aria-selected')).to.equal('true');
      const current = $$(el, '.session.current').map((li) => text(li.querySelector('.title')));
      expect(current).to.deep.equal([
        'What are Poplus components?',
        'Billab.io -- collaborative bill writing',
        'Innovative Tools for including more voices and inclusive outreach',
        'Apps to the street: How do we get more users to use our apps?',
      ]);
      expect(text(session(el, 'Billab.io -- collaborative bill writing').querySelector('.now'))).to.equal('Now');
    });

    it('offers the next slot and focuses it on request, without touching the URL', async () => {
      const hash = location.hash;
      const el = await programme({ now: '2014-04-29T18:00:00-04:00' });
      const next = $<HTMLButtonElement>(el, '[part="next"]')!;
      expect(text(next)).to.equal('Next: 7:00 PM');
      expect(window.scrollY).to.equal(0);
      next.click();
      await el.updateComplete;
      await nextFrames();
      expect(text(el.shadowRoot!.activeElement)).to.equal('7:00 PM');
      expect(location.hash).to.equal(hash);
    });

    it('takes a session without an end to last until the next one starts', async () => {
      const el = await programme({ now: '2014-04-29T13:30:00-04:00' });
      expect($$(el, '.session.current').map((li) => text(li.querySelector('.title')))).to.deep.equal(['Lunch']);
      expect(text($(el, '[part="next"]'))).to.equal('Next: 2:00 PM');
    });

    it('shows no marks or next button outside the event', async () => {
      const el = await programme({ now: '2015-01-01T12:00:00Z' });
      expect($(el, '[part="next"]')).to.equal(null);
      expect($$(el, '.current')).to.deep.equal([]);
    });
  });

  describe('host safety and the URL', () => {
    it('never writes the hash without sync-url', async () => {
      const before = location.hash;
      const el = await programme();
      await setSelect(el, 'Room', 'Red room');
      expect(location.hash).to.equal(before);
    });

    it('keeps the day and filters in the hash with sync-url, and reads them back', async () => {
      const before = location.href;
      try {
        const el = await fixture<PoplusSessionList>(html`<poplus-session-list
          sync-url
          lang="en"
          viewer-time-zone="America/Santiago"
          now="2020-01-01T00:00:00Z"
          .sessions=${popluscon}
        ></poplus-session-list>`);
        tabs(el)[1]!.click();
        await el.updateComplete;
        await setSelect(el, 'Room', 'Red room');
        expect(new URLSearchParams(location.hash.slice(1)).get('room')).to.equal('Red room');
        expect(new URLSearchParams(location.hash.slice(1)).get('day')).to.equal('2014-04-30');
        const copy = await fixture<PoplusSessionList>(html`<poplus-session-list
          sync-url
          lang="en"
          viewer-time-zone="America/Santiago"
          now="2020-01-01T00:00:00Z"
          .sessions=${popluscon}
        ></poplus-session-list>`);
        expect(tabs(copy)[1]!.getAttribute('aria-selected')).to.equal('true');
        expect(titles(copy)).to.have.length(4);
      } finally {
        history.replaceState(null, '', before);
      }
    });
  });

  describe('grid view', () => {
    it('lays sessions out by room in a wide container', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 1200px">
        <poplus-session-list lang="en" view="grid" viewer-time-zone="America/Santiago" now="2020-01-01T00:00:00Z" .sessions=${popluscon}></poplus-session-list>
      </div>`);
      const el = wrapper.querySelector('poplus-session-list')!;
      await el.updateComplete;
      await nextFrames();
      expect($$(el, '.grid-room').map(text)).to.deep.equal(['Red room', 'Grey room', 'Green room']);
      const red = session(el, "Let's build an international vote schema").getBoundingClientRect();
      const grey = session(el, 'Talk more. Code less.').getBoundingClientRect();
      expect(Math.round(red.top)).to.equal(Math.round(grey.top));
      expect(grey.left).to.be.greaterThan(red.left);
      await expect(el).to.be.accessible();
    });

    it('falls back to the list in a narrow container', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 360px">
        <poplus-session-list lang="en" view="grid" viewer-time-zone="America/Santiago" now="2020-01-01T00:00:00Z" .sessions=${popluscon}></poplus-session-list>
      </div>`);
      const el = wrapper.querySelector('poplus-session-list')!;
      await el.updateComplete;
      await nextFrames();
      expect(getComputedStyle($(el, '.grid-room')!).display).to.equal('none');
      const red = session(el, "Let's build an international vote schema").getBoundingClientRect();
      const grey = session(el, 'Talk more. Code less.').getBoundingClientRect();
      expect(grey.top).to.be.greaterThan(red.bottom - 1);
    });
  });

  it('draws a long day a chunk at a time until every session is there', async () => {
    const sessions = Array.from({ length: 150 }, (_, i) => ({
      id: `s${i}`,
      title: `Session ${i}`,
      start: `2014-04-29T${String(8 + (i % 10)).padStart(2, '0')}:00`,
      room: `Room ${i % 15}`,
    }));
    const el = await programme({}, { event: { id: 'long-day', timeZone: 'America/Santiago' }, sessions });
    await waitUntil(() => titles(el).length === 150, 'not every session was drawn');
    expect(text($(el, '[role="status"]'))).to.equal('150 of 150 sessions');
  });

  it('keeps the current session distinct in forced colours', async () => {
    const el = await programme({ now: '2014-04-29T11:30:00-04:00' });
    await emulateMedia({ 'forced-colors': 'active' });
    try {
      const current = session(el, 'Apps vs. APIs');
      const other = session(el, 'Lunch');
      expect(getComputedStyle(current).borderInlineStartColor).not.to.equal(getComputedStyle(other).borderInlineStartColor);
    } finally {
      await emulateMedia({});
    }
  });

  it('renders every day for printing, then goes back to one', async () => {
    const el = await programme();
    expect($$(el, '[part="day"]')).to.have.length(1);
    window.dispatchEvent(new Event('beforeprint'));
    expect($$(el, '[part="day"]').map((d) => text(d.querySelector('.print-day')))).to.deep.equal([
      'Tuesday, April 29',
      'Wednesday, April 30',
    ]);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect($$(el, '[part="day"]')).to.have.length(1);
  });

  describe('bad input', () => {
    it('shows HTML as text, drops unsafe links, names sessions it cannot place', async () => {
      const el = await programme(
        {},
        {
          event: { id: 'hostile', timeZone: 'Not/AZone' },
          sessions: [
            {
              id: 'x',
              title: '<img src=x onerror=alert(1)>',
              start: '2014-04-29T10:00:00Z',
              description: '<script>alert(1)</script>',
              url: 'javascript:alert(1)',
              room: null,
              speakers: [{ name: '<b>Eve</b>', url: 'javascript:alert(2)' }],
            },
            { id: 'y', start: '2014-04-29T11:00:00Z', end: 'later' },
            { id: 'z', title: 'Bad date', start: 'next Tuesday' },
            null as never,
            { id: 'x', title: 'Same id twice', start: '2014-04-29T12:00:00Z', end: '2014-04-29T11:00:00Z' },
          ],
        },
      );
      expect(titles(el)).to.deep.equal(['<img src=x onerror=alert(1)>', 'Untitled session', 'Same id twice']);
      expect($(el, 'img')).to.equal(null);
      expect(text($(el, '.skipped'))).to.equal('Left out, without a readable start time (1): Bad date.');
      (session(el, '<img src=x onerror=alert(1)>').querySelector('.title') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(text($(el, '.description'))).to.equal('<script>alert(1)</script>');
      expect($(el, 'script')).to.equal(null);
      expect($$<HTMLAnchorElement>(el, 'a').filter((a) => a.href.startsWith('javascript:'))).to.deep.equal([]);
    });

    it('shows the error state for a file that cannot be read', async () => {
      const el = await fixture<PoplusSessionList>(
        html`<poplus-session-list lang="en" src="/tests/fixtures/broken.json"></poplus-session-list>`,
      );
      const event = (await oneEvent(el, 'poplus-error')) as PoplusErrorEvent;
      expect(event.detail.kind).to.equal('parse');
      await el.updateComplete;
      expect($(el, '[part="error"]')!.getAttribute('role')).to.equal('alert');
      await expect(el).to.be.accessible();
    });

    it('shows the empty state for a schedule without sessions', async () => {
      const el = await programme({}, { sessions: [] });
      expect(text($(el, '[part="empty"]'))).to.equal('Nothing to show yet.');
    });
  });

  it('reads an inline <script type="application/json"> child', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <poplus-session-list lang="en" time-zone="America/Santiago" viewer-time-zone="America/Santiago" now="2020-01-01T00:00:00Z">
        <script type="application/json">
          { "sessions": [{ "id": "a", "title": "Inline session", "start": "2014-04-29T10:00" }] }
        </script>
      </poplus-session-list>
    </div>`);
    const el = wrapper.querySelector('poplus-session-list')!;
    await waitUntil(() => titles(el).length === 1, 'inline data not shown');
    expect(titles(el)).to.deep.equal(['Inline session']);
    expect(slotTimes(el)).to.deep.equal(['10:00 AM']);
    expect(tabs(el)).to.have.length(0);
  });

  it('speaks Spanish and Arabic, and reverses arrow keys right to left', async () => {
    const es = await programme({ lang: 'es' });
    expect(tabs(es).map(text)).to.deep.equal(['mar, 29 abr', 'mié, 30 abr']);
    expect(text($(es, '[role="status"]'))).to.equal('20 de 20 sesiones');
    const wrapper = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl">
      <poplus-session-list viewer-time-zone="America/Santiago" now="2020-01-01T00:00:00Z" .sessions=${popluscon}></poplus-session-list>
    </div>`);
    const ar = wrapper.querySelector('poplus-session-list')!;
    await waitUntil(
      () => text($(ar, '[role="tablist"]')?.previousElementSibling?.querySelector('label') ?? null).startsWith('بحث'),
      'Arabic not loaded',
    );
    const [first, second] = tabs(ar);
    first!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    await ar.updateComplete;
    expect(second!.getAttribute('aria-selected')).to.equal('true');
    await expect(ar).to.be.accessible();
  });
});
