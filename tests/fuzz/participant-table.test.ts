import fc from 'fast-check';
import '../../src/elements/participant-table/participant-table.js';
import { MARKER, hostileText } from './hostile.js';
import { csvText, participantRecords, popolo, withCodeValues } from './shapes.js';
import {
  asJson,
  check,
  eachOnNew,
  fuzzDataPaths,
  press,
  readers,
  readInside,
  timeFor,
  typed,
  typeInto,
  TYPES,
  useFuzzEnvironment,
  type DataHost,
  type Drawn,
  type Reader,
} from './harness.js';

/** How the page sets the table up: the columns shown (links, e-mail and pictures among them), grouping, pages, labels. */
const view = fc.record({
  columns: fc.option(
    fc.constantFrom(
      'name url email image',
      'name website country organization',
      'image name',
      'id role __proto__ constructor',
      'column_1 name_2',
    ),
    { nil: undefined },
  ),
  groupBy: fc.constantFrom('', 'country', 'organization', 'role'),
  pageSize: fc.constantFrom(0, 0, 2),
  columnLabels: fc.option(fc.dictionary(fc.constantFrom('name', 'url', 'country'), hostileText, { maxKeys: 2 }), {
    freq: 3,
    nil: undefined,
  }),
  caption: fc.option(hostileText, { freq: 3, nil: undefined }),
});

const reader = readers(fc.oneof(fc.constantFrom('a', 'ana', 'cl', MARKER, 'مح', 'São', '  ', '\u202e'), hostileText));

/**
 * What a reader does with a table: types a search (every case), and in one case of three also sorts, moves
 * through the rows, selects one, picks a filter and clears the search.
 */
async function useTable(el: DataHost, { term, full }: Reader): Promise<void> {
  const root = el.shadowRoot!;
  await typeInto(el, root.querySelector<HTMLInputElement>('input[part="search"]'), term);
  if (!full) return;
  root.querySelector<HTMLButtonElement>('[part="sort-button"]')?.click();
  await el.updateComplete;
  await press(el, root.querySelector('tr[data-item]'), 'ArrowDown');
  await press(el, root.querySelector('tr[data-item][tabindex="0"]'), 'End');
  await press(el, root.querySelector('tr[data-item][tabindex="0"]'), 'Enter');
  const filter = root.querySelector<HTMLSelectElement>('select[part="filter"]');
  if (filter && filter.options.length > 1) {
    filter.selectedIndex = filter.options.length - 1;
    filter.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
  }
  await typeInto(el, root.querySelector<HTMLInputElement>('input[part="search"]'), '');
}

describe('fuzz: <poplus-participant-table>', () => {
  useFuzzEnvironment();

  fuzzDataPaths({
    tag: 'poplus-participant-table',
    property: 'participants',
    items: 'tr[part="row"], [part="summary"]',
    keeper: [{ name: 'Keeper Kept', country: 'CL' }],
    values: fc.oneof(withCodeValues(participantRecords), popolo),
    texts: fc.oneof(asJson(participantRecords), asJson(popolo), typed(csvText, TYPES.csv)),
    inline: fc.oneof(
      typed(
        fc.oneof(participantRecords, popolo).map((v) => JSON.stringify(v) ?? ''),
        fc.constantFrom('application/json', 'application/ld+json'),
      ),
      typed(csvText, fc.constantFrom('text/csv', 'text/tab-separated-values')),
      // Data of one syntax in a <script> of another.
      typed(csvText, fc.constant('application/json')),
    ),
    format: fc.option(fc.constantFrom('json', 'popolo', 'popit', 'csv', ' JSON ', 'nonsense'), { freq: 4, nil: undefined }),
    view,
    readers: reader,
    use: useTable,
    paths: {
      value: { share: 0.4, id: 1, what: 'records, Popolo, what JSON cannot hold' },
      src: { share: 0.2, id: 2, what: 'JSON, Popolo, CSV' },
      inline: { share: 0.25, id: 3, what: 'JSON, Popolo, CSV' },
    },
  });

  it('reads any plain <table> inside it without breaking', async function () {
    this.timeout(await timeFor(0.15));
    const cell = fc.oneof(hostileText, fc.constantFrom('Ana', 'CL', ''));
    const tables = fc.record({
      header: fc.array(
        fc.record({
          text: fc.oneof(cell, fc.constantFrom('Name', 'Country', 'organization', 'url')),
          field: fc.option(fc.oneof(cell, fc.constantFrom('name', '__proto__')), { nil: undefined }),
        }),
        { maxLength: 5 },
      ),
      rows: fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 5 }),
      thead: fc.boolean(),
    });
    const cases = fc.record({ table: tables, reader, view });
    const run = eachOnNew(
      ({ table: { header, rows, thead }, view: settings }: Drawn<typeof cases>) => {
        const table = document.createElement('table');
        const head = (thead ? table.createTHead() : table.createTBody()).insertRow();
        for (const { text, field } of header) {
          const th = document.createElement('th');
          th.textContent = text;
          if (field !== undefined) th.dataset['field'] = field;
          head.append(th);
        }
        const body = table.createTBody();
        for (const cells of rows) {
          const row = body.insertRow();
          for (const text of cells) row.insertCell().textContent = text;
        }
        const el = Object.assign(document.createElement('poplus-participant-table'), { lang: 'en' }, settings) as DataHost;
        el.append(table);
        return el;
      },
      (el, { reader: r }, errors) => readInside(el, errors, (e) => useTable(e, r)),
    );
    await check(fc.asyncProperty(cases, run), 0.15, 4);
  });
});
