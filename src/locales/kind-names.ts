/**
 * `sessionKindName` of a catalogue: the names of the usual kinds of programme item, looked up without regard
 * to case; a kind without a name shows as written. The table is made once per language, not once a call.
 */
export const kindNames =
  (names: Record<string, string>) =>
  (kind: string): string =>
    // Own names only: a kind called `constructor` is not the object's.
    Object.hasOwn(names, kind.toLowerCase()) ? names[kind.toLowerCase()]! : kind;
