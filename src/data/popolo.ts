/**
 * Popolo (https://www.popoloproject.com/) and PopIt exports as flat participant records: one record per person
 * (or per organisation when the export has no people), with the fields a participant table knows: `name`,
 * `sort_name`, `organization`, `role`, `country`, `email`, `url`, `image`, and `id`.
 *
 * Every Popolo field is optional and may be `null`; related objects come as `*_id` references or embedded;
 * PopIt wraps API answers in `{result: …}`, writes `given_names` for `given_name`, and may give any string as a
 * language map (`{"en": "…", "es": "…"}`), resolved here for the reader's language with English, then any
 * language, as the fallback.
 */

import { localized } from '../elements/participant-table/table-model.js';

export { localized };

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

/** Whether parsed JSON looks like a Popolo / PopIt export (or a PopIt API answer). */
export function isPopolo(value: unknown): boolean {
  if (!isObject(value)) return false;
  if ('result' in value && (Array.isArray(value['result']) || isObject(value['result']))) return true;
  return (
    ['persons', 'memberships'].some((key) => Array.isArray(value[key])) || (Array.isArray(value['organizations']) && !('name' in value))
  );
}

/** Reads a Popolo export or PopIt answer into participant records. */
export function fromPopolo(value: unknown, lang = 'en'): Json[] {
  let data = isObject(value) ? value : {};
  if ('result' in data) {
    const result = data['result'];
    const items = Array.isArray(result) ? list(result) : isObject(result) ? [result] : [];
    const organizations = items.every((item) => 'classification' in item || 'founding_date' in item || 'parent_id' in item);
    data = organizations && items.length ? { organizations: items } : { persons: items };
  }
  const text = (v: unknown) => localized(v, lang).trim();
  const byId = (key: string) => new Map(list(data[key]).map((item) => [text(item['id']), item] as const));
  const organizations = byId('organizations');
  const areas = byId('areas');
  const posts = byId('posts');
  const persons = list(data['persons']);
  const resolve = (item: Json, field: string, index: Map<string, Json>): Json | undefined => {
    const embedded = item[field];
    return isObject(embedded) ? embedded : index.get(text(item[`${field}_id`]));
  };
  const areaName = (item: Json | undefined) => (item ? text(resolve(item, 'area', areas)?.['name']) : '');
  const link = (item: Json) => text(item['url']) || text(list(item['links'])[0]?.['url']) || text(item['html_url']);
  const email = (item: Json) =>
    text(item['email']) || text(list(item['contact_details']).find((c) => text(c['type']) === 'email')?.['value']);

  if (!persons.length) {
    return [...organizations.values()].map((org) => ({
      id: text(org['id']),
      name: text(org['name']),
      organization: text(resolve(org, 'parent', organizations)?.['name']),
      role: text(org['classification']),
      country: areaName(org),
      email: email(org),
      url: link(org),
      image: text(org['image']),
    }));
  }

  // Memberships may sit in the export's own list or inside each person (PopIt embeds them by default).
  const memberships = new Map<string, Json[]>();
  const addMembership = (m: Json, personId: string) => memberships.set(personId, [...(memberships.get(personId) ?? []), m]);
  for (const m of list(data['memberships']))
    addMembership(
      m,
      text(m['person_id']) || text((m['person'] as Json | undefined)?.['id']) || text((m['member'] as Json | undefined)?.['id']),
    );
  return persons.map((person) => {
    const id = text(person['id']);
    const own = [...(id ? (memberships.get(id) ?? []) : []), ...list(person['memberships'])];
    const orgs: string[] = [];
    const roles: string[] = [];
    let country = '';
    for (const m of own) {
      const post = resolve(m, 'post', posts);
      const org =
        resolve(m, 'organization', organizations) ??
        (post && resolve(post, 'organization', organizations)) ??
        resolve(m, 'on_behalf_of', organizations);
      const orgName = text(org?.['name']);
      if (orgName && !orgs.includes(orgName)) orgs.push(orgName);
      const role = text(m['role']) || text(post?.['label']);
      if (role && !roles.includes(role)) roles.push(role);
      country ||= areaName(org) || areaName(m) || areaName(post);
    }
    const given = text(person['given_name']) || text(person['given_names']);
    const family = text(person['family_name']);
    return {
      id,
      name: text(person['name']) || [given, family].filter(Boolean).join(' '),
      sort_name: text(person['sort_name']) || (family && given ? `${family}, ${given}` : ''),
      organization: orgs.join(', '),
      role: roles.join(', '),
      country: country || text(person['national_identity']),
      email: email(person),
      url: link(person),
      image: text(person['image']),
    };
  });
}
