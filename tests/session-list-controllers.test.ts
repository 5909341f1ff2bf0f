import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Schedule } from '../src/data/schedule.js';
import '../src/elements/session-list/session-list.js';
import type { PoplusSessionList } from '../src/elements/session-list/session-list.js';
import { seen as text } from './helpers.js';

// The session list's controllers as a reader meets them: calendar files that stop working once they are no
// longer offered, stars shared between tabs, and a view that follows the URL hash.

const $ = <E extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<E>(selector);
const $$ = <E extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<E>(selector)];
const session = (el: Element, title: string) => $$(el, '.session').find((li) => text(li.querySelector('.title')) === title)!;
const KEY = 'poplus-session-list:favorites:controllers-test';

const programme: Schedule = {
  event: { id: 'controllers-test', timeZone: 'America/Santiago' },
  sessions: [
    { id: 'a', title: 'First', start: '2014-04-29T10:00', end: '2014-04-29T11:00', room: 'Red room' },
    { id: 'b', title: 'Second', start: '2014-04-30T10:00', room: 'Green room' },
  ],
};

const render = (syncUrl = false) =>
  fixture<PoplusSessionList>(html`<poplus-session-list
    lang="en"
    ?sync-url=${syncUrl}
    viewer-time-zone="America/Santiago"
    now="2020-01-01T00:00:00Z"
    .sessions=${programme}
  ></poplus-session-list>`);

/** Whether a blob URL still serves its file. */
const serves = (url: string) =>
  fetch(url).then(
    (r) => r.ok,
    () => false,
  );

describe('<poplus-session-list> controllers', () => {
  beforeEach(() => localStorage.clear());

  it('revokes a session’s calendar file when it is closed, and every file when the element leaves the page', async () => {
    localStorage.setItem(KEY, JSON.stringify(['a']));
    const el = await render();
    const title = session(el, 'First').querySelector<HTMLButtonElement>('.title')!;
    title.click();
    // The calendar writer loads on first use.
    await waitUntil(() => session(el, 'First').querySelector('a[download]'), 'no calendar file');
    const file = session(el, 'First').querySelector<HTMLAnchorElement>('a[download]')!.href;
    const favorites = $<HTMLAnchorElement>(el, 'a[part="download"]')!.href;
    expect(await serves(file)).to.equal(true);
    title.click();
    await el.updateComplete;
    expect(await serves(file)).to.equal(false);
    const parent = el.parentElement!;
    el.remove();
    expect(await serves(favorites)).to.equal(false);
    parent.append(el);
    await el.updateComplete;
    const again = $<HTMLAnchorElement>(el, 'a[part="download"]')!.href;
    expect(again).not.to.equal(favorites);
    expect(await serves(again)).to.equal(true);
  });

  it('shows stars set in another tab', async () => {
    const el = await render();
    const star = session(el, 'First').querySelector('.star')!;
    expect(star.getAttribute('aria-pressed')).to.equal('false');
    localStorage.setItem(KEY, JSON.stringify(['a']));
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: '["a"]' }));
    await el.updateComplete;
    expect(star.getAttribute('aria-pressed')).to.equal('true');
  });

  it('follows the hash with sync-url, and leaves a plain anchor alone', async () => {
    const before = location.href;
    try {
      const el = await render(true);
      location.hash = 'day=2014-04-30&q=second';
      await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
      await el.updateComplete;
      expect($$(el, '[role="tab"]')[1]!.getAttribute('aria-selected')).to.equal('true');
      expect($<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('second');
      location.hash = 'programme';
      await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
      await el.updateComplete;
      expect($$(el, '[role="tab"]')[1]!.getAttribute('aria-selected')).to.equal('true');
    } finally {
      history.replaceState(null, '', before);
    }
  });
});
