import { cellText, type Participant } from '../../data/participants.js';
import { regionName } from '../../shared/intl.js';
import { asObject, asText } from '../../shared/text.js';
import type { MessageKey } from '../../locales/index.js';
import type { FieldSpec } from './table-engine.js';
import { clip, kindOf, ORGANIZATION_FIELDS, type ColumnKind } from './table-model.js';

export interface Column {
  key: string;
  kind: ColumnKind;
  /** What each row shows. */
  field: FieldSpec;
  /** What each row sorts by: `sort_name` for names where the data has it, else `field`. */
  sortField: FieldSpec;
}

export interface Facet {
  key: string;
  field: FieldSpec;
  /** The attribute that filters it besides `filters`: `filter-country` or `filter-organization`. */
  bound?: 'filterCountry' | 'filterOrganization';
}

/** What the table shows of the data's fields. */
export interface Layout {
  columns: Column[];
  facets: Facet[];
  group?: FieldSpec;
}

/** The words of an attribute that lists fields (`name group area`), whatever was set. */
export const words = (value: unknown): string[] => asText(value).split(/\s+/).filter(Boolean);

/** A JSON object attribute: anything unreadable is `undefined`, never an exception in the host page. */
export const jsonObject = {
  fromAttribute(value: string | null): Record<string, unknown> | undefined {
    try {
      return value === null ? undefined : asObject(JSON.parse(value));
    } catch {
      return undefined;
    }
  },
};

/**
 * How each field reads, in one language: a cell's text (a list joined by the language's separator), a
 * country code as the country's name, a web address without its scheme. One spec per field, so that the
 * engine encodes each field once.
 */
export class FieldSpecs {
  readonly #specs = new Map<string, FieldSpec>();
  readonly #locale: string;
  readonly #separator: string;

  constructor(locale: string, separator: string) {
    this.#locale = locale;
    this.#separator = separator;
  }

  get(key: string): FieldSpec {
    let spec = this.#specs.get(key);
    if (spec) return spec;
    const [kind, locale, separator] = [kindOf(key), this.#locale, this.#separator];
    spec = {
      id: key,
      read: (record) => record[key],
      text: (raw) => {
        const text = clip(cellText(raw, locale, separator));
        if (kind === 'country') return regionName(locale, text);
        return kind === 'url' ? text.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '') : text;
      },
    };
    this.#specs.set(key, spec);
    return spec;
  }

  /** What a column sorts by: a name by `sort_name` ("family, given") where a row has one. */
  sortOf(key: string, fields: readonly string[]): FieldSpec {
    const shown = this.get(key);
    if (kindOf(key) !== 'name' || !fields.includes('sort_name')) return shown;
    const id = `sort_name/${key}`;
    let spec = this.#specs.get(id);
    if (!spec) this.#specs.set(id, (spec = { ...shown, id, read: (r) => (cellText(r['sort_name'], 'en') ? r['sort_name'] : r[key]) }));
    return spec;
  }
}

/**
 * The well-known fields present (name, organisation, role, country, a speaker's sessions), else the first four.
 * Without a `name`, a query's first label (`personLabel`) names the row.
 */
function defaultColumns(fields: string[]): string[] {
  const name = fields.find((f) => f.toLowerCase() === 'name') ? 'name' : (fields.find((f) => /.Label$/.test(f)) ?? 'name');
  const known = [name.toLowerCase(), ...ORGANIZATION_FIELDS, 'role', 'country', 'sessions'];
  const present = known.map((k) => fields.find((f) => f.toLowerCase() === k)).filter((f): f is string => !!f);
  const unique = present.filter((f, i) => kindOf(f) !== 'organization' || present.findIndex((p) => kindOf(p) === 'organization') === i);
  return unique.length ? unique : fields.filter((f) => f !== 'id').slice(0, 4);
}

/** Columns, facets and grouping from the data's fields and the element's attributes. */
export function layoutOf(
  fields: string[],
  records: readonly Participant[],
  attributes: { columns: unknown; facets: unknown; groupBy: unknown },
  specs: FieldSpecs,
): Layout {
  const sample = records.slice(0, 500);
  const present = fields.filter((f) => sample.some((r) => r[f] != null));
  const keys = words(attributes.columns).length ? words(attributes.columns) : defaultColumns(present);
  const columns = keys.map((key) => ({ key, kind: kindOf(key), field: specs.get(key), sortField: specs.sortOf(key, fields) }));
  const country = fields.find((f) => kindOf(f) === 'country');
  const organization = fields.find((f) => kindOf(f) === 'organization');
  const facetKeys = words(attributes.facets).length ? words(attributes.facets) : [country, organization].filter((f): f is string => !!f);
  const facets = [...new Set(facetKeys)].map((key): Facet => ({
    key,
    field: specs.get(key),
    bound: key === country ? 'filterCountry' : key === organization ? 'filterOrganization' : undefined,
  }));
  const group = asText(attributes.groupBy);
  return { columns, facets, group: group && (fields.includes(group) || keys.includes(group)) ? specs.get(group) : undefined };
}

const LABELS: Partial<Record<ColumnKind, MessageKey & `tableColumn${string}`>> = {
  name: 'tableColumnName',
  organization: 'tableColumnOrganization',
  role: 'tableColumnRole',
  country: 'tableColumnCountry',
  email: 'tableColumnEmail',
  url: 'tableColumnUrl',
  image: 'tableColumnImage',
};

/** Headings of fields that share a kind with others (a party filters like an organisation) or have none. */
const NAMED: Record<string, MessageKey & `tableColumn${string}`> = {
  party: 'tableColumnParty',
  group: 'tableColumnGroup',
  area: 'tableColumnArea',
  term: 'tableColumnTerm',
  sessions: 'tableColumnSessions',
};

/**
 * A column's heading: translated for the well-known fields, else the field's name as words: `birth_date` and
 * `dateOfBirth` read "Birth date" and "Date of birth", a query's `personLabel` "Person".
 */
export function columnLabel(key: string, locale: string, t: (message: MessageKey & `tableColumn${string}`) => string): string {
  const known = NAMED[key.toLowerCase()] ?? LABELS[kindOf(key)];
  if (known) return t(known);
  const text = key
    .replace(/(?<=.)Label$/, '')
    .split(/[_\s-]+|(?<=\p{Ll})(?=\p{Lu})/u)
    .filter(Boolean)
    // The words of camelCase in lower case, an acronym (`URI`) as written.
    .map((word, i) => (i && /^\p{Lu}\p{Ll}+$/u.test(word) ? word.toLocaleLowerCase(locale) : word))
    .join(' ');
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

export type SortKeys = { column: Column; direction: 'ascending' | 'descending' }[];

/** The `sort` attribute read: its shown columns, each once, `-` for descending. */
export function sortKeysOf(value: unknown, columns: readonly Column[]): SortKeys {
  const keys = words(value).map((token) => ({
    column: columns.find((c) => c.key === token.replace(/^[-+]/, ''))!,
    direction: token.startsWith('-') ? ('descending' as const) : ('ascending' as const),
  }));
  return keys.filter((key, i) => key.column && keys.findIndex((k) => k.column === key.column) === i);
}

/** The `sort` value after a press on a column's header: it alone, or (`add`, with Shift) added to the sort;
 * a column already sorted turns round. */
export function nextSort(keys: SortKeys, column: Column, add: boolean): string {
  const current = keys.find((k) => k.column === column);
  const direction = current?.direction === 'ascending' ? ('descending' as const) : ('ascending' as const);
  const next = add ? keys.map((k) => (k === current ? { column, direction } : k)) : [{ column, direction }];
  if (add && !current) next.push({ column, direction });
  return next.map((k) => (k.direction === 'descending' ? '-' : '') + k.column.key).join(' ');
}

/** A facet's filter from the element's attributes: `undefined` for none, `null` for "not given", else the
 * value (a country code as the country's name, as the column shows it). */
export function wantedOf(
  facet: Facet,
  attributes: { filters: unknown; filterCountry: unknown; filterOrganization: unknown },
  locale: string,
): string | null | undefined {
  const given = asObject(attributes.filters)[facet.key];
  const value = (facet.bound && asText(attributes[facet.bound])) || (given === null ? null : asText(given));
  if (value === null || !value) return value === null ? null : undefined;
  return kindOf(facet.key) === 'country' ? regionName(locale, value) : value;
}
