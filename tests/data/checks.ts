import { expect } from '@open-wc/testing';
import { DataReadError } from '../../src/data/errors.js';
import type { ParticipantData } from '../../src/data/participants.js';

/** Values a hand-made or hostile file may hold where any field is expected. */
export const HOSTILE_VALUES: readonly unknown[] = [
  null,
  0,
  -1.5,
  true,
  '',
  '   ',
  'javascript:alert(1)',
  '<img src=x onerror=alert(1)>',
  [],
  [null, 3],
  ['x', { y: 1 }],
  {},
  { en: 5, '': 'x', 'not a tag!': 'y' },
  { name: null },
];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every path into `value` (arrays: their first two items only, so that the count stays small). */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const children: [string | number, unknown][] = Array.isArray(value)
    ? value.slice(0, 2).map((v, i) => [i, v])
    : isRecord(value)
      ? Object.entries(value)
      : [];
  return children.flatMap(([key, child]) => [[...prefix, key], ...paths(child, [...prefix, key])]);
}

function replaced(value: unknown, path: (string | number)[], by: unknown): unknown {
  const copy = structuredClone(value);
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path.at(-1)!] = by;
  return copy;
}

/** `value`, then `value` with each of its fields (at any depth) replaced in turn by each hostile value. */
export function* variants(value: unknown): Generator<unknown> {
  yield value;
  for (const path of paths(value)) for (const by of HOSTILE_VALUES) yield replaced(value, path, by);
}

const isText = (t: unknown) => typeof t === 'string' || (isRecord(t) && Object.values(t).every((v) => typeof v === 'string' && v !== ''));

/**
 * Reads every variant: each must give well-formed participant data (texts, language maps of texts, or lists of
 * them, in fields the data names) or fail with a `DataReadError`, never another exception.
 */
export async function expectTotal(read: (value: unknown) => ParticipantData | Promise<ParticipantData>, value: unknown): Promise<number> {
  let readable = 0;
  for (const variant of variants(value)) {
    let data: ParticipantData;
    try {
      data = await read(variant);
    } catch (e) {
      if (!(e instanceof DataReadError)) throw new Error(`${String(e)} reading ${JSON.stringify(variant).slice(0, 300)}`, { cause: e });
      continue;
    }
    readable++;
    expect(Number.isInteger(data.skipped)).to.equal(true);
    for (const record of data.records) {
      for (const [field, cell] of Object.entries(record)) {
        expect(data.fields, `field ${field}`).to.include(field);
        const ok = Array.isArray(cell) ? cell.length > 1 && cell.every(isText) : isText(cell) && cell !== '';
        expect(ok, `${field}: ${JSON.stringify(cell)}`).to.equal(true);
      }
    }
  }
  return readable;
}

/** The error a promise rejects with; fails the test when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}
