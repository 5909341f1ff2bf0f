import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { property } from 'lit/decorators.js';
import type { PropertyValues } from 'lit';
import { DataElement } from '../src/shared/data-element.js';
import { DataSourceController } from '../src/shared/data-source.js';
import { defineElement } from '../src/shared/define.js';
import { PoplusElement } from '../src/shared/poplus-element.js';
import { parseJson, DataReadError } from '../src/data/errors.js';
import type { PoplusErrorEvent, PoplusLoadEvent } from '../src/shared/events/index.js';

type Person = { name: string };

const toPeople = (value: unknown): Person[] => {
  if (!Array.isArray(value)) throw new DataReadError('parse', { subject: 'JSON', detail: 'not an array' });
  return value as Person[];
};

/** The smallest data element: a list of names, through the shared data path. */
class TestPeople extends DataElement(PoplusElement) {
  @property({ attribute: false }) people: unknown = undefined;
  /** Answers of a slow adapter (as a lazily loaded format's would be), released by the test. */
  readonly pending: (() => void)[] = [];
  readonly data = new DataSourceController<Person[]>(this, {
    property: 'people',
    adapt: (value) =>
      Array.isArray(value) && value[0] === 'slow'
        ? new Promise<Person[]>((resolve) => this.pending.push(() => resolve(toPeople(value.slice(1)))))
        : toPeople(value),
    read: (text) => toPeople(parseJson(text)),
    isEmpty: (people) => people.length === 0,
  });
  /** What each update was told had changed. */
  readonly changes: string[][] = [];
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.changes.push([...changed.keys()].map(String));
  }
  override render() {
    return this.data.render((people) => html`<ul>${people.map((p) => html`<li>${p.name}</li>`)}</ul>`);
  }
}
defineElement('test-people', TestPeople);

const names = (el: Element) => [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);
const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part="${name}"]`);

describe('shared data source', () => {
  it('renders data set as a property, without events', async () => {
    let events = 0;
    const el = await fixture<TestPeople>(html`<test-people @poplus-load=${() => events++} .people=${[{ name: 'Ana' }]}></test-people>`);
    expect(names(el)).to.deep.equal(['Ana']);
    expect(events).to.equal(0);
  });

  it('loads src, shows the loading state meanwhile, and fires poplus-load', async () => {
    const el = await fixture<TestPeople>(html`<test-people src="/__slow/200/tests/fixtures/people.json"></test-people>`);
    expect(part(el, 'loading')!.getAttribute('role')).to.equal('status');
    expect(part(el, 'loading')!.textContent).to.equal('Loading…');
    const event = (await oneEvent(el, 'poplus-load')) as PoplusLoadEvent<Person[]>;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.source).to.equal('src');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Ana Núñez', 'Tom Steinberg']);
  });

  it('aborts the old load when src changes, so the old data never shows', async () => {
    // The signal of each request, by URL: the old load must be cancelled, not merely outrun.
    const signals = new Map<string, AbortSignal>();
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      if (init?.signal) signals.set(String(input), init.signal);
      return realFetch(input, init);
    };
    try {
      const el = await fixture<TestPeople>(html`<test-people src="/__slow/600/tests/fixtures/people.json"></test-people>`);
      const loads: string[] = [];
      el.addEventListener('poplus-load', (e) => loads.push((e as PoplusLoadEvent).detail.url!));
      el.src = '/tests/fixtures/other-people.json';
      await oneEvent(el, 'poplus-load');
      await el.updateComplete;
      expect(signals.get('/__slow/600/tests/fixtures/people.json')?.aborted).to.equal(true);
      expect(loads).to.deep.equal(['/tests/fixtures/other-people.json']);
      expect(names(el)).to.deep.equal(['Felipe Heusser']);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('reports a 404 with a translated message and an event', async () => {
    const el = await fixture<TestPeople>(html`<test-people lang="es" src="/__status/404"></test-people>`);
    const event = (await oneEvent(el, 'poplus-error')) as PoplusErrorEvent;
    expect(event.detail).to.include({ kind: 'http', status: 404 });
    await el.updateComplete;
    const error = part(el, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('el servidor respondió con el error 404');
  });

  it('reports invalid JSON as a parse error', async () => {
    const el = await fixture<TestPeople>(html`<test-people src="/tests/fixtures/broken.json"></test-people>`);
    const event = (await oneEvent(el, 'poplus-error')) as PoplusErrorEvent;
    expect(event.detail.kind).to.equal('parse');
    await el.updateComplete;
    expect(part(el, 'error')!.textContent).to.contain('not valid JSON');
  });

  it('reports an HTML page where data was expected', async () => {
    const el = await fixture<TestPeople>(html`<test-people src="/tests/fixtures/not-data.html"></test-people>`);
    const event = (await oneEvent(el, 'poplus-error')) as PoplusErrorEvent;
    expect(event.detail.kind).to.equal('content');
    await el.updateComplete;
    expect(part(el, 'error')!.textContent).to.contain('text/html');
  });

  it('reports an unreachable server as a network error', async () => {
    const el = await fixture<TestPeople>(html`<test-people src="http://127.0.0.1:9/people.json"></test-people>`);
    const event = (await oneEvent(el, 'poplus-error')) as PoplusErrorEvent;
    expect(event.detail.kind).to.equal('network');
  });

  it('keeps the last good data on screen when a reload fails, and says so', async () => {
    const el = await fixture<TestPeople>(html`<test-people src="/tests/fixtures/people.json"></test-people>`);
    await oneEvent(el, 'poplus-load');
    el.src = '/__status/500';
    await oneEvent(el, 'poplus-error');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Ana Núñez', 'Tom Steinberg']);
    expect(part(el, 'error')!.textContent).to.contain('Showing the data loaded before.');
  });

  it('tries again from the error state', async () => {
    const el = await fixture<TestPeople>(html`<test-people src="/tests/fixtures/broken.json"></test-people>`);
    await oneEvent(el, 'poplus-error');
    await el.updateComplete;
    const retry = part(el, 'retry-button') as HTMLButtonElement;
    expect(retry.textContent).to.equal('Try again');
    setTimeout(() => retry.click());
    await oneEvent(el, 'poplus-error');
  });

  it('reads an inline <script type="application/json"> child, never as markup', async () => {
    const sources: string[] = [];
    const wrapper = await fixture<HTMLElement>(html`<div @poplus-load=${(e: PoplusLoadEvent) => sources.push(e.detail.source)}>
      <test-people><script type="application/json">[{"name": "<img src=x onerror=alert(1)>"}]</script></test-people>
    </div>`);
    const el = wrapper.querySelector('test-people')!;
    await waitUntil(() => sources.length > 0, 'no poplus-load');
    expect(sources).to.deep.equal(['inline']);
    expect(names(el)).to.deep.equal(['<img src=x onerror=alert(1)>']);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('hands new data to the element as a reactive change named data', async () => {
    const el = await fixture<TestPeople>(html`<test-people .people=${[{ name: 'Ana' }]}></test-people>`);
    expect(el.changes[0]).to.include('data');
    el.changes.length = 0;
    el.people = [{ name: 'Tom' }];
    await el.updateComplete;
    expect(el.changes).to.deep.equal([['people', 'data']]);
    expect(names(el)).to.deep.equal(['Tom']);
  });

  it('reads a property value through the adapter: a bad one shows an error, fires poplus-error, and keeps the data', async () => {
    const el = await fixture<TestPeople>(html`<test-people .people=${[{ name: 'Ana' }]}></test-people>`);
    setTimeout(() => (el.people = { not: 'a list' }));
    const event = (await oneEvent(el, 'poplus-error')) as PoplusErrorEvent;
    expect(event.detail.kind).to.equal('parse');
    expect(names(el)).to.deep.equal(['Ana']);
    expect(part(el, 'error')!.textContent).to.contain('Showing the data loaded before.');
  });

  it('waits for a slow adapter with the loading state, and drops its answer for a value replaced meanwhile', async () => {
    const el = await fixture<TestPeople>(html`<test-people .people=${['slow', { name: 'Old' }]}></test-people>`);
    expect(part(el, 'loading')).to.exist;
    el.people = [{ name: 'New' }];
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['New']);
    el.pending.forEach((release) => release());
    await Promise.resolve();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['New']);
  });

  it('falls back to the loaded data when the property is cleared', async () => {
    const el = await fixture<TestPeople>(html`<test-people src="/tests/fixtures/people.json" .people=${[{ name: 'Set' }]}></test-people>`);
    await oneEvent(el, 'poplus-load');
    expect(names(el)).to.deep.equal(['Set']);
    el.people = undefined;
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Ana Núñez', 'Tom Steinberg']);
  });

  it('shows the empty state for empty data', async () => {
    const el = await fixture<TestPeople>(html`<test-people .people=${[]}></test-people>`);
    expect(part(el, 'empty')!.textContent).to.equal('Nothing to show yet.');
  });

  it('registers a tag only once, so a second copy of the library does not throw', () => {
    class Other extends HTMLElement {}
    expect(() => defineElement('test-people', Other)).not.to.throw();
    expect(customElements.get('test-people')).to.equal(TestPeople);
  });

  it('is accessible in its error state', async () => {
    const el = await fixture<TestPeople>(html`<test-people src="/__status/404"></test-people>`);
    await oneEvent(el, 'poplus-error');
    await expect(el).to.be.accessible();
  });
});
