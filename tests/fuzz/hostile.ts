/**
 * Hostile leaf values for every field of every format: what a careless export, a hand-edited file or an
 * attacker puts where a text, a number, a date or a URL was expected. Markup carries a marker that the
 * checks look for as an element or attribute name: seen there, data became markup.
 */
import fc from 'fast-check';

/** The marker: an element or attribute of this name in a shadow root is data turned into markup. */
export const MARKER = 'poplus-injected';

/** Set by a payload's script if it ever runs. */
export const RAN = '__poplusInjectedRan';

const run = `window.${RAN}=1`;

/** Markup, script and template payloads, each carrying the marker. */
export const MARKUP = [
  `<${MARKER}></${MARKER}>`,
  `<img src=x onerror="${run}" data-${MARKER}>`,
  `<svg onload="${run}"><${MARKER}/></svg>`,
  `<script>${run}</script>`,
  `"><${MARKER} data-${MARKER}="1">`,
  `' data-${MARKER}='1' onclick='${run}`,
  `<iframe srcdoc="<${MARKER}>"></iframe>`,
  `<a href="javascript:${run}" data-${MARKER}>x</a>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${run}">`,
  `<!--><${MARKER}>-->`,
  `<![CDATA[<${MARKER}>]]>`,
  `<?lit$123456$><${MARKER}>`,
  `{{constructor.constructor('${run}')()}}`,
  '${' + run + '}',
  `<style>*{background:url("javascript:${run}")}</style>`,
  `<object data="javascript:${run}"></object><embed src="data:text/html,<${MARKER}>">`,
];

/** URLs that must never become a link or an image: each is refused, or (for the `//` form) stays http(s). */
export const BAD_URLS = [
  `javascript:${run}`,
  ` JaVaScRiPt:${run}`,
  `java\tscript:${run}`,
  `\u0000javascript:${run}`,
  `javascript&colon;${run}`,
  `data:text/html,<${MARKER}>`,
  'data:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.org/4b0c',
  'ftp://example.org/x',
  'chrome://settings',
  'http://[::1',
  'https://',
  '//evil.example/x',
  'mailto:',
  '#',
];

/** URLs a field may rightly hold. */
export const GOOD_URLS = [
  'https://example.org/',
  'http://example.org/a?b=c#d',
  '  https://example.org/spaces  ',
  'mailto:ana@example.org',
  '/relative/path',
  'https://example.org/?q=<poplus-injected>',
  'https://例え.jp/パス',
];

/** Controls that reorder or hide text: bidirectional overrides, zero-width characters, a lone surrogate. */
export const CONTROLS = [
  '\u202e',
  '\u202d',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200f',
  '\u200b',
  '\ufeff',
  '\ud800',
  '\u0000',
  '\r\n',
];

/** Keys that are special to JavaScript objects. */
export const SPECIAL_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'length', '0', '', ' '];

export const urlArb: fc.Arbitrary<string> = fc.oneof(fc.constantFrom(...BAD_URLS), fc.constantFrom(...GOOD_URLS));

/** A text bounded so that a case stays quick: at most about 2,000 characters. */
const longText = fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.integer({ min: 50, max: 250 })).map(([s, n]) => s.repeat(n));

/** Any hostile text: markup, URLs, controls, scripts of every direction, very long, blank. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 2, arbitrary: urlArb },
  { weight: 2, arbitrary: fc.string({ maxLength: 12, unit: 'grapheme' }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...CONTROLS), fc.constantFrom('مرحبا', 'שלום', 'Ana', '台灣', 'ﷺ'), fc.constantFrom(...MARKUP))
      .map((parts) => parts.join('')),
  },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n\t', '\u00a0', 'null', 'undefined', 'NaN', '0', 'true', '[]', '{}') },
  { weight: 1, arbitrary: longText },
  { weight: 1, arbitrary: fc.constantFrom(...SPECIAL_KEYS) },
);

/** Numbers JSON can carry (never NaN or Infinity): huge, tiny, negative, fractional. */
export const jsonNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -1, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, -(2 ** 31), 17, 16.5, 1977, 20140429),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

/** Any JSON leaf. */
export const hostileLeaf: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileText },
  { weight: 2, arbitrary: jsonNumber },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constant(null) },
);

/** An object built with its own keys as written (`__proto__` included, as `JSON.parse` makes it). */
export const objectOf = (entries: readonly (readonly [string, unknown])[]): Record<string, unknown> => Object.fromEntries(entries);

/** A key: usual field names, special ones, markup. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...SPECIAL_KEYS),
  fc.constantFrom(...MARKUP.slice(0, 4)),
  fc.string({ maxLength: 10 }),
);

/** Any JSON value, nested a few levels deep, with hostile keys and leaves. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileLeaf,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(fc.tuple(hostileKey, tie('value')), { maxLength: 4 }).map(objectOf),
  ),
})).value;

/** Values a page's own code may set that JSON cannot carry. */
export const codeOnlyValue: fc.Arbitrary<unknown> = fc.constantFrom(
  undefined,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  2n ** 70n,
  new Date('2014-04-29T11:00:00-04:00'),
  new Date(Number.NaN),
  Object.create(null) as object,
  new Map([['name', 'Ana']]),
);

/** A field's value: usually one of the plausible ones given, else anything hostile. */
export const field = (...plausible: fc.Arbitrary<unknown>[]): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 3, arbitrary: fc.oneof(...plausible) }, { weight: 2, arbitrary: hostileValue });

/** An object from optional fields: each present or not, in the given order, plus a stray hostile key now and then. */
export function record(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  const entries = Object.entries(fields).map(([key, arb]) =>
    fc.option(
      arb.map((v) => [key, v] as const),
      { nil: undefined },
    ),
  );
  return fc
    .tuple(fc.tuple(...entries), fc.array(fc.tuple(hostileKey, hostileValue), { maxLength: 1 }))
    .map(([present, extra]) => objectOf([...present.filter((e) => e !== undefined), ...extra]));
}
