import type { SourceHint } from './load.js';

/** The syntaxes the elements read; each format (frab XML, Popolo, publiccode.yml…) is written in one of them. */
export type Syntax = 'json' | 'csv' | 'yaml' | 'ical' | 'xml';

/** Media types of each syntax, as servers send them and as an inline `<script type>` may carry them. */
export const MEDIA_TYPES: Readonly<Record<Syntax, readonly string[]>> = {
  json: ['application/json', 'application/ld+json', 'application/sparql-results+json', 'application/geo+json'],
  csv: ['text/csv', 'text/tab-separated-values', 'application/csv'],
  yaml: ['application/yaml', 'text/yaml', 'application/x-yaml', 'text/x-yaml'],
  ical: ['text/calendar'],
  xml: ['application/xml', 'text/xml', 'application/vnd.c3voc.schedule+xml'],
};

/** The inline data children an element reads: `<script>` elements of a data type only (never run, never markup). */
export const INLINE_SELECTOR = Object.values(MEDIA_TYPES)
  .flat()
  .map((type) => `script[type="${type}"]`)
  .join(', ');

const EXTENSIONS: Readonly<Record<string, Syntax>> = {
  json: 'json',
  jsonld: 'json',
  csv: 'csv',
  tsv: 'csv',
  yml: 'yaml',
  yaml: 'yaml',
  ics: 'ical',
  ical: 'ical',
  ifb: 'ical',
  xml: 'xml',
};

const bySyntax = (type: string): Syntax | undefined =>
  (Object.keys(MEDIA_TYPES) as Syntax[]).find((syntax) => MEDIA_TYPES[syntax].includes(type)) ??
  (type.endsWith('+json') ? 'json' : type.endsWith('+xml') ? 'xml' : undefined);

/** The syntax the first characters show: `{`/`[` JSON, `<` XML, `BEGIN:VCALENDAR` iCalendar, `key:` or `---` YAML. */
function fromText(text: string): Syntax | undefined {
  const start = text.slice(0, 256).replace(/^\uFEFF?\s*/, '');
  if (/^[[{]/.test(start)) return 'json';
  if (/^BEGIN:VCALENDAR/i.test(start)) return 'ical';
  if (start.startsWith('<')) return 'xml';
  if (/^(---|%YAML|[\w-]+:[ \t]*(\r?\n|[^,;\t]*\r?\n[\w-]+:))/.test(start)) return 'yaml';
  return undefined;
}

/**
 * The syntax of a text: the one the page named (`named`, from the `format` attribute), else the server's or
 * the `<script>`'s media type, else the URL's extension, else the text's first characters, among those the
 * element reads (`allowed`, the first of which is the default).
 */
export function sniff(text: string, hint: Partial<SourceHint>, allowed: readonly Syntax[], named?: Syntax): Syntax {
  const path = hint.url?.split(/[?#]/)[0]?.toLowerCase() ?? '';
  const candidates = [named, bySyntax(hint.contentType ?? ''), EXTENSIONS[path.slice(path.lastIndexOf('.') + 1)], fromText(text)];
  return candidates.find((syntax): syntax is Syntax => !!syntax && allowed.includes(syntax)) ?? allowed[0]!;
}
