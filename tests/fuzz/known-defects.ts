/**
 * Defects this suite found that are still open, each with the smallest input that shows it. The fuzz
 * properties set aside the cases that hit one (`fc.pre`), so that they keep looking for others, and
 * known-defects.test.ts reproduces each in a test named "KNOWN DEFECT", which fails until it is fixed.
 * Fixing one: make its test pass, rename it into a regression test (found.test.ts holds those of the fuzz
 * suite), drop the corpus's `known` marks and the `setAside` of it, then delete its entry here.
 */
import fc from 'fast-check';

export interface KnownDefect {
  /** The module at fault. */
  where: string;
  /** What goes wrong, for whom. */
  name: string;
  /** Whether a case's input (as JSON, or its text) can hit it. */
  hits(input: string): boolean;
}

/** An own `__proto__` key in a record, holding an object (as `JSON.parse` makes it). */
export const PROTO_KEY: KnownDefect = {
  where: 'src/data/participants.ts (fromRecords, fromRows)',
  name: 'a record with a "__proto__" field holding an object (`[{"name":"Ana","__proto__":{"en":"x"}}]`) gets that object as its prototype: the field is lost and its keys show through as inherited fields',
  hits: (input) => /"__proto__":\s*[[{]/.test(input),
};

/** Objects nested in the name field, each holding the next as its name. */
export const DEEP_NAME: KnownDefect = {
  where: 'src/data/participants.ts (toText), used by popolo.ts',
  name: 'a name nested 100,000 objects deep ({"name":{"name":…}}) overflows the stack (RangeError) instead of being read or refused: toText recurses once a level',
  hits: () => false,
};

/** Every known defect, by the id the corpus files use. */
export const KNOWN_DEFECTS: Record<string, KnownDefect> = {
  PROTO_KEY,
  DEEP_NAME,
};

/** Skips (with `fc.pre`) a case whose input hits one of the known defects given. */
export function setAside(input: unknown, ...defects: KnownDefect[]): void {
  const text =
    typeof input === 'string' ? input : (JSON.stringify(input, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v)) ?? '');
  fc.pre(!defects.some((d) => d.hits(text)));
}
