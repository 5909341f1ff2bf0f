import fc from 'fast-check';
import '../../src/elements/session-list/session-list.js';
import { MARKER, hostileText } from './hostile.js';
import { DATE_LIMIT, YEAR_EDGE, setAside } from './known-defects.js';
import { frabJson, icalText, scheduleJson, withCodeValues } from './shapes.js';
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

const KEEPER: Input = {
  kind: 'value',
  value: { event: { id: 'keeper', timeZone: 'UTC' }, sessions: [{ id: 'k', title: 'Keeper Kept', start: '2014-04-29T10:00:00Z' }] },
};
const ITEMS = '[part~="session"]';
const reader = readers(fc.oneof(fc.constantFrom('a', 'open', MARKER, 'مح', 'São', ' ', '\u202e'), hostileText));
const format = fc.option(fc.constantFrom('json', 'poplus', 'frab', 'pretalx', 'ical', 'ICS', 'nonsense'), { freq: 4, nil: undefined });
const view = fc.record({
  view: fc.constantFrom('list' as const, 'grid' as const),
  timeZone: fc.option(fc.constantFrom('America/Santiago', 'Nowhere/Land', '', 'UTC'), { freq: 2, nil: undefined }),
  viewerTimeZone: fc.option(fc.constantFrom('Asia/Kuala_Lumpur', 'Europe/Berlin', 'bogus'), { freq: 2, nil: undefined }),
  now: fc.option(fc.constantFrom('2014-04-29T15:30:00Z', '2024-05-06T09:10:00Z', 'not a time'), { freq: 2, nil: undefined }),
  headingLevel: fc.constantFrom(3, 1, 6, 0, 99, Number.NaN),
});
type View = Drawn<typeof view>;

/**
 * What a reader does with a programme: types a search (every case), and in one case of three also clears
 * it, opens the first session (its details hold the speakers' links, the session's links and a calendar
 * download), stars it, moves between day tabs, switches the time zone and asks for the next session.
 */
async function useList(el: DataHost, { term, full }: Reader): Promise<void> {
  const root = el.shadowRoot!;
  await typeInto(el, root.querySelector<HTMLInputElement>('input[part="search"]'), term);
  if (!full) return;
  await typeInto(el, root.querySelector<HTMLInputElement>('input[part="search"]'), '');
  root.querySelector<HTMLButtonElement>('[part="title"]')?.click();
  await el.updateComplete;
  root.querySelector<HTMLButtonElement>('[part="star"]')?.click();
  await el.updateComplete;
  await press(el, root.querySelector('[role="tab"][aria-selected="true"]'), 'ArrowRight');
  await press(el, root.querySelector('[role="tab"][aria-selected="true"]'), 'End');
  const zone = root.querySelectorAll<HTMLInputElement>('[part="time-zone"] input');
  if (zone.length) {
    zone[zone.length - 1]!.click();
    await el.updateComplete;
  }
  root.querySelector<HTMLButtonElement>('[part="next"]')?.click();
  await el.updateComplete;
}

/** Favourites are kept per event id: each case starts with none. */
const forgetFavorites = () => {
  for (const key of Object.keys(localStorage)) if (key.startsWith('poplus-session-list:')) localStorage.removeItem(key);
};

const make = () => {
  forgetFavorites();
  return Object.assign(document.createElement('poplus-session-list'), { lang: 'en' }) as DataHost;
};

/** Each case: a new list with the case's view settings, its inputs one after the other, then a reader's use. */
const sequence = eachOnNew(make, (el, { inputs, reader: r, view: settings }: { inputs: Input[]; reader: Reader; view: View }, errors) =>
  feed(Object.assign(el, settings), errors, { property: 'sessions', items: ITEMS, interact: (e) => useList(e, r) }, inputs),
);

describe('fuzz: <poplus-session-list>', () => {
  useFuzzEnvironment();
  after(forgetFavorites);

  it('reads any value set as `sessions` (schedule JSON, frab, what JSON cannot hold) without breaking', async function () {
    this.timeout(await timeFor(0.45));
    const value = fc.oneof({ weight: 3, arbitrary: withCodeValues(scheduleJson) }, { weight: 1, arbitrary: frabJson });
    const input = fc.record({ kind: fc.constant('value' as const), value, format });
    const cases = fc.record({ keeper: fc.boolean(), inputs: fc.array(input, { minLength: 1, maxLength: 2 }), reader, view });
    await check(
      fc.asyncProperty(cases, ({ keeper, inputs, ...rest }) => {
        setAside(inputs, YEAR_EDGE, DATE_LIMIT);
        return sequence({ inputs: keeper ? [KEEPER, ...inputs] : inputs, ...rest });
      }),
      0.45,
      11,
    );
  });

  it('reads any text from `src` (schedule JSON, frab JSON, iCalendar) without breaking', async function () {
    this.timeout(await timeFor(0.2));
    const text = fc.oneof(jsonText(scheduleJson), jsonText(frabJson), rawText(icalText, TYPES.ical));
    const input = fc.tuple(text, format).map(([i, f]): Input => ({ ...i, format: f }));
    const cases = fc.record({ keeper: fc.boolean(), inputs: fc.array(input, { minLength: 1, maxLength: 2 }), reader, view });
    const keeper: Input = { kind: 'text', text: JSON.stringify((KEEPER as { value: unknown }).value), type: 'application/json' };
    await check(
      fc.asyncProperty(cases, ({ keeper: withKeeper, inputs, ...rest }) => {
        setAside(inputs, YEAR_EDGE, DATE_LIMIT);
        return sequence({ inputs: withKeeper ? [keeper, ...inputs] : inputs, ...rest });
      }),
      0.2,
      12,
    );
  });

  it('reads any inline <script> child (schedule JSON, frab JSON, iCalendar) without breaking', async function () {
    this.timeout(await timeFor(0.35));
    const inline = fc.oneof(
      fc
        .tuple(fc.oneof(scheduleJson, frabJson), fc.constant('application/json'))
        .map(([v, type]) => ({ text: JSON.stringify(v) ?? '', type })),
      fc.tuple(icalText, fc.constant('text/calendar')).map(([text, type]) => ({ text, type })),
      // Data of one syntax in a <script> of another.
      fc.tuple(icalText, fc.constant('application/json')).map(([text, type]) => ({ text, type })),
    );
    const cases = fc.record({ inline, format, reader, view });
    const run = eachOnNew(
      ({ inline: { text, type }, format: f, view: settings }: Drawn<typeof cases>) => {
        const el = Object.assign(make(), settings, { format: f });
        el.append(inlineScript(text, type));
        return el;
      },
      (el, { reader: r }, errors) => readInside(el, errors, (e) => useList(e, r)),
    );
    await check(
      fc.asyncProperty(cases, (c) => {
        setAside(c.inline, YEAR_EDGE, DATE_LIMIT);
        return run(c);
      }),
      0.35,
      13,
    );
  });
});
