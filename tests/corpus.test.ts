import { expect } from '@open-wc/testing';
import '../src/elements/participant-table/participant-table.js';
import '../src/elements/session-list/session-list.js';
import '../src/elements/component-card/component-card.js';
import { adaptComponent, readComponent, type ComponentModel } from '../src/data/component.js';
import { DataReadError } from '../src/data/errors.js';
import { adaptParticipants, cellText, readParticipants, type ParticipantData } from '../src/data/participants.js';
import { adaptSchedule, readSchedule, type Schedule } from '../src/data/schedule.js';
import { KNOWN_DEFECTS } from './fuzz/known-defects.js';
import {
  blobUrl,
  eachOnNew,
  expectNoProblems,
  loadEvent,
  nextTask,
  settled,
  stateOf,
  step,
  useFuzzEnvironment,
  type DataHost,
} from './fuzz/harness.js';

/**
 * The corpus of hostile and malformed inputs (tests/fixtures/corpus/, described in its README): every case
 * through its model's reader, as a value set from code and as text, compared with the outcome the file
 * states; and a sample of each file through its element.
 */

type Reader = 'participants' | 'schedule' | 'component';

interface Expectation {
  expect: 'shown' | 'partial' | 'error';
  /** Records, sessions (those the list places) or cards shown. */
  count?: number;
  /** Records, or sessions, left out. */
  skipped?: number;
  /** For `error`: the `DataReadError` kind, and whether the data was read but held nothing usable. */
  kind?: string;
  nothingUsable?: boolean;
  /** For participants: the fields, in order. */
  fields?: string[];
  /** What the first record, session or component holds (as the reader sees it). */
  first?: Record<string, unknown>;
  /** The known defect (tests/fuzz/known-defects.ts) that keeps this case from its expected outcome. */
  known?: string;
}

interface Case extends Expectation {
  name: string;
  value?: unknown;
  text?: string;
  /** Media type of the text, else the file's. */
  type?: string;
  /** The `format` attribute, else the file's. */
  format?: string;
}

interface Matrix {
  name: string;
  /** A JSON value holding `"$VALUE"` (and `"$FIELD"` as a key), or a text holding `$VALUE` (and `$FIELD`). */
  template: unknown;
  fields?: string[];
  values: (Expectation & { value?: unknown; text?: string; name?: string })[];
}

interface CorpusFile {
  adapter: string;
  reader: Reader;
  type: string;
  format?: string;
  /** Take one case in this many through the element. */
  sampleEvery: number;
  cases: Case[];
  matrices?: Matrix[];
}

/** A template with `$FIELD` and `$VALUE` put in: JSON deeply (object keys included), text as a substring. */
function fill(template: unknown, field: string, value: { value?: unknown; text?: string }): unknown {
  if (typeof template === 'string') {
    if (template === '$VALUE' && 'value' in value) return value.value;
    const named = template.replaceAll('$FIELD', field);
    return named.includes('$VALUE') ? named.replaceAll('$VALUE', value.text ?? String(value.value)) : named;
  }
  if (Array.isArray(template)) return template.map((item) => fill(item, field, value));
  if (template && typeof template === 'object') {
    return Object.fromEntries(Object.entries(template).map(([k, v]) => [k === '$FIELD' ? field : k, fill(v, field, value)]));
  }
  return template;
}

const withField = (expectation: Expectation, field: string): Expectation =>
  JSON.parse(
    JSON.stringify(expectation).replaceAll(
      '$FIELD',
      field.replace(/["\\]/g, (c) => `\\${c}`),
    ),
  ) as Expectation;

/** Every case of a file, the matrices' rows expanded. */
function casesOf(file: CorpusFile): Case[] {
  const cases = [...file.cases];
  for (const matrix of file.matrices ?? []) {
    for (const field of matrix.fields ?? ['']) {
      for (const row of matrix.values) {
        const { value, text, name, ...expectation } = row;
        const filled = fill(matrix.template, field, { value, text });
        const label = `${matrix.name}${field ? ` [${field}]` : ''}: ${name ?? JSON.stringify(text ?? value)}`;
        const input = typeof matrix.template === 'string' ? { text: filled as string } : { value: filled };
        cases.push({ name: label, ...input, ...withField(expectation, field) });
      }
    }
  }
  return cases;
}

/** What a reader gave, in the corpus's terms. */
type Outcome = Omit<Expectation, 'known'>;

function describeParticipants(data: ParticipantData): Outcome {
  const [record] = data.records;
  const first = record && Object.fromEntries(Object.keys(record).map((key) => [key, cellText(record[key], 'en')]));
  return { expect: data.skipped ? 'partial' : 'shown', count: data.records.length, skipped: data.skipped, fields: data.fields, first };
}

function describeSchedule(schedule: Schedule): Outcome {
  return { expect: 'shown', count: schedule.sessions.length, first: schedule.sessions[0] as Record<string, unknown> | undefined };
}

function describeComponent(c: ComponentModel): Outcome {
  return { expect: 'shown', count: 1, first: c as unknown as Record<string, unknown> };
}

const READERS = {
  participants: { adapt: adaptParticipants, read: readParticipants, describe: describeParticipants },
  schedule: { adapt: adaptSchedule, read: readSchedule, describe: describeSchedule },
  component: { adapt: adaptComponent, read: readComponent, describe: describeComponent },
} as const;

async function outcomeOf(read: () => unknown, describe: (data: never) => Outcome): Promise<Outcome> {
  try {
    return describe((await read()) as never);
  } catch (e) {
    if (!(e instanceof DataReadError)) return { expect: 'error', kind: `not a DataReadError: ${String(e)}` };
    return { expect: 'error', kind: e.kind, nothingUsable: e.nothingUsable };
  }
}

/** How an outcome differs from the expectation: `''` when it matches. A schedule reader returns every session, those the list will leave out too. */
function mismatch(reader: Reader, expected: Expectation, actual: Outcome): string {
  const problems: string[] = [];
  const want = (label: string, a: unknown, e: unknown) => {
    if (JSON.stringify(a) !== JSON.stringify(e)) problems.push(`${label}: expected ${JSON.stringify(e)}, got ${JSON.stringify(a)}`);
  };
  if (expected.expect === 'error' || actual.expect === 'error') {
    want(
      'outcome',
      actual.expect === 'error' ? `error ${actual.kind}` : actual.expect,
      expected.expect === 'error' ? `error ${expected.kind}` : expected.expect,
    );
    if (expected.nothingUsable !== undefined && actual.expect === 'error')
      want('nothing usable', actual.nothingUsable, expected.nothingUsable);
    return problems.join('; ');
  }
  if (reader === 'schedule') want('sessions read', actual.count, (expected.count ?? 0) + (expected.skipped ?? 0));
  else {
    want('outcome', actual.expect, expected.expect);
    if (expected.count !== undefined) want('count', actual.count, expected.count);
    if (reader === 'participants') want('skipped', actual.skipped, expected.skipped ?? 0);
  }
  if (expected.fields) want('fields', actual.fields, expected.fields);
  // An expected `null` stands for a field that is absent (JSON has no `undefined`).
  for (const [key, value] of Object.entries(expected.first ?? {}))
    want(`first.${key}`, (actual.first && Object.hasOwn(actual.first, key) ? actual.first[key] : undefined) ?? null, value);
  return problems.join('; ');
}

/** The inputs of a case: a value goes both through the property path and (written as JSON) through the text path. */
function pathsOf(file: CorpusFile, c: Case) {
  const format = c.format ?? file.format;
  const type = c.type ?? file.type;
  const paths: { label: string; read: (reader: (typeof READERS)[Reader]) => unknown }[] = [];
  if ('value' in c) paths.push({ label: 'value', read: (r) => r.adapt(c.value, format) });
  const text = c.text ?? ('value' in c ? JSON.stringify(c.value) : undefined);
  if (text !== undefined) {
    const hint = { contentType: 'value' in c ? 'application/json' : type, format };
    paths.push({ label: 'text', read: (r) => r.read(text, hint) });
  }
  return paths;
}

const corpus = '/tests/fixtures/corpus/';
const index = (await fetch(`${corpus}index.json`).then((r) => r.json())) as { files: string[] };
const files = await Promise.all(index.files.map((name) => fetch(corpus + name).then((r) => r.json() as Promise<CorpusFile>)));

const ELEMENTS: Record<Reader, { tag: string; property: string }> = {
  participants: { tag: 'poplus-participant-table', property: 'participants' },
  schedule: { tag: 'poplus-session-list', property: 'sessions' },
  component: { tag: 'poplus-component-card', property: 'component' },
};

/** What the element shows, in the corpus's terms: every record or session (the list lays out every day, as for print). */
function shownBy(el: DataHost, reader: Reader): { count: number; skipped?: number; name?: string } {
  const root = el.shadowRoot!;
  if (reader === 'participants') return { count: root.querySelectorAll('tr[part="row"]').length };
  if (reader === 'component')
    return { count: root.querySelectorAll('[part="base"]').length, name: root.querySelector('[part="name"]')?.textContent?.trim() };
  const note = root.querySelector('.skipped')?.textContent ?? '';
  return { count: root.querySelectorAll('[part~="session"]').length, skipped: Number(/\((\d+)\)/.exec(note)?.[1] ?? 0) };
}

/** How the element shows a case, against the file's expectation: `''` when it matches. Values go to the property, text to `src`. */
async function throughElement(file: CorpusFile, c: Case): Promise<string> {
  const { tag, property } = ELEMENTS[file.reader];
  const problems: string[] = [];
  await eachOnNew(
    () => Object.assign(document.createElement(tag), { lang: 'en', format: c.format ?? file.format }) as DataHost,
    async (el, _: undefined, errors) => {
      document.body.append(el);
      let event: 'load' | 'error' | undefined;
      let kind: string | undefined;
      el.addEventListener('poplus-error', (e) => (kind = (e as CustomEvent<{ kind: string }>).detail.kind));
      if ('value' in c) {
        (el as unknown as Record<string, unknown>)[property] = c.value;
        await step(errors, settled(el));
        await nextTask();
      } else {
        event = await step(
          errors,
          loadEvent(el, () => (el.src = blobUrl(c.text!, c.type ?? file.type))),
        );
        await step(errors, el.updateComplete);
      }
      if (file.reader === 'schedule') {
        window.dispatchEvent(new Event('beforeprint'));
        await step(errors, el.updateComplete);
      }
      expectNoProblems(el, errors.errors);
      const state = stateOf(el);
      const shown = shownBy(el, file.reader);
      if (file.reader === 'schedule') {
        window.dispatchEvent(new Event('afterprint'));
        await step(errors, el.updateComplete);
      }
      if (c.expect === 'error') {
        if (!state.error) problems.push(`no error shown (${JSON.stringify(shown)})`);
        if (kind !== undefined && kind !== c.kind) problems.push(`poplus-error kind ${kind}, expected ${c.kind}`);
        if (event === 'load') problems.push('poplus-load fired');
        return;
      }
      if (state.error) problems.push('an error shown');
      if (c.count !== undefined && shown.count !== c.count) problems.push(`${shown.count} shown, expected ${c.count}`);
      if (file.reader === 'schedule' && (shown.skipped ?? 0) !== (c.skipped ?? 0))
        problems.push(`${shown.skipped} listed as left out, expected ${c.skipped ?? 0}`);
      const name = c.first?.['name'];
      if (file.reader === 'component' && typeof name === 'string' && shown.name !== (name || 'Unnamed component')) {
        problems.push(`name ${JSON.stringify(shown.name)}, expected ${JSON.stringify(name)}`);
      }
    },
  )(undefined);
  return problems.join('; ');
}

/** Every problem of the cases, through the reader (both paths) and, for `element` ones, through the element. */
async function failuresOf(file: CorpusFile, cases: Case[], element: (c: Case) => boolean): Promise<string[]> {
  const reader = READERS[file.reader];
  const failures: string[] = [];
  for (const c of cases) {
    for (const path of pathsOf(file, c)) {
      const problem = mismatch(file.reader, c, await outcomeOf(() => path.read(reader), reader.describe));
      if (problem) failures.push(`${c.name} (${path.label}): ${problem}`);
    }
    if (!element(c)) continue;
    const problem = await throughElement(file, c);
    if (problem) failures.push(`${c.name} (<${ELEMENTS[file.reader].tag}>): ${problem}`);
  }
  return failures;
}

describe('corpus of hostile and malformed inputs', () => {
  useFuzzEnvironment();
  for (const file of files) {
    const cases = casesOf(file);
    const known = cases.filter((c) => c.known);
    const sample = new Set(cases.filter((c, i) => i % file.sampleEvery === 0));

    describe(file.adapter, () => {
      it(`has at least 200 cases, each with its outcome stated (${cases.length})`, () => {
        expect(cases.length).to.be.at.least(200);
        for (const c of cases) expect(['shown', 'partial', 'error'], c.name).to.include(c.expect);
        for (const c of cases.filter((c) => c.expect === 'error')) expect(c.kind, `${c.name}: error kind`).to.be.a('string');
        for (const c of cases.filter((c) => c.expect === 'partial')) expect(c.skipped, `${c.name}: skipped count`).to.be.above(0);
        for (const c of known) expect(KNOWN_DEFECTS, `${c.name}: known defect`).to.have.property(c.known!);
      });

      it(`reads every case as the file expects, as a value and as text; shows one in ${file.sampleEvery} through <${ELEMENTS[file.reader].tag}>`, async function () {
        this.timeout(30_000);
        const failures = await failuresOf(
          file,
          cases.filter((c) => !c.known),
          (c) => sample.has(c),
        );
        expect(failures, failures.join('\n')).to.deep.equal([]);
      });

      for (const id of new Set(known.map((c) => c.known!))) {
        it(`KNOWN DEFECT ${id} (${KNOWN_DEFECTS[id]?.where}): the cases it keeps from their stated outcome`, async () => {
          const failures = await failuresOf(
            file,
            known.filter((c) => c.known === id),
            () => true,
          );
          expect(failures, failures.join('\n')).to.deep.equal([]);
        });
      }
    });
  }
});
