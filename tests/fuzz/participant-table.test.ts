import fc from 'fast-check';
import '../../src/elements/participant-table/participant-table.js';
import { MARKER, hostileText } from './hostile.js';
import { csvText, participantRecords, popolo, withCodeValues } from './shapes.js';
import {
  check,
  eachOnNew,
  feed,
  inlineScript,
  jsonText,
  press,
  rawText,
  readInside,
  readers,
  timeFor,
  useFuzzEnvironment,
  typeInto,
  TYPES,
  type DataHost,
  type Drawn,
  type Reader,
  type Input,
} from './harness.js';

const KEEPER: Input = { kind: 'value', value: [{ name: 'Keeper Kept', country: 'CL' }] };
const ITEMS = 'tr[part="row"], [part="summary"]';
const reader = readers(fc.oneof(fc.constantFrom('a', 'ana', 'cl', MARKER, 'مح', 'São', '  ', '\u202e'), hostileText));
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
type View = Drawn<typeof view>;

const format = fc.option(fc.constantFrom('json', 'popolo', 'popit', 'csv', ' JSON ', 'nonsense'), { freq: 4, nil: undefined });

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

const make = () => Object.assign(document.createElement('poplus-participant-table'), { lang: 'en' }) as DataHost;

/** Each case: a new table with the case's view settings, its inputs one after the other, then a reader's use. */
const sequence = eachOnNew(make, (el, { inputs, reader: r, view: settings }: { inputs: Input[]; reader: Reader; view: View }, errors) =>
  feed(Object.assign(el, settings), errors, { property: 'participants', items: ITEMS, interact: (e) => useTable(e, r) }, inputs),
);

describe('fuzz: <poplus-participant-table>', () => {
  useFuzzEnvironment();

  it('reads any value set as `participants` (records, Popolo, what JSON cannot hold) without breaking', async function () {
    this.timeout(await timeFor(0.4));
    const value = fc.oneof(withCodeValues(participantRecords), popolo);
    const input = fc.record({ kind: fc.constant('value' as const), value, format });
    const cases = fc.record({ keeper: fc.boolean(), inputs: fc.array(input, { minLength: 1, maxLength: 2 }), reader, view });
    await check(
      fc.asyncProperty(cases, ({ keeper, inputs, ...rest }) => sequence({ inputs: keeper ? [KEEPER, ...inputs] : inputs, ...rest })),
      0.4,
      1,
    );
  });

  it('reads any text from `src` (JSON, Popolo, CSV) without breaking', async function () {
    this.timeout(await timeFor(0.2));
    const text = fc.oneof(jsonText(participantRecords), jsonText(popolo), rawText(csvText, TYPES.csv));
    const input = fc.tuple(text, format).map(([i, f]): Input => ({ ...i, format: f }));
    const cases = fc.record({ keeper: fc.boolean(), inputs: fc.array(input, { minLength: 1, maxLength: 2 }), reader, view });
    const keeper: Input = { kind: 'text', text: JSON.stringify(KEEPER.value), type: 'application/json' };
    await check(
      fc.asyncProperty(cases, ({ keeper: withKeeper, inputs, ...rest }) =>
        sequence({ inputs: withKeeper ? [keeper, ...inputs] : inputs, ...rest }),
      ),
      0.2,
      2,
    );
  });

  it('reads any inline <script> child (JSON, Popolo, CSV) without breaking', async function () {
    this.timeout(await timeFor(0.25));
    const inline = fc.oneof(
      fc
        .tuple(fc.oneof(participantRecords, popolo), fc.constantFrom('application/json', 'application/ld+json'))
        .map(([v, type]) => ({ text: JSON.stringify(v) ?? '', type })),
      fc.tuple(csvText, fc.constantFrom('text/csv', 'text/tab-separated-values')).map(([text, type]) => ({ text, type })),
      // Data of one syntax in a <script> of another.
      fc.tuple(csvText, fc.constant('application/json')).map(([text, type]) => ({ text, type })),
    );
    const cases = fc.record({ inline, format, reader, view });
    const run = eachOnNew(
      ({ inline: { text, type }, format: f, view: settings }: Drawn<typeof cases>) => {
        const el = Object.assign(make(), settings, { format: f });
        el.append(inlineScript(text, type));
        return el;
      },
      (el, { reader: r }, errors) => readInside(el, errors, (e) => useTable(e, r)),
    );
    await check(fc.asyncProperty(cases, run), 0.25, 3);
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
        const el = Object.assign(make(), settings);
        el.append(table);
        return el;
      },
      (el, { reader: r }, errors) => readInside(el, errors, (e) => useTable(e, r)),
    );
    await check(fc.asyncProperty(cases, run), 0.15, 4);
  });
});
