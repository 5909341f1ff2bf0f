import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/elements/participant-table/participant-table.js';
import type { PoplusParticipantTable } from '../src/elements/participant-table/participant-table.js';
import type { PoplusErrorEvent } from '../src/shared/events/index.js';

/** Bad input of every kind: the table shows what it can, says what it could not, and never throws. */

const root = (el: Element) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);
const rows = (el: Element) => [...root(el).querySelectorAll<HTMLTableRowElement>('tr[part="row"]')];
const cells = (el: Element) => rows(el).map((row) => [...row.cells].map((cell) => cell.textContent!.trim()));

const GOOD = [
  { name: 'Ana Núñez', country: 'CL' },
  { name: 'Tom Steinberg', country: 'GB' },
];

async function table(lang = 'en'): Promise<PoplusParticipantTable> {
  const el = await fixture<PoplusParticipantTable>(
    html`<poplus-participant-table lang=${lang} .participants=${GOOD}></poplus-participant-table>`,
  );
  await el.updateComplete;
  return el;
}

/** Fails the test if anything escapes the element as an uncaught error or an unhandled rejection. */
function watchEscapes(): { escaped: unknown[]; stop(): void } {
  const escaped: unknown[] = [];
  const onError = (event: ErrorEvent) => escaped.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => escaped.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    escaped,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

describe('<poplus-participant-table> with bad input', () => {
  it('renders null, number, list and object fields as text', async () => {
    const el = await table();
    el.columns = 'name country organization role';
    el.participants = [
      { name: null, country: 7, organization: ['a'], role: { x: 1 } },
      { name: 'Ana', country: null },
    ];
    await el.updateComplete;
    expect(cells(el)).to.deep.equal([
      ['', '7', 'a', ''],
      ['Ana', '', '', ''],
    ]);
    expect(q(el, '[part="error"]')).to.equal(null);
  });

  it('leaves out records that are not objects, and says how many', async () => {
    const el = await table('es');
    el.participants = [{ name: 'Ana' }, null, 3, 'x', ['y'], { name: 'Tom' }];
    await el.updateComplete;
    expect(cells(el).map((row) => row[0])).to.deep.equal(['Ana', 'Tom']);
    expect(q(el, '[part="note"]')!.textContent).to.equal('4 entradas no se pudieron leer y se omiten.');
    expect(q(el, '[part="summary"]')!.textContent).to.contain('2 de 2');
  });

  for (const [label, value] of [
    ['a number', 5],
    ['a string', 'participants'],
    ['an object of no known shape', { title: 'x' }],
    ['a list of nothing readable', [1, null, 'x']],
    ['null', null],
  ] as const) {
    it(`shows ${label} as the translated error state, fires poplus-error and keeps the data shown`, async () => {
      const el = await table('es');
      setTimeout(() => (el.participants = value));
      const event = (await oneEvent(el, 'poplus-error')) as PoplusErrorEvent;
      expect(event.detail.kind).to.equal('content');
      expect(q(el, '[part="error"]')!.textContent).to.contain('no contienen nada que este elemento pueda mostrar');
      expect(q(el, '[part="error"]')!.textContent).to.contain('Se muestran los datos cargados antes.');
      expect(cells(el).map((row) => row[0])).to.deep.equal(['Ana Núñez', 'Tom Steinberg']);
    });
  }

  it('shows the error state for a first value that holds nothing usable', async () => {
    const el = await fixture<PoplusParticipantTable>(
      html`<poplus-participant-table lang="es" .participants=${{ title: 'no list here' }}></poplus-participant-table>`,
    );
    await waitUntil(() => q(el, '[part="error"]'), 'no error state');
    expect(q(el, '[part="error"]')!.textContent).to.contain('no contienen nada que este elemento pueda mostrar');
    expect(q(el, '[part="empty"]')).to.equal(null);
  });

  it('takes removed attributes (null) and values of the wrong type as their defaults', async () => {
    const el = await fixture<PoplusParticipantTable>(
      html`<poplus-participant-table
        lang="en"
        columns="name"
        sort="-name"
        query="a"
        facets="country"
        group-by="country"
        filter-country="CL"
        page-size="1"
        column-labels='{"name": "Who"}'
        .participants=${GOOD}
      ></poplus-participant-table>`,
    );
    await el.updateComplete;
    for (const name of ['columns', 'sort', 'query', 'facets', 'group-by', 'filter-country', 'page-size', 'column-labels', 'caption']) {
      el.removeAttribute(name);
    }
    await el.updateComplete;
    expect(cells(el).map((row) => row[0])).to.deep.equal(['Ana Núñez', 'Tom Steinberg']);
    const wrong = el as unknown as Record<string, unknown>;
    Object.assign(wrong, {
      columns: 42,
      sort: { a: 1 },
      query: null,
      facets: [],
      filters: 'x',
      pageSize: 'lots',
      page: NaN,
      columnLabels: 7,
      groupBy: true,
    });
    await el.updateComplete;
    expect(rows(el)).to.have.length(2);
    el.setAttribute('column-labels', '{not json');
    el.setAttribute('filters', '[1, 2');
    el.setAttribute('page-size', 'abc');
    await el.updateComplete;
    expect(rows(el)).to.have.length(2);
    expect(q(el, '[part="error"]')).to.equal(null);
  });

  it('never turns data into markup, and links only http, https and mailto addresses', async () => {
    const el = await table();
    el.columns = 'name url email image';
    el.participants = [
      { name: '<img src=x onerror=alert(1)>', url: 'javascript:alert(1)', email: 'javascript:alert(1)', image: 'javascript:alert(1)' },
      { name: '<script>alert(1)</script>', url: 'data:text/html,<b>x</b>', email: 'ana@example.org', image: 'vbscript:x' },
      {
        name: '"><svg onload=alert(1)>',
        url: 'https://example.org/a/b',
        email: 'mailto:tom@example.org',
        image: 'https://example.org/a.png',
      },
      { name: 'Ana', url: 'http://example.org', email: null, image: { evil: true } },
    ];
    await el.updateComplete;
    expect(root(el).querySelector('script, svg, img:not([part="image"])')).to.equal(null);
    expect(cells(el).map((row) => row[0])).to.deep.equal([
      '<img src=x onerror=alert(1)>',
      '<script>alert(1)</script>',
      '"><svg onload=alert(1)>',
      'Ana',
    ]);
    const hrefs = [...root(el).querySelectorAll<HTMLAnchorElement>('a')].map((a) => a.href);
    expect(hrefs).to.deep.equal(['mailto:ana@example.org', 'https://example.org/a/b', 'mailto:tom@example.org', 'http://example.org/']);
    const images = [...root(el).querySelectorAll<HTMLImageElement>('img')].map((img) => img.src);
    expect(images).to.deep.equal(['https://example.org/a.png']);
  });

  it('survives a seeded fuzz of every property and attribute without an error escaping', async () => {
    let seed = 40;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const values: unknown[] = [
      null,
      undefined,
      0,
      -1,
      NaN,
      '',
      ' ',
      'name',
      '-name country',
      '<b>x</b>',
      '{"country": null}',
      '{bad',
      [],
      [1, 'x'],
      {},
      { country: 'CL' },
      { role: null },
      true,
    ];
    const record = () =>
      Object.fromEntries(
        ['name', 'country', 'organization', 'role', 'url', pick(['id', '', ' x ', '__proto__'])].map((key) => [key, pick(values)]),
      );
    const data = () => pick<unknown>([Array.from({ length: Math.floor(random() * 6) }, record), ...values, GOOD]);
    const properties = [
      'columns',
      'columnLabels',
      'sort',
      'query',
      'facets',
      'filters',
      'filterCountry',
      'filterOrganization',
      'groupBy',
      'caption',
      'pageSize',
      'page',
      'exportButton',
    ];
    const attributes = [
      'columns',
      'column-labels',
      'sort',
      'query',
      'facets',
      'filters',
      'filter-country',
      'filter-organization',
      'group-by',
      'caption',
      'page-size',
      'page',
      'lang',
      'dir',
    ];
    const watch = watchEscapes();
    try {
      for (let round = 0; round < 40; round++) {
        const el = await table(pick(['en', 'es', 'ar']));
        for (let step = 0; step < 6; step++) {
          const target = el as unknown as Record<string, unknown>;
          const act = random();
          if (act < 0.3) target['participants'] = data();
          else if (act < 0.6) target[pick(properties)] = pick(values);
          else if (act < 0.85) el.setAttribute(pick(attributes), String(pick(values)));
          else el.removeAttribute(pick(attributes));
          await el.updateComplete;
          expect(q(el, 'table, [part="error"], [part="empty"], [part="loading"]'), `round ${round} step ${step}`).not.to.equal(null);
        }
        el.exportCsv();
        await el.showRecord(String(pick(values)));
      }
      // Errors from lazily loaded formats or catalogues arrive later: give them the time of one more update.
      await waitUntil(() => true);
    } finally {
      watch.stop();
    }
    expect(watch.escaped).to.deep.equal([]);
  });
});
