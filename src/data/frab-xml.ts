import { parseError } from './errors.js';
import { frabSchedule } from './frab.js';
import type { Schedule } from './schedule.js';

/**
 * frab / pentabarf `schedule.xml` (media type `application/vnd.c3voc.schedule+xml`), as pretalx, frab, OSEM,
 * wafer and FOSDEM publish it: `schedule > conference, day[@date] > room[@name] > event[@guid]`. The XML is
 * parsed by the browser (`DOMParser`, as `application/xml`) and only its text is read, never its markup. It is
 * turned into the shape of frab's `schedule.json` and read by the same code, so both keep the same rules for
 * times, zones, days past midnight and speakers (see `fromFrab`).
 */

const LABEL = 'frab XML';

type Obj = Record<string, unknown>;

/** Text of the child elements by name (the first of each name): an event has about twenty. */
function fields(element: Element): Record<string, Element> {
  const out: Record<string, Element> = {};
  for (const child of element.children) out[child.localName] ??= child;
  return out;
}

const textOf = (element: Element | undefined) => element?.textContent ?? undefined;
const attributes = (element: Element) => Object.fromEntries(Array.from(element.attributes, (a) => [a.localName, a.value]));

function event(element: Element): Obj {
  const talk: Obj = attributes(element);
  for (const [name, child] of Object.entries(fields(element))) {
    if (name === 'persons') {
      talk.persons = Array.from(child.children, (p) => ({ ...attributes(p), public_name: p.textContent }));
    } else if (name === 'links') {
      talk.links = Array.from(child.children, (l) => ({ url: l.getAttribute('href'), title: l.textContent }));
    } else talk[name] = textOf(child);
  }
  return talk;
}

function parse(text: string): Document {
  // A schedule never declares entities: refusing them keeps "billion laughs" files from filling memory.
  if (/<!ENTITY/i.test(text)) throw parseError(LABEL, 'entity declarations are not read');
  const doc = new DOMParser().parseFromString(text.replace(/^\uFEFF/, ''), 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw parseError(LABEL, error.textContent?.trim().split('\n')[0]);
  return doc;
}

/** Reads a frab `schedule.xml` (its text, or a parsed XML document); throws `DataReadError` naming frab XML. */
export function readFrabXml(input: unknown): Schedule {
  const doc = typeof input === 'string' ? parse(input) : input instanceof Document ? input : undefined;
  const root = doc?.documentElement;
  if (!root || root.localName !== 'schedule')
    throw parseError(LABEL, root ? `expected <schedule>, found <${root.localName}>` : 'expected XML text');
  const top = fields(root);
  const conference: Obj = {};
  const tracks: Obj[] = [];
  for (const child of top.conference?.children ?? []) {
    if (child.localName === 'track') tracks.push({ ...attributes(child), name: child.getAttribute('name') ?? child.textContent });
    else conference[child.localName] ??= child.textContent;
  }
  const days: Obj[] = [];
  for (const dayElement of root.children) {
    if (dayElement.localName !== 'day') continue;
    const { start, end, ...day } = attributes(dayElement);
    const rooms: Record<string, Obj[]> = {};
    for (const room of dayElement.children) {
      if (room.localName !== 'room') continue;
      const name = room.getAttribute('name') ?? '';
      const talks = (rooms[name] ??= []);
      for (const e of room.children) if (e.localName === 'event') talks.push(event(e));
    }
    days.push({ ...day, day_start: start, day_end: end, rooms });
  }
  return frabSchedule({ schedule: { version: textOf(top.version), conference: { ...conference, tracks, days } } }, LABEL);
}
