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

/** Every known defect, by the id the corpus files use. */
export const KNOWN_DEFECTS: Record<string, KnownDefect> = {};

/** Skips (with `fc.pre`) a case whose input hits one of the known defects given. */
export function setAside(input: unknown, ...defects: KnownDefect[]): void {
  const text =
    typeof input === 'string' ? input : (JSON.stringify(input, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v)) ?? '');
  fc.pre(!defects.some((d) => d.hits(text)));
}
