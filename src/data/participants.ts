import { parseCsv } from './csv.js';
import { DataReadError, parseJson } from './errors.js';
import type { SourceHint } from './load.js';
import { fromPopolo, isPopolo } from './popolo.js';

/** One row of a participant table: any fields; well-known ones are `name`, `sort_name`, `organization`,
 * `role`, `country`, `email`, `url`, `image`. */
export type Participant = Record<string, unknown>;

export type ParticipantFormat = 'json' | 'csv' | 'popolo';

/** Keys under which a JSON object may hold its list of records (`{"organisations": […]}`). */
const LIST_KEYS = ['participants', 'people', 'organisations', 'organizations', 'members', 'data', 'items', 'rows', 'records'];

/** The format named by the page, else by the content type or the file extension, else by the text's shape. */
export function detectFormat(text: string, hint: Partial<SourceHint> = {}): ParticipantFormat {
  const named = hint.format?.toLowerCase();
  if (named === 'json' || named === 'csv' || named === 'popolo') return named;
  const type = hint.contentType ?? '';
  if (/csv|comma-separated/.test(type)) return 'csv';
  if (/json/.test(type)) return 'json';
  const path = hint.url?.split(/[?#]/)[0]?.toLowerCase() ?? '';
  if (/\.(csv|tsv)$/.test(path)) return 'csv';
  if (/\.json$/.test(path)) return 'json';
  return /^\s*[[{]/.test(text.replace(/^\uFEFF/, '')) ? 'json' : 'csv';
}

/**
 * Reads records out of parsed JSON: an array of objects, a Popolo / PopIt export, or an object holding its
 * list under a usual key (`participants`, `organisations`…). Anything else is a `DataReadError`.
 */
export function fromJson(value: unknown, lang = 'en', popolo = false): Participant[] {
  if (popolo || isPopolo(value)) return fromPopolo(value, lang);
  if (Array.isArray(value)) return value.filter((v): v is Participant => typeof v === 'object' && v !== null && !Array.isArray(v));
  if (typeof value === 'object' && value !== null) {
    const key = LIST_KEYS.find((k) => Array.isArray((value as Participant)[k]));
    if (key) return fromJson((value as Participant)[key], lang);
  }
  throw new DataReadError('parse', 'JSON', undefined, 'expected a list of participants');
}

/** Reads text in any supported format into participant records. */
export async function readParticipants(text: string, hint: Partial<SourceHint> = {}, lang = 'en'): Promise<Participant[]> {
  const format = detectFormat(text, hint);
  if (format === 'csv') return parseCsv(text);
  return fromJson(parseJson(text, format === 'popolo' ? 'Popolo JSON' : 'JSON'), lang, format === 'popolo');
}
