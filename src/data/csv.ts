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
const EXCEL_SEPARATOR = /^sep=([^\n])\n/i;

/** Whether the source says the text is tab-separated: `format="tsv"`, its media type, or a `.tsv` URL. */
const isTsv = ({ hint }: Partial<ReadContext> = {}) =>
  hint?.format?.trim().toLowerCase() === 'tsv' ||
  hint?.contentType === 'text/tab-separated-values' ||
  /\.tsv(?:[?#]|$)/i.test(hint?.url ?? '');

const isBlank = (row: readonly string[]) => row.every((cell) => !cell.trim());

/**
 * Reads CSV with a header row, as people exchange it. Papaparse loads only when CSV is read. The separator is
 * the one an Excel `sep=;` first line names, a tab for TSV, else papaparse's guess among `,` `;` tab `|` (the
 * one that splits the first rows evenly, so a `;` file with decimal commas is read right); quoted fields may
 * hold separators and newlines. A byte-order mark is dropped, and line ends may be mixed (a CRLF file edited
 * where LF is written). Blank lines are skipped; the first other line is the header, even one of empty cells
 * (`,,`, whose columns are named `column_1`…); later rows of empty cells are blank lines too, not unreadable
 * records. A line with too few fields is kept (missing fields stay absent), fields beyond the header are
 * dropped; an unclosed quote, or a file of nothing but separators, is unreadable, reported as a `DataReadError`.
 */
export async function readCsv(text: unknown, context?: ReadContext): Promise<ParticipantData> {
  const Papa = await loadPapaparse();
  // Papaparse ends every line with the first line end it meets: mixed ends are made one, but in quoted cells.
  let csv = String(text)
    .replace(/^\uFEFF/, '')
    .replace(/("(?:[^"]|"")*")|\r\n?/g, (end, quoted?: string) => quoted ?? '\n');
  const excel = EXCEL_SEPARATOR.exec(csv);
  if (excel) csv = csv.slice(excel[0].length);
  const delimiter = excel?.[1] ?? (isTsv(context) ? '\t' : undefined);
  // Empty lines are skipped (and left out of the separator's guess); not `greedy`, which takes `,,` for one.
  const result = Papa.parse<string[]>(csv, { newline: '\n', delimiter, skipEmptyLines: true });
  const fatal = result.errors.find((e) => e.type === 'Quotes');
  if (fatal) throw parseError('CSV', `row ${(fatal.row ?? 0) + 1}: ${fatal.message}`);
  // A line of spaces is blank too; a line of separators is a row of empty cells: a header, or a blank row.
  const [header, ...rows] = result.data.filter((row) => row.length > 1 || !isBlank(row));
  const records = rows.filter((row) => !isBlank(row));
  if (!header || (isBlank(header) && !records.length)) throw parseError('CSV', 'no header row');
  return checked(fromRows(header, records));
}
