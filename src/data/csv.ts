import { parseError } from './errors.js';
import type { ReadContext } from './formats.js';
import { checked, fromRows, type ParticipantData } from './participants.js';

type Papa = typeof import('papaparse');
let papa: Promise<Papa> | undefined;

/** Papaparse is CommonJS: the one-file bundle, the test server and app bundlers each give it as the default export. */
function loadPapaparse(): Promise<Papa> {
  papa ??= import('papaparse').then((mod) => (mod as Papa & { default?: Papa }).default ?? mod);
  papa.catch(() => (papa = undefined));
  return papa;
}

/** Excel's first line naming the separator (`sep=;`), written by spreadsheets in locales with decimal commas. */
const EXCEL_SEPARATOR = /^sep=([^\r\n])\r?\n/i;

/** Whether the source says the text is tab-separated: `format="tsv"`, its media type, or a `.tsv` URL. */
const isTsv = ({ hint }: Partial<ReadContext> = {}) =>
  hint?.format?.trim().toLowerCase() === 'tsv' ||
  hint?.contentType === 'text/tab-separated-values' ||
  /\.tsv(?:[?#]|$)/i.test(hint?.url ?? '');

/**
 * Reads CSV with a header row, as people exchange it. Papaparse loads only when CSV is read. The separator is
 * the one an Excel `sep=;` first line names, a tab for TSV, else papaparse's guess among `,` `;` tab `|` (the
 * one that splits the first rows evenly, so a `;` file with decimal commas is read right); quoted fields may
 * hold separators and newlines. A byte-order mark is dropped. A line with too few fields is kept (missing
 * fields stay absent), fields beyond the header are dropped; an unclosed quote makes the whole file
 * unreadable, reported as a `DataReadError`.
 */
export async function readCsv(text: unknown, context?: ReadContext): Promise<ParticipantData> {
  const Papa = await loadPapaparse();
  let csv = String(text).replace(/^\uFEFF/, '');
  const excel = EXCEL_SEPARATOR.exec(csv);
  if (excel) csv = csv.slice(excel[0].length);
  const delimiter = excel?.[1] ?? (isTsv(context) ? '\t' : undefined);
  const result = Papa.parse<string[]>(csv, { skipEmptyLines: 'greedy', delimiter });
  const fatal = result.errors.find((e) => e.type === 'Quotes');
  if (fatal) throw parseError('CSV', `row ${(fatal.row ?? 0) + 1}: ${fatal.message}`);
  const [header, ...rows] = result.data;
  if (!header?.some((cell) => cell.trim())) throw parseError('CSV', 'no header row');
  return checked(fromRows(header, rows));
}
