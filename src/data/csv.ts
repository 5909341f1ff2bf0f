import { parseError } from './errors.js';
import { checked, fromRows, type ParticipantData } from './participants.js';

type Papa = typeof import('papaparse');
let papa: Promise<Papa> | undefined;

/** Papaparse is CommonJS: the one-file bundle, the test server and app bundlers each give it as the default export. */
function loadPapaparse(): Promise<Papa> {
  papa ??= import('papaparse').then((mod) => (mod as Papa & { default?: Papa }).default ?? mod);
  papa.catch(() => (papa = undefined));
  return papa;
}

/**
 * Reads CSV with a header row. Papaparse loads only when CSV is read; it finds the separator (`,` `;` tab
 * `|`), and handles quoted fields and newlines inside quotes. A byte-order mark is dropped. A line with too few
 * fields is kept (missing fields stay absent), fields beyond the header are dropped; an unclosed quote makes the
 * whole file unreadable, reported as a `DataReadError`.
 */
export async function readCsv(text: unknown): Promise<ParticipantData> {
  const Papa = await loadPapaparse();
  const result = Papa.parse<string[]>(String(text).replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const fatal = result.errors.find((e) => e.type === 'Quotes');
  if (fatal) throw parseError('CSV', `row ${(fatal.row ?? 0) + 1}: ${fatal.message}`);
  const [header, ...rows] = result.data;
  if (!header?.some((cell) => cell.trim())) throw parseError('CSV', 'no header row');
  return checked(fromRows(header, rows));
}
