import fc from 'fast-check';
import '../../src/elements/session-list/session-list.js';
import { MARKER, hostileText } from './hostile.js';
import { frabJson, icalText, scheduleJson, withCodeValues } from './shapes.js';
import {
  asJson,
  fuzzDataPaths,
  press,
  readers,
  typed,
  typeInto,
  TYPES,
  useFuzzEnvironment,
  type DataHost,
  type Reader,
} from './harness.js';

const view = fc.record({
  view: fc.constantFrom('list' as const, 'grid' as const),
  timeZone: fc.option(fc.constantFrom('America/Santiago', 'Nowhere/Land', '', 'UTC'), { freq: 2, nil: undefined }),
  viewerTimeZone: fc.option(fc.constantFrom('Asia/Kuala_Lumpur', 'Europe/Berlin', 'bogus'), { freq: 2, nil: undefined }),
  now: fc.option(fc.constantFrom('2014-04-29T15:30:00Z', '2024-05-06T09:10:00Z', 'not a time'), { freq: 2, nil: undefined }),
  headingLevel: fc.constantFrom(3, 1, 6, 0, 99, Number.NaN),
});
const reader = readers(fc.oneof(fc.constantFrom('a', 'open', MARKER, 'مح', 'São', ' ', '\u202e'), hostileText));

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

/** Favourites are kept per event id: each case starts with none, and none outlive the suite. */
const forgetFavorites = () => {
  for (const key of Object.keys(localStorage)) if (key.startsWith('poplus-session-list:')) localStorage.removeItem(key);
};

describe('fuzz: <poplus-session-list>', () => {
  useFuzzEnvironment();
  after(forgetFavorites);

  fuzzDataPaths({
    tag: 'poplus-session-list',
    property: 'sessions',
    items: '[part~="session"]',
    keeper: { event: { id: 'keeper', timeZone: 'UTC' }, sessions: [{ id: 'k', title: 'Keeper Kept', start: '2014-04-29T10:00:00Z' }] },
    values: fc.oneof({ weight: 3, arbitrary: withCodeValues(scheduleJson) }, { weight: 1, arbitrary: frabJson }),
    texts: fc.oneof(asJson(scheduleJson), asJson(frabJson), typed(icalText, TYPES.ical)),
    inline: fc.oneof(
      typed(
        fc.oneof(scheduleJson, frabJson).map((v) => JSON.stringify(v) ?? ''),
        fc.constant('application/json'),
      ),
      typed(icalText, fc.constant('text/calendar')),
      // Data of one syntax in a <script> of another.
      typed(icalText, fc.constant('application/json')),
    ),
    format: fc.option(fc.constantFrom('json', 'poplus', 'frab', 'pretalx', 'ical', 'ICS', 'nonsense'), { freq: 4, nil: undefined }),
    view,
    readers: reader,
    use: useList,
    beforeCase: forgetFavorites,
    paths: {
      value: { share: 0.45, id: 11, what: 'schedule JSON, frab, what JSON cannot hold' },
      src: { share: 0.2, id: 12, what: 'schedule JSON, frab JSON, iCalendar' },
      inline: { share: 0.35, id: 13, what: 'schedule JSON, frab JSON, iCalendar' },
    },
  });
});
