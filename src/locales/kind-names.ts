/**
 * `sessionKindName` of a catalogue: the names of the usual kinds of programme item, looked up without regard
 * to case; a kind without a name shows as written. The table is made once per language, not once a call.
 */
export const kindNames =
  (names: Record<string, string>) =>
  (kind: string): string => {
    const key = kind.toLowerCase();
    // Own names only: a kind called `constructor` is not the object's.
    return Object.hasOwn(names, key) ? names[key]! : kind;
  };
