/**
 * The speakers of a programme as participant records, so that one schedule file feeds both a session list
 * and a participant table. The file is read by the schedule formats themselves (`readSchedule`,
 * `adaptSchedule`): every format the session list learns gives its speakers here with no more code.
 *
 * One record per speaker, whether listed in the programme's `speakers` or only inside sessions: the same `id`
 * (else the same name, unless the ids differ) is one person. Fields: `id`, `name`, `image`, `organization`,
 * `role` (the speaker's tagline), `url` (their page, else their first link with one) and `sessions` (the
 * titles of their sessions, in programme order).
 */

import { DataReadError } from './errors.js';
import type { ReadContext } from './formats.js';
import { checked, toText, type Cell, type ParticipantData, type Participant, type Text } from './participants.js';
import { adaptSchedule, readSchedule, type Schedule } from './schedule.js';
import { asList, asObject, asText, isObject, type Json } from '../shared/text.js';

const FIELDS = ['id', 'name', 'image', 'organization', 'role', 'url', 'sessions'];

interface Person {
  /** What the programme's speaker list says, then what sessions say (the first with a value wins). */
  sources: Json[];
  sessions: Text[];
  /** The first id the person was given: the same name with another id is another person. */
  id?: string;
}

const keyOf = (text: Text) => JSON.stringify(text);

/** People from a schedule: its speaker list and every session's speakers. */
export function speakersOf(schedule: Schedule): ParticipantData {
  const listed = new Map<string, Json>();
  for (const s of asList(schedule.speakers)) if (isObject(s) && asText(s['id'])) listed.set(asText(s['id']), s);
  const people: Person[] = [];
  const byId = new Map<string, Person>();
  const byName = new Map<string, Person>();
  let skipped = 0;

  const add = (value: unknown, session?: Text) => {
    // A plain string is a name, or the id of a listed speaker.
    const given = typeof value === 'string' ? (listed.has(value.trim()) ? { id: value.trim() } : { name: value }) : asObject(value);
    const id = asText(given['id']);
    const details = listed.get(id);
    const name = toText(details?.['name']) || toText(given['name']);
    const named = name ? byName.get(keyOf(name)) : undefined;
    let person = (id && byId.get(id)) || (named && !(id && named.id && named.id !== id) ? named : undefined);
    if (!person) {
      if (!name) {
        skipped++;
        return;
      }
      person = { sources: [], sessions: [] };
      people.push(person);
    }
    if (details && !person.sources.includes(details)) person.sources.push(details);
    person.sources.push(given);
    if (id) {
      byId.set(id, person);
      person.id ??= id;
    }
    if (name && !byName.has(keyOf(name))) byName.set(keyOf(name), person);
    if (session && !person.sessions.some((s) => keyOf(s) === keyOf(session))) person.sessions.push(session);
  };

  for (const speaker of asList(schedule.speakers)) add(speaker);
  for (const session of asList(schedule.sessions)) {
    const title = toText(asObject(session)['title']);
    for (const speaker of asList(asObject(session)['speakers'])) add(speaker, title || undefined);
  }

  const records = people.map(({ sources, sessions }) => {
    const first = (field: string) => sources.map((s) => toText(s[field])).find((t) => t !== '');
    const fields: Record<string, Cell | undefined> = {
      id: first('id'),
      name: first('name'),
      image: first('image'),
      organization: first('organization'),
      role: first('tagline'),
      url:
        first('url') ??
        sources
          .flatMap((s) => asList(s['links']))
          .map((l) => toText(asObject(l)['url']))
          .find((t) => t !== ''),
      sessions: sessions.length > 1 ? sessions : sessions[0],
    };
    const record: Participant = {};
    for (const [key, cell] of Object.entries(fields)) if (cell !== undefined) record[key] = cell;
    return record;
  });
  if (!records.length && (asList(schedule.sessions).length || asList(schedule.speakers).length)) {
    throw new DataReadError('content', { nothingUsable: true, detail: 'no speakers in this programme' });
  }
  return checked({ fields: FIELDS.filter((f) => records.some((r) => f in r)), records, skipped });
}

/**
 * Reads the speakers of a schedule in any format the session list reads: parsed JSON through `adaptSchedule`,
 * text of another syntax (frab XML, iCalendar) through `readSchedule`.
 */
export async function readSpeakers(input: unknown, { hint }: ReadContext): Promise<ParticipantData> {
  const schedule = typeof input === 'string' ? await readSchedule(input, { ...hint, format: undefined }) : await adaptSchedule(input);
  return speakersOf(schedule);
}
