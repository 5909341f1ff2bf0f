import type { Participant } from '../../data/participants.js';
import { numberFormat } from '../../shared/intl.js';

/** What a column means, from its field's name; each kind renders and filters in its own way. */
export type ColumnKind = 'name' | 'organization' | 'role' | 'country' | 'email' | 'url' | 'image' | 'text';

export const ORGANIZATION_FIELDS = ['organization', 'organisation', 'group', 'party'];

export function kindOf(field: string): ColumnKind {
  const key = field.toLowerCase();
  if (key === 'name' || key === 'role' || key === 'country' || key === 'email' || key === 'url' || key === 'image') return key;
  if (ORGANIZATION_FIELDS.includes(key)) return 'organization';
  if (key === 'website') return 'url';
  return 'text';
}

/** Longer values are cut for display (a 5 MB name must not freeze the page); export keeps what is shown. */
const MAX_CELL = 500;

/** A text cut to `MAX_CELL` characters, with an ellipsis where it was cut. */
export const clip = (text: string): string => (text.length > MAX_CELL ? `${text.slice(0, MAX_CELL)}…` : text);

/**
 * CSV text (RFC 4180) of a header and rows, fields separated by `delimiter`. A cell that a spreadsheet would
 * run as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) gets a leading apostrophe, so it
 * stays text.
 */
export function toCsv(rows: readonly (readonly string[])[], delimiter = ','): string {
  const cell = (value: string) => {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return safe.includes(delimiter) || /["\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return rows.map((row) => row.map(cell).join(delimiter)).join('\r\n');
}

/** The separator spreadsheets in a language expect: `;` where decimals are written with a comma, else `,`. */
export const csvDelimiter = (locale: string): string =>
  numberFormat(locale)
    .formatToParts(1.5)
    .find((part) => part.type === 'decimal')?.value === ','
    ? ';'
    : ',';

/**
 * Records from a plain HTML `<table>`: its header cells name the fields (`data-field`, else the header's
 * text in lower case with `_` for spaces), each body row is one record; `undefined` without a table.
 */
export function readTable(table: HTMLTableElement | null): Participant[] | undefined {
  if (!table) return undefined;
  const headerRow = table.tHead?.rows[0] ?? table.rows[0];
  if (!headerRow) return [];
  const fields = [...headerRow.cells].map(
    (cell) => cell.dataset['field'] || (cell.textContent ?? '').trim().toLowerCase().replace(/\s+/g, '_'),
  );
  const bodyRows = [...table.tBodies].flatMap((body) => [...body.rows]).filter((row) => row !== headerRow);
  return bodyRows.map((row) => Object.fromEntries(fields.map((field, i) => [field, (row.cells[i]?.textContent ?? '').trim()])));
}
