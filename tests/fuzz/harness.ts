/**
 * What every fuzz case checks, whatever the element and the input path: nothing thrown into the page, no
 * data turned into markup, only safe links, a state on screen, the data already shown kept through a
 * failure, and an element that still answers the keyboard.
 */
import fc from 'fast-check';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ReactiveElement } from 'lit';
import type { PoplusElement } from '../../src/shared/poplus-element.js';
import { dataSourceOf } from '../../src/shared/data-source.js';
import { MARKER, RAN } from './hostile.js';

/** Cases per element in a CI run, and the seed they are drawn from: both fixed, so every run tries the same cases. */
export interface FuzzSettings {
  runs: number;
  seed: number;
  /** To replay one failing case: fast-check's path to it, and the id of the property it failed. */
  path?: string;
  only?: number;
}

const DEFAULT_RUNS = 1000;
const DEFAULT_SEED = 20140429;

let settings: Promise<FuzzSettings> | undefined;

/** The settings: `FUZZ_RUNS`, `FUZZ_SEED`, `FUZZ_PATH` and `FUZZ_ONLY` from the environment (through the test server), else the defaults. */
export function fuzzSettings(): Promise<FuzzSettings> {
  settings ??= executeServerCommand<Partial<FuzzSettings>, undefined>('fuzz-settings').then((s) => ({
    runs: s?.runs ?? DEFAULT_RUNS,
    seed: s?.seed ?? DEFAULT_SEED,
    path: s?.path,
    only: s?.only,
  }));
  return settings;
}

/**
 * Runs a property for a share of the element's cases (`share` of `runs`, at least one), from the fixed seed
 * plus `id` (so that each property draws its own cases). A failure names the case and how to replay it
 * alone: `FUZZ_SEED=<seed> FUZZ_ONLY=<id> FUZZ_PATH=<path>` (the other properties are then skipped).
 */
export async function check<T>(property: fc.IAsyncPropertyWithHooks<T>, share: number, id: number): Promise<void> {
  const { runs, seed, path, only } = await fuzzSettings();
  if (only !== undefined && only !== id) return;
  const numRuns = Math.max(1, Math.round(runs * share));
  const details = await fc.check(property, { numRuns, seed: seed + id, path, includeErrorInReport: true, markInterruptAsFailure: true });
  if (!details.failed) return;
  const replay = `FUZZ_SEED=${seed} FUZZ_ONLY=${id} FUZZ_PATH=${details.counterexamplePath}`;
  throw new Error(`${fc.defaultReportMessage(details)}\nReplay this case alone: ${replay} npm test -- --files <this file>`);
}

/** A test's time limit for `share` of the cases: 30 ms a case, and never under 20 s. */
export async function timeFor(share: number): Promise<number> {
  const { runs } = await fuzzSettings();
  return Math.max(20_000, runs * share * 30);
}

// One queue of tasks, run in order, one a message: what `nextTask` waits for and what idle callbacks run in.
const channel = new MessageChannel();
const queue: (() => void)[] = [];
channel.port1.onmessage = () => queue.shift()?.();
const post = (task: () => void) => {
  queue.push(task);
  channel.port2.postMessage(undefined);
};

/** Resolves after the tasks queued so far (a message round trip, not a timer): rejection reports have been fired by then. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => post(resolve));
}

/**
 * Runs the elements' idle-time work (search folding, collation ranks, times in the reader's zone) as soon
 * as the current task ends, instead of when the browser is idle: every case then runs it, within the case,
 * and the `nextTask` at the end of a case waits for it. Returns the function that restores the browser's own.
 */
export function promptIdleCallbacks(): () => void {
  const { requestIdleCallback: request, cancelIdleCallback: cancel } = window;
  const cancelled = new Set<number>();
  let last = 0;
  window.requestIdleCallback = (callback) => {
    const handle = ++last;
    post(() => cancelled.delete(handle) || callback({ didTimeout: false, timeRemaining: () => 50 }));
    return handle;
  };
  window.cancelIdleCallback = (handle) => void cancelled.add(handle);
  return () => Object.assign(window, { requestIdleCallback: request, cancelIdleCallback: cancel });
}

/** A case's view of the page's errors: what was thrown into the page while it ran. */
export interface CaseErrors {
  errors: string[];
  /** Rejects at the first error: a step that waits for an event the error prevents ends there. */
  failure: Promise<never>;
}

let current: CaseErrors | undefined;
let fail: (error: Error) => void = () => {};
/** Errors that came between cases (late work of an element whose case failed and was cut short). */
const strays: string[] = [];

function record(message: string): void {
  if (!current) return void strays.push(message);
  current.errors.push(message);
  fail(new Error(message));
}

/**
 * Catches every uncaught error and unhandled rejection of the page, before the test framework sees them, so
 * that the case that caused them fails with its seed and path. Returns the function that stops it.
 */
export function catchPageErrors(): () => void {
  const onError = (event: ErrorEvent) => {
    event.stopImmediatePropagation();
    event.preventDefault();
    record(`uncaught error: ${event.error?.stack ?? event.message}`);
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    event.stopImmediatePropagation();
    event.preventDefault();
    const reason = event.reason as Error | undefined;
    record(`unhandled rejection: ${reason?.stack ?? String(reason)}`);
  };
  window.addEventListener('error', onError, true);
  window.addEventListener('unhandledrejection', onRejection, true);
  return () => {
    window.removeEventListener('error', onError, true);
    window.removeEventListener('unhandledrejection', onRejection, true);
  };
}

const stage = () =>
  document.getElementById('fuzz-stage') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'fuzz-stage' }));

/**
 * A property body run on a new element each case (attached to the page by `attach`). Within a case one
 * element takes every input in turn, which is what checks replacing and keeping data; across cases nothing
 * is shared, so that the cases fast-check tries while shrinking a failure fail or pass on their own, and a
 * seed and path replay one. A failed case's element is left to finish what it was doing (its errors then
 * belong to no case) before the next case starts.
 */
export function eachOnNew<C>(
  make: (input: C) => DataHost,
  body: (el: DataHost, input: C, errors: CaseErrors) => Promise<void>,
): (input: C) => Promise<void> {
  return async (input) => {
    const errors: CaseErrors = { errors: [], failure: new Promise<never>((_, reject) => (fail = reject)) };
    errors.failure.catch(() => {});
    current = errors;
    // Errors of the case before that came after it ended: reported here, where they can still fail a case.
    for (const stray of strays.splice(0)) record(`after the previous case: ${stray}`);
    // A payload that ran is reported by the case it ran in (or, if it ran late, the next one), not by every case after.
    delete (window as unknown as Record<string, unknown>)[RAN];
    const el = make(input);
    try {
      await body(el, input, errors);
      await nextTask();
      expectNoProblems(el, errors.errors);
    } catch (e) {
      current = undefined;
      for (let i = 0; i < 20; i++) await nextTask();
      strays.length = 0;
      throw e;
    } finally {
      current = undefined;
      el.remove();
      revokeAll();
    }
  };
}

/** Sets up a fuzz suite: idle callbacks run promptly, and the page's errors are caught for the cases. */
export function useFuzzEnvironment(): void {
  let restore: (() => void)[] = [];
  before(() => (restore = [promptIdleCallbacks(), catchPageErrors()]));
  after(() => restore.forEach((undo) => undo()));
}

/** Waits for a step, or for the first error thrown into the page while it runs. */
export const step = <T>(errors: CaseErrors, work: Promise<T>): Promise<T> => Promise.race([work, errors.failure]);

/** Elements that data must never create, and that the elements never draw themselves. */
const FORBIDDEN = new Set([
  MARKER,
  'script',
  'iframe',
  'object',
  'embed',
  'frame',
  'frameset',
  'base',
  'meta',
  'link',
  'style',
  'form',
  'foreignobject',
  'animate',
  'set',
  'use',
  'math',
]);
/** Attributes that hold a URL. */
const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'formaction', 'srcset', 'poster', 'background', 'data', 'cite', 'ping'];
const SAFE = new Set(['http:', 'https:', 'mailto:']);

/** A URL's scheme as the browser reads it against the page (`http:` for a relative one), `''` if it does not parse. */
function protocolOf(url: string): string {
  try {
    return new URL(url, document.baseURI).protocol;
  } catch {
    return '';
  }
}

/** Every element in a shadow root, and in the shadow roots within it. */
function* elementsOf(root: ShadowRoot | Element): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* elementsOf(el.shadowRoot);
  }
}

/**
 * What is wrong in an element's rendering, as readable lines: markup from data (the marker as an element
 * or attribute, a forbidden element, an event handler attribute), a link or image URL that is not
 * http/https/mailto (a `blob:` link only where it downloads a file), a script from the data that ran, or
 * none of the element's states on screen.
 */
export function problemsOf(el: Element): string[] {
  const problems: string[] = [];
  for (const node of elementsOf(el.shadowRoot!)) {
    const tag = node.localName.toLowerCase();
    if (FORBIDDEN.has(tag)) problems.push(`<${tag}> in the shadow root`);
    for (const { name, value } of node.attributes) {
      const attribute = name.toLowerCase();
      if (attribute.startsWith('on')) problems.push(`${attribute} attribute on <${tag}>`);
      if (attribute.includes(MARKER)) problems.push(`${attribute} attribute on <${tag}>`);
      if (!URL_ATTRIBUTES.includes(attribute)) continue;
      const protocol = protocolOf(value);
      const download = protocol === 'blob:' && tag === 'a' && node.hasAttribute('download');
      if (!SAFE.has(protocol) && !download) problems.push(`${attribute}="${value.slice(0, 80)}" on <${tag}>`);
    }
  }
  if (el.querySelector(MARKER) || document.querySelector(MARKER)) problems.push(`<${MARKER}> in the page`);
  if ((window as unknown as Record<string, unknown>)[RAN]) problems.push('a script from the data ran');
  if (!stateOf(el).any) problems.push('no content, loading, empty or error state on screen');
  return problems;
}

/** Which of its states an element shows. */
export function stateOf(el: Element) {
  const root = el.shadowRoot!;
  const has = (part: string) => !!root.querySelector(`[part~="${part}"]`);
  const content = has('base');
  const error = has('error');
  const empty = has('empty');
  const loading = has('loading');
  return { content, error, empty, loading, any: content || error || empty || loading };
}

/**
 * The items an element shows (rows, sessions, the card), as texts, to compare before and after a failure. A
 * long programme is drawn a few sessions per frame, so a later look may show more of the same list.
 */
export const itemsOf = (el: Element, selector: string): string[] =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((item) => item.textContent!.replace(/\s+/g, ' ').trim());

const startsWith = (list: readonly string[], prefix: readonly string[]) => prefix.every((item, i) => list[i] === item);

/** How far a case's reader goes: a keystroke in every case (a search typed, or a key pressed), the element's whole use in one of three. */
export interface Reader {
  term: string;
  full: boolean;
}
export const readers = (terms: fc.Arbitrary<string>): fc.Arbitrary<Reader> =>
  fc.record({ term: terms, full: fc.nat(2).map((n) => n === 0) });

/** The values an arbitrary draws. */
export type Drawn<A> = A extends fc.Arbitrary<infer T> ? T : never;

/** A data element under test. */
export type DataHost = PoplusElement & { src?: string; format?: string };

/** Waits for the `poplus-load` or `poplus-error` the element fires after `start`, and returns which. */
export async function loadEvent(el: Element, start: () => void): Promise<'load' | 'error'> {
  const settled = new Promise<'load' | 'error'>((resolve) => {
    const done = (event: Event) => {
      el.removeEventListener('poplus-load', done);
      el.removeEventListener('poplus-error', done);
      resolve(event.type === 'poplus-load' ? 'load' : 'error');
    };
    el.addEventListener('poplus-load', done);
    el.addEventListener('poplus-error', done);
  });
  start();
  return settled;
}

/** Text served as a `blob:` URL of a media type, for `src`; revoked by `revokeAll`. */
const urls: string[] = [];
export function blobUrl(text: string, type: string): string {
  const url = URL.createObjectURL(new Blob([text], { type }));
  urls.push(url);
  return url;
}
export function revokeAll(): void {
  for (const url of urls.splice(0)) URL.revokeObjectURL(url);
}

/** One input of a case: a value for the data property, or text for `src` or an inline `<script>`, of a media type. */
export type Input = { kind: 'value'; value: unknown; format?: string } | { kind: 'text'; text: string; type: string; format?: string };

/**
 * Feeds inputs one after the other to one element (the property, or `src`), and checks after each: no error
 * thrown into the page, no markup or unsafe link from data, a state on screen, and, when an input fails
 * after one that was shown, the items already shown kept under the error. Then a reader uses it.
 */
export async function feed(
  el: DataHost,
  errors: CaseErrors,
  { property, items, interact }: { property: string; items: string; interact: (el: DataHost) => Promise<void> },
  inputs: readonly Input[],
): Promise<void> {
  await step(errors, attach(el));
  let before: string[] | undefined;
  for (const input of inputs) {
    el.format = input.format;
    if (input.kind === 'value') {
      el.src = undefined;
      (el as unknown as Record<string, unknown>)[property] = input.value;
      await step(errors, settled(el));
    } else {
      (el as unknown as Record<string, unknown>)[property] = undefined;
      await step(
        errors,
        loadEvent(el, () => (el.src = blobUrl(input.text, input.type))),
      );
      await step(errors, el.updateComplete);
    }
    await nextTask();
    expectNoProblems(el, errors.errors);
    const state = stateOf(el);
    if (state.loading) throw new Error('still loading after the input was read');
    if (before?.length && state.error) {
      const after = itemsOf(el, items);
      if (!after.length || !(startsWith(after, before) || startsWith(before, after))) {
        throw new Error(
          `a failed input dropped the data shown: ${JSON.stringify(before).slice(0, 300)} became ${JSON.stringify(after).slice(0, 300)}`,
        );
      }
    }
    if (state.content) before = itemsOf(el, items);
    else if (!state.error) before = undefined;
  }
  await step(errors, interact(el));
  await nextTask();
  expectNoProblems(el, errors.errors);
  // Removing the data leaves the empty state, without the error of an input that is gone.
  Object.assign(el, { [property]: undefined, src: undefined });
  await step(errors, el.updateComplete);
  await nextTask();
  await step(errors, el.updateComplete);
  const end = stateOf(el);
  if (!end.empty || end.error || end.content) throw new Error(`not empty once its data is removed: ${JSON.stringify(end)}`);
}

/** Waits until the element has read its data property (whose adapter may load lazily) and shown the result. */
export async function settled(el: DataHost): Promise<void> {
  await el.updateComplete;
  for (let pending = dataSourceOf(el)?.pending; pending; pending = dataSourceOf(el)?.pending) {
    await pending;
    await el.updateComplete;
  }
}

/** Attaches an element to the page and waits for its first update. */
async function attach(el: DataHost): Promise<void> {
  stage().append(el);
  await el.updateComplete;
}

/**
 * Attaches an element that holds its data inside (an inline `<script>`, a plain `<table>`), waits until it
 * has read it (`poplus-load` or `poplus-error`), checks it, and lets a reader use it.
 */
export async function readInside(el: DataHost, errors: CaseErrors, interact: (el: DataHost) => Promise<void>): Promise<void> {
  await step(
    errors,
    loadEvent(el, () => stage().append(el)),
  );
  await step(errors, el.updateComplete);
  await nextTask();
  expectNoProblems(el, errors.errors);
  if (stateOf(el).loading) throw new Error('still loading after the input was read');
  await step(errors, interact(el));
}

/** Throws with every problem found: errors thrown into the page first. */
export function expectNoProblems(el: Element, errors: readonly string[]): void {
  const problems = [...errors, ...problemsOf(el)];
  if (problems.length) throw new Error(problems.join('\n'));
}

/** Types into a search field the way a reader does (an `input` event per change), and waits for the update. */
export async function typeInto(el: ReactiveElement, input: HTMLInputElement | null | undefined, text: string): Promise<void> {
  if (!input) return;
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text }));
  await el.updateComplete;
}

/** Presses a key on an element of the shadow root (a keydown that bubbles, as from the keyboard), and waits for the update. */
export async function press(el: ReactiveElement, target: Element | null | undefined, key: string): Promise<void> {
  if (!target) return;
  (target as HTMLElement).focus();
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
  await el.updateComplete;
}

/** Media types a text of each syntax is served with, and now and then a wrong or missing one (the element then sniffs the text). */
export const TYPES = {
  json: fc.constantFrom('application/json', 'application/json', 'application/json', 'application/ld+json', ''),
  csv: fc.constantFrom('text/csv', 'text/csv', 'text/tab-separated-values', ''),
  ical: fc.constantFrom('text/calendar', 'text/calendar', 'text/calendar', ''),
  yaml: fc.constantFrom('application/yaml', 'application/yaml', 'text/yaml', ''),
};

/** An inline `<script>` child holding the text: the path of a page without JavaScript of its own. */
export function inlineScript(text: string, type: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = type;
  script.textContent = text;
  return script;
}

/** Text for `src` or an inline `<script>`, with the media type it is served or declared with. */
export interface TypedText {
  text: string;
  type: string;
}

/** JSON values written out, served with a JSON media type (now and then a wrong or missing one). */
export const asJson = (value: fc.Arbitrary<unknown>): fc.Arbitrary<TypedText> =>
  fc.tuple(value, TYPES.json).map(([v, type]) => ({ text: JSON.stringify(v) ?? 'undefined', type }));

/** Text served with one of the given media types. */
export const typed = (text: fc.Arbitrary<string>, types: fc.Arbitrary<string>): fc.Arbitrary<TypedText> =>
  fc.tuple(text, types).map(([t, type]) => ({ text: t, type }));

/** What the fuzz suite of a data element needs: how to make and use it, and random inputs for each path. */
export interface DataElementFuzz {
  tag: string;
  /** Its data property (`participants`, `sessions`, `component`). */
  property: string;
  /** The items it shows (rows, sessions, the card), kept under the error when an input fails after a good one. */
  items: string;
  /** Good data, set first in half the cases, so that a failing input after it must keep it on screen. */
  keeper: unknown;
  /** Values set as the data property. */
  values: fc.Arbitrary<unknown>;
  /** Texts served to `src`. */
  texts: fc.Arbitrary<TypedText>;
  /** Texts in an inline `<script>` child (of a type the element reads: another type is not data). */
  inline: fc.Arbitrary<TypedText>;
  /** The `format` attribute, mostly absent. */
  format: fc.Arbitrary<string | undefined>;
  /** How a page sets the element up (attributes and properties). */
  view: fc.Arbitrary<Record<string, unknown>>;
  readers: fc.Arbitrary<Reader>;
  /** What a reader does with it. */
  use(el: DataHost, reader: Reader): Promise<void>;
  /** Before each case: clear what the element keeps outside itself (favourites in `localStorage`). */
  beforeCase?(): void;
  /** Called with each case's inputs: skips, with `fc.pre`, those that hit a known defect. */
  setAside?(inputs: unknown): void;
  /** Each path's share of the element's cases, the fuzz ids of its properties, and what its inputs are (for the test names). */
  paths: Record<'value' | 'src' | 'inline', { share: number; id: number; what: string }>;
}

/**
 * Declares the fuzz tests of a data element's three input paths: the data property, `src`, and an inline
 * `<script>` child. The property and `src` cases feed one to three inputs to one element (replacing data,
 * and keeping it through a failure); an inline case makes its element with the data inside.
 */
export function fuzzDataPaths(spec: DataElementFuzz): void {
  const make = () => {
    spec.beforeCase?.();
    return Object.assign(document.createElement(spec.tag), { lang: 'en' }) as DataHost;
  };
  type Sequence = { keeper: boolean; inputs: Input[]; reader: Reader; view: Record<string, unknown> };
  const sequence = (keeper: Input) => {
    const run = eachOnNew(make, (el, { keeper: withKeeper, inputs, reader, view }: Sequence, errors) => {
      const options = { property: spec.property, items: spec.items, interact: (e: DataHost) => spec.use(e, reader) };
      return feed(Object.assign(el, view), errors, options, withKeeper ? [keeper, ...inputs] : inputs);
    });
    return (c: Sequence) => {
      spec.setAside?.(c.inputs);
      return run(c);
    };
  };
  const cases = (input: fc.Arbitrary<Input>) =>
    fc.record({ keeper: fc.boolean(), inputs: fc.array(input, { minLength: 1, maxLength: 2 }), reader: spec.readers, view: spec.view });

  const { value, src, inline } = spec.paths;
  it(`reads any value set as \`${spec.property}\` (${value.what}) without breaking`, async function () {
    this.timeout(await timeFor(value.share));
    const input = fc.record({ kind: fc.constant('value' as const), value: spec.values, format: spec.format });
    await check(fc.asyncProperty(cases(input), sequence({ kind: 'value', value: spec.keeper })), value.share, value.id);
  });

  it(`reads any text from \`src\` (${src.what}) without breaking`, async function () {
    this.timeout(await timeFor(src.share));
    const input = fc.tuple(spec.texts, spec.format).map(([t, format]): Input => ({ kind: 'text', ...t, format }));
    const keeper: Input = { kind: 'text', text: JSON.stringify(spec.keeper), type: 'application/json' };
    await check(fc.asyncProperty(cases(input), sequence(keeper)), src.share, src.id);
  });

  it(`reads any inline <script> child (${inline.what}) without breaking`, async function () {
    this.timeout(await timeFor(inline.share));
    const inlineCases = fc.record({ text: spec.inline, format: spec.format, reader: spec.readers, view: spec.view });
    const run = eachOnNew(
      ({ text, format, view }: Drawn<typeof inlineCases>) => {
        const el = Object.assign(make(), view, { format });
        el.append(inlineScript(text.text, text.type));
        return el;
      },
      (el, { reader }, errors) => readInside(el, errors, (e) => spec.use(e, reader)),
    );
    const property = fc.asyncProperty(inlineCases, (c) => {
      spec.setAside?.(c.text);
      return run(c);
    });
    await check(property, inline.share, inline.id);
  });
}
