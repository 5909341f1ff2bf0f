import { DataReadError } from './errors.js';

type Papa = typeof import('papaparse');
let papa: Promise<Papa> | undefined;

/** Papaparse is CommonJS: the one-file bundle, the test server and app bundlers each give it as the default export. */
function loadPapaparse(): Promise<Papa> {
  papa ??= import('papaparse').then((mod) => (mod as Papa & { default?: Papa }).default ?? mod);
  papa.catch(() => (papa = undefined));
  return papa;
}

/**
 * Reads CSV with a header row into one record per line, keyed by the (trimmed) headers. Papaparse loads only
 * when CSV is read; it handles quoted fields, newlines inside quotes, a byte-order mark and `;` or tab
 * separators. A line with too few or too many fields is kept (missing fields stay absent); an unclosed quote
 * makes the whole file unreadable, reported as a `DataReadError`.
 */
export async function parseCsv(text: string): Promise<Record<string, string>[]> {
  const Papa = await loadPapaparse();
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim(),
  });
  const fatal = result.errors.find((e) => e.type === 'Quotes' || (e.type === 'Delimiter' && !result.data.length));
  if (fatal && !(fatal.type === 'Delimiter' && result.meta.fields?.length === 1)) {
    throw new DataReadError('parse', 'CSV', undefined, `row ${(fatal.row ?? 0) + 2}: ${fatal.message}`);
  }
  if (!result.meta.fields?.length) throw new DataReadError('parse', 'CSV', undefined, 'no header row');
  // Papaparse puts extra fields of a long line under `__parsed_extra`; they have no header, so no column.
  for (const row of result.data) delete (row as Record<string, unknown>)['__parsed_extra'];
  return result.data;
}
