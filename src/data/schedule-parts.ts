import type { ScheduleLink, ScheduleTrack, Speaker } from './schedule.js';
import { asText, isObject, type Json } from '../shared/text.js';
import { safeColor } from '../shared/url.js';

/**
 * What the schedule adapters (frab, Sessionize, pretalx, iCalendar) share, loaded with the first of them.
 */

/** A field as text, `undefined` when empty or not text. */
export const text = (value: unknown): string | undefined => asText(value) || undefined;

/**
 * Records by id (text, or a number as text), for references to find: a record without an id is left out, and
 * a reference is looked up as `asText(reference)`, which is `''` (no record's key) for one that is not text or a
 * number. So a session without a room never takes the room that has no id, and an id that is an object (whose
 * `toString` may not even be a function) finds nothing instead of throwing.
 */
export function byId<T>(records: readonly Json[], value: (record: Json) => T): Map<string, T> {
  const out = new Map<string, T>();
  for (const record of records) {
    const id = text(record.id);
    if (id !== undefined) out.set(id, value(record));
  }
  return out;
}

/** An instant as ISO 8601 in UTC; `undefined` for one beyond the ±273,790 years a Date holds (or `NaN`). */
export const isoTime = (ms: number): string | undefined => {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
};

/** Tracks with their colour, once each, in the data's order. */
export function tracksOf(items: readonly { name?: string; color?: unknown }[]): ScheduleTrack[] | undefined {
  const tracks = new Map<string, ScheduleTrack>();
  for (const { name, color } of items) {
    if (!name || tracks.has(name)) continue;
    const css = safeColor(color);
    tracks.set(name, css ? { name, color: css } : { name });
  }
  return tracks.size ? [...tracks.values()] : undefined;
}

/** Links from `[{url, title}]` (or plain URLs), without empty ones. */
export function linksOf(value: unknown, urlKey = 'url'): ScheduleLink[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((l): ScheduleLink[] => {
    const url = isObject(l) ? text(l[urlKey]) : text(l);
    const title = isObject(l) ? text(l.title) : undefined;
    return url ? [title ? { url, title } : { url }] : [];
  });
}

/**
 * The programme's speakers, each once: sessions name the same person many times, and the list of speakers
 * must hold one record per id (or per name, for data without ids), which the sessions share.
 */
export class SpeakerList {
  readonly #byKey = new Map<string, Speaker>();

  /** The speaker kept for this person: the first record seen; `undefined` for a speaker without a name. */
  add(speaker: Speaker | undefined): Speaker | undefined {
    if (!speaker?.name) return undefined;
    const key = speaker.id ? `id:${speaker.id}` : `name:${speaker.name}`;
    const known = this.#byKey.get(key);
    if (known) return known;
    const kept = Object.fromEntries(Object.entries(speaker).filter(([, v]) => v !== undefined)) as unknown as Speaker;
    this.#byKey.set(key, kept);
    return kept;
  }

  get list(): Speaker[] | undefined {
    return this.#byKey.size ? [...this.#byKey.values()] : undefined;
  }
}
