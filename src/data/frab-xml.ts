import { parseError } from './errors.js';
import { frabSchedule } from './frab.js';
import type { Schedule } from './schedule.js';
import { parse as parseXml, type TNode } from 'txml/txml';

/**
 * frab / pentabarf `schedule.xml` (media type `application/vnd.c3voc.schedule+xml`), as pretalx, frab, OSEM,
 * wafer and FOSDEM publish it: `schedule > conference, day[@date] > room[@name] > event[@guid]`. The XML is
 * parsed in script (tXml) and only its text is read, never its markup. A text that is not one whole document
 * (cut short, with an element left open, or with a second root) is refused rather than read in part. It is
 * turned into the shape of frab's `schedule.json` and read by the same code, so both keep the same rules for
 * times, zones, days past midnight and speakers (see `fromFrab`).
 */

const LABEL = 'frab XML';

type Obj = Record<string, unknown>;
type Node = TNode | string;

const isElement = (node: Node): node is TNode => typeof node !== 'string';
/** The element's name without a namespace prefix. */
const nameOf = (element: TNode) => element.tagName.slice(element.tagName.indexOf(':') + 1);
const elements = (element: TNode | undefined) => (element?.children ?? []).filter(isElement);
/** The text inside an element, its descendants' included. */
const textOf = (element: TNode | undefined): string | undefined =>
  element && element.children.map((child) => (isElement(child) ? (textOf(child) ?? '') : child)).join('');
const attributes = (element: TNode): Obj =>
  Object.fromEntries(Object.entries(element.attributes).map(([name, value]) => [name.slice(name.indexOf(':') + 1), value ?? '']));

/** The child elements by name (the first of each name): an event has about twenty. */
function fields(element: TNode): Record<string, TNode> {
  const out: Record<string, TNode> = {};
  for (const child of elements(element)) out[nameOf(child)] ??= child;
  return out;
}

function event(element: TNode): Obj {
  const talk: Obj = attributes(element);
  for (const [name, child] of Object.entries(fields(element))) {
    if (name === 'persons') {
      talk.persons = elements(child).map((p) => ({ ...attributes(p), public_name: textOf(p) }));
    } else if (name === 'links') {
      talk.links = elements(child).map((l) => ({ url: l.attributes['href'], title: textOf(l) }));
    } else talk[name] = textOf(child);
  }
  return talk;
}

/** Put after the text: the parser finds it on its own after the root only when every element was closed (a cut
 * download leaves one open, which takes it in). */
const END = 'poplus-end-of-text';

/** Whether a `<script>` or `<style>` start tag has no end tag after it: tXml reads such an element raw up to its
 * end tag and, where none follows, goes back in the text and reads it again for ever. */
function unclosedRaw(text: string): boolean {
  return ['script', 'style'].some((name) => {
    const starts = [...text.matchAll(new RegExp(`<${name}(?=[\\s>/=]|$)`, 'g'))];
    return starts.length > 0 && !text.includes(`</${name}>`, starts[starts.length - 1]!.index);
  });
}

/**
 * The document's root element. The text is parsed by tXml, in script: the browser's own `DOMParser` refuses
 * plain strings on pages that require Trusted Types. No element in it is ever put in the page.
 */
function parse(text: string): TNode | undefined {
  // A schedule never declares entities: refusing them keeps "billion laughs" files from filling memory.
  if (/<!ENTITY/i.test(text)) throw parseError(LABEL, 'entity declarations are not read');
  if (unclosedRaw(text)) throw parseError(LABEL, 'a <script> or <style> element is not closed');
  let nodes: Node[];
  try {
    // Spaces between elements are kept: "Hello <b>big</b> world" is three words.
    const options = { decodeEntities: true, keepWhitespace: true, skipXmlDeclaration: true, selfClosingTags: [] };
    nodes = parseXml(`${text.replace(/^\uFEFF/, '')}<${END}/>`, options);
  } catch (e) {
    throw parseError(LABEL, e);
  }
  const roots = nodes.filter((node): node is TNode => isElement(node) && !node.tagName.startsWith('?') && !node.tagName.startsWith('!'));
  if (roots.pop()?.tagName !== END) throw parseError(LABEL, 'the text ends inside an element');
  if (roots.length > 1) throw parseError(LABEL, 'more than one root element');
  return roots[0];
}

/** Reads a frab `schedule.xml` (its text, or a parsed XML document); throws `DataReadError` naming frab XML. */
export function readFrabXml(input: unknown): Schedule {
  const root = typeof input === 'string' ? parse(input) : undefined;
  if (!root || nameOf(root) !== 'schedule')
    throw parseError(LABEL, root ? `expected <schedule>, found <${nameOf(root)}>` : 'expected XML text');
  const top = fields(root);
  const conference: Obj = {};
  const tracks: Obj[] = [];
  for (const child of elements(top.conference)) {
    if (nameOf(child) === 'track') tracks.push({ ...attributes(child), name: child.attributes['name'] ?? textOf(child) });
    else conference[nameOf(child)] ??= textOf(child);
  }
  const days: Obj[] = [];
  for (const dayElement of elements(root)) {
    if (nameOf(dayElement) !== 'day') continue;
    const { start, end, ...day } = attributes(dayElement);
    // A room may have the name of a property every object has (`constructor`, `__proto__`).
    const rooms = Object.create(null) as Record<string, Obj[]>;
    for (const room of elements(dayElement)) {
      if (nameOf(room) !== 'room') continue;
      const name = room.attributes['name'] ?? '';
      const talks = (rooms[name] ??= []);
      for (const e of elements(room)) if (nameOf(e) === 'event') talks.push(event(e));
    }
    days.push({ ...day, day_start: start, day_end: end, rooms });
  }
  return frabSchedule({ schedule: { version: textOf(top.version), conference: { ...conference, tracks, days } } }, LABEL);
}
