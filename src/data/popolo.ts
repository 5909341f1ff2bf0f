/**
 * Popolo (https://www.popoloproject.com/) and PopIt exports as participant records: one record per person (or
 * per organisation when the export has no people), with the fields a participant table knows: `name`,
 * `sort_name`, `organization`, `role`, `country`, `email`, `url`, `image`, and `id`.
 *
 * Every Popolo field is optional and may be `null`; related objects come as `*_id` references or embedded;
 * PopIt wraps API answers in `{result: …}`, writes `given_names` for `given_name`, and may give any string as a
 * language map (`{"en": "…", "es": "…"}`), which is kept as such: the table shows the reader's language.
 *
 * EveryPolitician exports (`ep-popolo-v1.0.json`) add, from each person's memberships, newest first: `party`
 * (`on_behalf_of`, or an organisation classed `party`), `legislature` (an organisation classed `legislature`
 * or `chamber`), `area` (the seat's constituency) and `term` (the legislative period, named from `events`);
 * the name in the reader's language from `other_names`; `wikidata`, the person's Wikidata page; `gender` and
 * `birth_date`. A membership's dates may be partial (`1977`, `1993-09`).
 */

import { checked, toText, type Cell, type ParticipantData, type Participant, type Text } from './participants.js';
import { asList, asObject, asText, isObject, languageTag, localizedText, type Json, type LocalizedText } from '../shared/text.js';

const list = (value: unknown): Json[] => asList(value).filter(isObject);
/** A plain text of a field that may be a language map, for ids and for composing names. */
const plain = (value: unknown): string => localizedText(value, 'en');
const isEmpty = (text: Text | undefined) => !text || (typeof text !== 'string' && !Object.keys(text).length);
const mapOrEmpty = (map: LocalizedText): Text => (Object.keys(map).length ? map : '');

/** Texts without repeats (compared by their content), as one cell. */
function cellOf(texts: Text[]): Cell | undefined {
  const seen = new Set<string>();
  const unique = texts.filter((t) => {
    const key = JSON.stringify(t);
    return !isEmpty(t) && !seen.has(key) && !!seen.add(key);
  });
  return unique.length > 1 ? unique : unique[0];
}

const FIELDS = [
  'id',
  'name',
  'sort_name',
  'organization',
  'party',
  'legislature',
  'role',
  'area',
  'term',
  'country',
  'email',
  'url',
  'image',
  'wikidata',
  'gender',
  'birth_date',
];

/** A record with its empty fields left out. */
function record(fields: Record<string, Cell | undefined>): Participant {
  const out: Participant = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined && !isEmpty(value as Text)) out[key] = value;
  return out;
}

/** An ISO 8601 date, whole or partial (`1977`, `1993-09`), as text that sorts in time order; else `''`, as for a
 * date that does not exist (`2020-13-45`), which would otherwise sort as the newest. */
function date(value: unknown): string {
  const text = asText(value);
  const [, y, m = '01', d = '01'] = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?/.exec(text) ?? [];
  const [month, day] = [Number(m), Number(d)];
  const exists = month >= 1 && month <= 12 && new Date(Date.UTC(Number(y), month - 1, day)).getUTCDate() === day;
  return exists && /^\d{4}(-\d\d){0,2}\b/.test(text) ? text : '';
}

/** Wikipedia links of EveryPolitician (`"note": "Wikipedia (es)"`), kept by language so the reader gets theirs. */
const WIKIPEDIA_NOTE = /^wikipedia \((.*)\)$/i;

/** A person's or organisation's web page: its own `url`, else its first other link, else Wikipedia in the reader's language. */
function link(item: Json): Text {
  const own = toText(item['url']) || toText(item['html_url']);
  if (own) return own;
  const wikipedia: LocalizedText = {};
  for (const l of list(item['links'])) {
    const url = asText(l['url']);
    const edition = WIKIPEDIA_NOTE.exec(plain(l['note']))?.[1];
    if (!url) continue;
    if (edition === undefined) return url;
    // Editions that are not a language (commons, plwikiquote) are left out.
    // An edition whose code is no tag the browser knows (`zh-min-nan`, a grandfathered one) is of no known language.
    const lang = /^[a-z]{2,3}(-[a-z]+)*$/i.test(edition) ? (languageTag(edition) ?? 'und') : undefined;
    if (lang) wikipedia[lang] ??= url;
  }
  return mapOrEmpty(wikipedia);
}

/** The person's name in every language `other_names` gives (current names only), `name` for the others. */
function personName(person: Json, fallback: string): Text {
  const name = toText(person['name']) || fallback;
  const names: LocalizedText = typeof name === 'string' ? (name ? { und: name } : {}) : { ...name };
  for (const other of list(person['other_names'])) {
    const lang = languageTag(other['lang']);
    const text = asText(other['name']);
    if (lang && text && !other['end_date'] && !names[lang]) names[lang] = text;
  }
  const tags = Object.keys(names);
  return tags.length === 1 && tags[0] === 'und' ? names['und']! : mapOrEmpty(names);
}

/** The person's Wikidata page, from the first identifier of scheme `wikidata` that is an item id. */
function wikidata(person: Json): string {
  const id = list(person['identifiers'])
    .filter((i) => plain(i['scheme']).toLowerCase() === 'wikidata')
    .map((i) => asText(i['identifier']))
    .find((i) => /^Q\d+$/.test(i));
  return id ? `https://www.wikidata.org/wiki/${id}` : '';
}

const classed = (item: Json | undefined, ...words: string[]) => words.includes(plain(item?.['classification']).toLowerCase());

/** Reads a Popolo export or PopIt answer into participant data. */
export function fromPopolo(value: unknown): ParticipantData {
  let data = asObject(value);
  if ('result' in data) {
    const result = data['result'];
    const items = list(result);
    const organizations = items.every((item) => 'classification' in item || 'founding_date' in item || 'parent_id' in item);
    data = organizations && items.length ? { organizations: items } : { persons: items };
  }
  const byId = (key: string) => new Map(list(data[key]).map((item) => [plain(item['id']), item] as const));
  const organizations = byId('organizations');
  const areas = byId('areas');
  const posts = byId('posts');
  const events = byId('events');
  const resolve = (item: Json | undefined, field: string, index: Map<string, Json>): Json | undefined => {
    if (!item) return undefined;
    const embedded = item[field];
    if (isObject(embedded)) return embedded;
    // No reference names nothing, never an object that has no id either.
    const id = plain(item[`${field}_id`]);
    return id ? index.get(id) : undefined;
  };
  const email = (item: Json) =>
    toText(item['email']) || toText(list(item['contact_details']).find((c) => plain(c['type']) === 'email')?.['value']);
  const persons = asList(data['persons']);
  /** The records with something in them; the others (and persons that are not objects) are counted as skipped. */
  const result = (records: Participant[], items: number) => {
    const readable = records.filter((r) => Object.keys(r).length);
    const fields = FIELDS.filter((f) => readable.some((r) => f in r));
    return checked({ fields, records: readable, skipped: items - readable.length });
  };

  if (!persons.length) {
    const orgs = asList(data['organizations']);
    const records = orgs.filter(isObject).map((org) =>
      record({
        id: toText(org['id']),
        name: toText(org['name']),
        organization: toText(resolve(org, 'parent', organizations)?.['name']),
        role: toText(org['classification']),
        country: toText(resolve(org, 'area', areas)?.['name']),
        email: email(org),
        url: link(org),
        image: toText(org['image']),
      }),
    );
    return result(records, orgs.length);
  }

  // Memberships may sit in the export's own list or inside each person (PopIt embeds them by default).
  const memberships = new Map<string, Json[]>();
  for (const m of list(data['memberships'])) {
    const personId = plain(m['person_id']) || plain(asObject(m['person'])['id']) || plain(asObject(m['member'])['id']);
    memberships.set(personId, [...(memberships.get(personId) ?? []), m]);
  }
  const records = list(persons).map((person) => {
    const id = plain(person['id']);
    const own = [...(id ? (memberships.get(id) ?? []) : []), ...list(person['memberships'])].map((m) => {
      const period = resolve(m, 'legislative_period', events);
      return { m, period, since: date(m['start_date']) || date(period?.['start_date']) };
    });
    // Newest first: the current party, area and term lead their lists.
    own.sort((a, b) => (a.since < b.since ? 1 : a.since > b.since ? -1 : 0));
    const orgs: Text[] = [];
    const parties: Text[] = [];
    const legislatures: Text[] = [];
    const roles: Text[] = [];
    const seats: Text[] = [];
    const terms: Text[] = [];
    const countries: Text[] = [];
    for (const { m, period } of own) {
      const post = resolve(m, 'post', posts);
      const org = resolve(m, 'organization', organizations) ?? resolve(post, 'organization', organizations);
      const orgName = toText(org?.['name']);
      (classed(org, 'party') ? parties : classed(org, 'legislature', 'chamber') ? legislatures : orgs).push(orgName);
      parties.push(toText(resolve(m, 'on_behalf_of', organizations)?.['name']));
      roles.push(toText(m['role']) || toText(post?.['label']));
      terms.push(toText(period?.['name']));
      // An organisation's area is its country; a seat's area is a constituency unless it is classed a country.
      countries.push(toText(resolve(org, 'area', areas)?.['name']));
      const seat = resolve(m, 'area', areas) ?? resolve(post, 'area', areas);
      (classed(seat, 'country') || plain(seat?.['type']).toLowerCase() === 'country' ? countries : seats).push(toText(seat?.['name']));
    }
    const given = plain(person['given_name']) || plain(person['given_names']);
    const family = plain(person['family_name']);
    return record({
      id: id || undefined,
      name: personName(person, [given, family].filter(Boolean).join(' ')),
      sort_name: toText(person['sort_name']) || (family && given ? `${family}, ${given}` : ''),
      organization: cellOf(orgs),
      party: cellOf(parties),
      legislature: cellOf(legislatures),
      role: cellOf(roles),
      area: cellOf(seats),
      term: cellOf(terms),
      country: countries.find((c) => !isEmpty(c)) || toText(person['national_identity']),
      email: email(person),
      url: link(person),
      image:
        toText(person['image']) ||
        list(person['images'])
          .map((i) => toText(i['url']))
          .find((t) => !isEmpty(t)),
      wikidata: wikidata(person),
      gender: toText(person['gender']),
      birth_date: toText(person['birth_date']),
    });
  });
  return result(records, persons.length);
}
