import { parseError } from './errors.js';
import type { ReadContext } from './formats.js';
import type { Schedule, ScheduleSession } from './schedule.js';
import { isFrabSchedule } from './schedule.js';
import { byId, isoTime, SpeakerList, text, tracksOf } from './schedule-parts.js';
import { asText, isObject, localizedText, type Json } from '../shared/text.js';
import { parseScheduleTime } from '../shared/time-zone.js';

/**
 * The pretalx schedule widget's data (`https://pretalx.com/{event}/schedule/widgets/schedule.json`, served with
 * `Access-Control-Allow-Origin: *`): `talks` that refer to `rooms`, `tracks` (with their colours) and
 * `speakers` (with avatars) by id, and the event's `timezone`. Names and titles may be given per language
 * (`{"en": "…", "zh-tw": "…"}`): the page's language is chosen, else English, else the first.
 *
 * A talk's `start` and `end` carry their offset; `duration` (minutes) is used only when `end` is missing,
 * since exports are seen where the two disagree (from a start without an offset, the end is wall-clock time
 * too). Rooms, tracks and speakers are found by an id that is text or a number, never by a missing one. Items
 * without a submission `code` (breaks) are of kind `break`. pretalx's frab `schedule.json` export is read too,
 * when `format="pretalx"` names it.
 */

const LABEL = 'pretalx JSON';

const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

/** The event slug from a pretalx URL (`…/jcconf-2025/schedule/widgets/schedule.json`). */
const eventId = (url: string | undefined) => /\/([^/]+)\/schedule\/(?:v\/[^/]+\/)?widgets?\//.exec(url ?? '')?.[1];

export async function fromPretalx(value: unknown, context?: ReadContext): Promise<Schedule> {
  if (isFrabSchedule(value)) return (await import('./frab.js')).frabSchedule(value, LABEL);
  if (!isObject(value) || !Array.isArray(value.talks)) throw parseError(LABEL, 'expected "talks" and "rooms" lists');
  const locale = document.documentElement.lang || navigator.language || 'en';
  const name = (v: unknown) => localizedText(v, locale) || undefined;
  const rooms = byId(list(value.rooms), (r) => name(r.name));
  const tracks = byId(list(value.tracks), (t) => name(t.name));
  const speakers = new SpeakerList();
  const people = new Map<string, ReturnType<SpeakerList['add']>>();
  for (const p of list(value.speakers)) {
    const id = text(p.code);
    const speaker = speakers.add({
      name: name(p.name) ?? '',
      id,
      image: text(p.avatar) ?? text(p.avatar_thumbnail_default),
      bio: name(p.biography),
    });
    if (id) people.set(id, speaker);
  }

  const sessions = list(value.talks).map((talk): ScheduleSession => {
    const code = text(talk.code);
    const start = text(talk.start);
    const minutes = typeof talk.duration === 'number' ? talk.duration : NaN;
    // A start without an offset is wall-clock time in the event's zone, and so is the end its duration gives
    // (worked out as if in UTC, then written without an offset).
    const time = parseScheduleTime(start, 'UTC');
    const startMs = time && !time.allDay ? time.ms : NaN;
    const end = text(talk.end) ?? isoTime(startMs + minutes * 6e4)?.slice(0, time?.floating ? 19 : undefined);
    return {
      id: code ?? text(talk.id),
      title: name(talk.title),
      start,
      end,
      room: rooms.get(asText(talk.room)),
      track: tracks.get(asText(talk.track)),
      kind: code ? undefined : 'break',
      speakers: (Array.isArray(talk.speakers) ? talk.speakers : []).flatMap((id) => people.get(asText(id)) ?? []),
      description: name(talk.abstract),
      language: text(talk.content_locale),
    };
  });
  const id = eventId(context?.hint.url);
  return {
    event: {
      id,
      timeZone: text(value.timezone),
      start: text(value.event_start)?.slice(0, 10),
      end: text(value.event_end)?.slice(0, 10),
    },
    sessions,
    tracks: tracksOf(list(value.tracks).map((t) => ({ name: name(t.name), color: t.color }))),
    speakers: speakers.list,
  };
}
