import { parseError } from './errors.js';
import type { ReadContext } from './formats.js';
import type { Schedule, ScheduleLink, ScheduleSession, Speaker } from './schedule.js';
import { byId, linksOf, SpeakerList, text, tracksOf } from './schedule-parts.js';
import { asText, isObject, type Json } from '../shared/text.js';

/**
 * Sessionize "All Data" JSON (`https://sessionize.com/api/v2/{id}/view/All`): `{sessions, speakers,
 * categories, rooms, questions}`, where sessions refer to speakers, rooms and category items by id.
 *
 * Sessionize writes times without an offset or zone (`2024-03-16T09:00:00`): they are wall-clock times of the
 * venue, so the schedule has no `timeZone` and the element's `time-zone` attribute should give it. Categories
 * become fields: the one titled "Session format" (or "Format") gives `kind`, "Level" gives `level`, and the
 * one titled "Track", else the first other category with one item per session, gives `track` (a multi-choice
 * category such as "Tags" is no track). Service sessions (breaks, registration) are of kind `break` and
 * plenum sessions of kind `plenary` when no format says otherwise.
 */

const LABEL = 'Sessionize JSON';

const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

type Category = { title: string; items: Map<string, string> };

/** Which category gives which field, by its title; the track is the "Track" category or a single-choice one. */
function roles(categories: Category[], sessions: Json[], itemsOf: (s: Json) => Map<Category, string[]>) {
  const titled = (pattern: RegExp) => categories.find((c) => pattern.test(c.title));
  const kind = titled(/^(session )?format$/i);
  const level = titled(/^level$/i);
  const others = categories.filter((c) => c !== kind && c !== level);
  const track =
    others.find((c) => /^track$/i.test(c.title)) ?? others.find((c) => sessions.every((s) => (itemsOf(s).get(c)?.length ?? 0) <= 1));
  return { kind, level, track };
}

function speakerOf(person: Json): Speaker | undefined {
  const name = text(person.fullName) ?? ([text(person.firstName), text(person.lastName)].filter(Boolean).join(' ') || text(person.name));
  const links = linksOf(person.links);
  return name
    ? {
        name,
        id: text(person.id),
        image: text(person.profilePicture),
        tagline: text(person.tagLine),
        bio: text(person.bio),
        links: links.length ? links : undefined,
      }
    : undefined;
}

/** The event's id from a Sessionize API URL (`…/api/v2/jl4ktls0/view/All`), so that favourites are kept per event. */
const eventId = (url: string | undefined) => /sessionize\.com\/api\/v2\/([^/?#]+)/i.exec(url ?? '')?.[1];

/** Converts Sessionize "All Data" JSON; throws `DataReadError` when it is not that. */
export function fromSessionize(value: unknown, context?: ReadContext): Schedule {
  if (!isObject(value) || !Array.isArray(value.sessions)) throw parseError(LABEL, 'expected "sessions", "speakers" and "rooms" lists');
  const sessions = list(value.sessions);
  const rooms = byId(list(value.rooms), (room) => room);
  const speakers = new SpeakerList();
  const people = byId(list(value.speakers), (p) => p);
  // Every speaker listed, those without an id too; of two with one id, the first.
  for (const person of list(value.speakers)) speakers.add(speakerOf(person));
  // Speaker categories (a speaker's city or company) say nothing of sessions.
  const categories: Category[] = list(value.categories)
    .filter((c) => c.type !== 'speaker')
    .map((c) => ({
      title: text(c.title) ?? text(c.name) ?? '',
      items: byId(list(c.items ?? c.categoryItems), (item) => text(item.name) ?? ''),
    }));
  const categoryOfItem = new Map(categories.flatMap((c) => [...c.items.keys()].map((id) => [id, c] as const)));

  // A session names its category items by id (`categoryItems`), or, in older exports, embeds its categories.
  const itemsOf = (session: Json): Map<Category, string[]> => {
    const out = new Map<Category, string[]>();
    const add = (category: Category | undefined, name: string | undefined) => {
      if (category && name) out.set(category, [...(out.get(category) ?? []), name]);
    };
    for (const id of Array.isArray(session.categoryItems) ? session.categoryItems : []) {
      const category = categoryOfItem.get(asText(id));
      add(category, category?.items.get(asText(id)));
    }
    for (const embedded of list(session.categories)) {
      const title = text(embedded.name) ?? text(embedded.title) ?? '';
      let category = categories.find((c) => c.title === title);
      if (!category) categories.push((category = { title, items: new Map() }));
      for (const item of list(embedded.categoryItems)) add(category, text(item.name));
    }
    return out;
  };
  const items = new Map(sessions.map((s) => [s, itemsOf(s)]));
  const role = roles(categories, sessions, (s) => items.get(s)!);
  const first = (session: Json, category: Category | undefined) => (category ? items.get(session)!.get(category)?.[0] : undefined);

  const out = sessions.map((s): ScheduleSession => {
    const room = rooms.get(asText(s.roomId));
    const links: ScheduleLink[] = [text(s.liveUrl), text(s.recordingUrl)].flatMap((url) => (url ? [{ url }] : []));
    return {
      id: text(s.id),
      title: text(s.title),
      start: text(s.startsAt),
      end: text(s.endsAt),
      room: (room && text(room.name)) ?? text(s.room),
      track: first(s, role.track),
      kind: first(s, role.kind) ?? (s.isServiceSession === true ? 'break' : s.isPlenumSession === true ? 'plenary' : undefined),
      level: first(s, role.level),
      speakers: (Array.isArray(s.speakers) ? s.speakers : []).flatMap((ref) => {
        const id = isObject(ref) ? text(ref.id) : text(ref);
        const person = (id && people.get(id)) || (isObject(ref) ? ref : undefined);
        const speaker = person ? speakers.add(speakerOf(person)) : undefined;
        return speaker ? [speaker] : [];
      }),
      description: text(s.description),
      links,
    };
  });
  const id = eventId(context?.hint.url);
  return {
    event: id ? { id: `sessionize-${id}` } : undefined,
    sessions: out,
    tracks: role.track ? tracksOf([...role.track.items.values()].map((name) => ({ name }))) : undefined,
    speakers: speakers.list,
  };
}
