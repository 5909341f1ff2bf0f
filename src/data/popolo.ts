/**
 * Popolo (https://www.popoloproject.com/) and PopIt exports as participant records: one record per person (or
 * per organisation when the export has no people), with the fields a participant table knows: `name`,
 * `sort_name`, `organization`, `role`, `country`, `email`, `url`, `image`, and `id`.
 *
 * Every Popolo field is optional and may be `null`; related objects come as `*_id` references or embedded;
 * PopIt wraps API answers in `{result: …}`, writes `given_names` for `given_name`, and may give any string as a
 * language map (`{"en": "…", "es": "…"}`), which is kept as such: the table shows the reader's language.
 */

import { checked, toText, type Cell, type ParticipantData, type Participant, type Text } from './participants.js';
import { asList, asObject, isObject, localizedText, type Json } from '../shared/text.js';

const list = (value: unknown): Json[] => asList(value).filter(isObject);
/** A plain text of a field that may be a language map, for ids and for composing names. */
const plain = (value: unknown): string => localizedText(value, 'en');
const isEmpty = (text: Text | undefined) => !text || (typeof text !== 'string' && !Object.keys(text).length);

/** Texts without repeats (compared by their content), as one cell. */
function cellOf(texts: Text[]): Cell | undefined {
  const seen = new Set<string>();
  const unique = texts.filter((t) => {
    const key = JSON.stringify(t);
    return !isEmpty(t) && !seen.has(key) && !!seen.add(key);
  });
  return unique.length > 1 ? unique : unique[0];
}

const FIELDS = ['id', 'name', 'sort_name', 'organization', 'role', 'country', 'email', 'url', 'image'];

/** A record with its empty fields left out. */
function record(fields: Record<string, Cell | undefined>): Participant {
  const out: Participant = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined && !isEmpty(value as Text)) out[key] = value;
  return out;
}

/** Reads a Popolo export or PopIt answer into participant data. */
export function fromPopolo(value: unknown): ParticipantData {
  let data = isObject(value) ? value : {};
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
  const resolve = (item: Json | undefined, field: string, index: Map<string, Json>): Json | undefined => {
    if (!item) return undefined;
    const embedded = item[field];
    return isObject(embedded) ? embedded : index.get(plain(item[`${field}_id`]));
  };
  const areaName = (item: Json | undefined) => toText(resolve(item, 'area', areas)?.['name']);
  const link = (item: Json) => toText(item['url']) || toText(list(item['links'])[0]?.['url']) || toText(item['html_url']);
  const email = (item: Json) =>
    toText(item['email']) || toText(list(item['contact_details']).find((c) => plain(c['type']) === 'email')?.['value']);
  const persons = asList(data['persons']);
  /** The records with something in them; the others (and persons that are not objects) are counted as skipped. */
  const result = (records: Participant[], items: number) => {
    const readable = records.filter((r) => Object.keys(r).length);
    return checked({ fields: FIELDS, records: readable, skipped: items - readable.length });
  };

  if (!persons.length) {
    const orgs = asList(data['organizations']);
    const records = orgs.filter(isObject).map((org) =>
      record({
        id: toText(org['id']),
        name: toText(org['name']),
        organization: toText(resolve(org, 'parent', organizations)?.['name']),
        role: toText(org['classification']),
        country: areaName(org),
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
    const own = [...(id ? (memberships.get(id) ?? []) : []), ...list(person['memberships'])];
    const orgs: Text[] = [];
    const roles: Text[] = [];
    let country: Text = '';
    for (const m of own) {
      const post = resolve(m, 'post', posts);
      const org =
        resolve(m, 'organization', organizations) ??
        resolve(post, 'organization', organizations) ??
        resolve(m, 'on_behalf_of', organizations);
      orgs.push(toText(org?.['name']));
      roles.push(toText(m['role']) || toText(post?.['label']));
      if (isEmpty(country)) country = areaName(org) || areaName(m) || areaName(post);
    }
    const given = plain(person['given_name']) || plain(person['given_names']);
    const family = plain(person['family_name']);
    return record({
      id: id || undefined,
      name: toText(person['name']) || [given, family].filter(Boolean).join(' '),
      sort_name: toText(person['sort_name']) || (family && given ? `${family}, ${given}` : ''),
      organization: cellOf(orgs),
      role: cellOf(roles),
      country: isEmpty(country) ? toText(person['national_identity']) : country,
      email: email(person),
      url: link(person),
      image: toText(person['image']),
    });
  });
  return result(records, persons.length);
}
