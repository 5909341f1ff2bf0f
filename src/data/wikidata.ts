/**
 * SPARQL query results in JSON (`application/sparql-results+json`, what the Wikidata Query Service answers)
 * as participant records: each variable of `head.vars` is a field, in that order.
 *
 * - An entity (`"type": "uri"`) is kept as its URL; a blank node, which means nothing to a reader, is left out.
 * - A literal with `xml:lang` becomes a language map, so the table shows the reader's language.
 * - A date-time at midnight UTC (how Wikidata gives a date) is shortened to its date.
 * - Rows about the same entity (the same URL in the first variable) are one record: Wikidata repeats a row
 *   for each language and for each value of a property with several. Values that differ become a list; the
 *   same value in several languages becomes one language map. Other rows are merged only when they differ
 *   by language alone.
 *
 * A label variable keeps the name the query gave it (`?person` holds the entity's URL, `?personLabel` its
 * name), as in the query service's own CSV download, so that `columns` reads the same for both.
 */

import { DataReadError } from './errors.js';
import { MAX_FIELDS, checked, isSparqlResults, setField, type Cell, type ParticipantData, type Participant } from './participants.js';
import { asList, asObject, asText, isObject, languageTag, type Json, type LocalizedText } from '../shared/text.js';

/** One value of a binding: its text and its language (`''` for none), or `undefined` when it is nothing to show. */
function term(value: unknown): [text: string, lang: string] | undefined {
  if (!isObject(value) || value.type === 'bnode') return undefined;
  let text = asText(value.value);
  if (!text) return undefined;
  if (/#dateTime$/.test(asText(value.datatype)) && /^-?\d{4,}-\d\d-\d\dT00:00:00Z$/.test(text)) text = text.slice(0, -10);
  // `und` is no language, as no tag is: the two share one list, so that neither text hides the other.
  const lang = value.type === 'literal' ? languageTag(value['xml:lang']) : undefined;
  return [text, lang && lang !== 'und' ? lang : ''];
}

/** The values a field collected over a record's rows, by language (`''` for none), without repeats. */
type Values = Map<string, string[]>;

/** A field's values as a cell: the i-th value of each language makes the i-th text (one language map per text). */
function cellOf(values: Values): Cell | undefined {
  const texts: (string | LocalizedText)[] = [];
  for (let i = 0; ; i++) {
    const map: LocalizedText = {};
    for (const [lang, list] of values) if (i < list.length) map[lang || 'und'] = list[i]!;
    const tags = Object.keys(map);
    if (!tags.length) break;
    texts.push(tags.length === 1 && tags[0] === 'und' ? map['und']! : map);
  }
  return texts.length > 1 ? texts : texts[0];
}

/** Whether a row can join a group: only when, for each field, it says nothing the group says otherwise in that language. */
const agrees = (group: Map<string, Values>, terms: Map<string, [string, string]>) =>
  [...terms].every(([field, [text, lang]]) => group.get(field)?.get(lang)?.includes(text) ?? true);

/** Reads a SPARQL JSON result into participant data. Throws `DataReadError` when it is not one. */
export function fromSparqlResults(value: unknown): ParticipantData {
  if (!isSparqlResults(value))
    throw new DataReadError('parse', { subject: 'SPARQL JSON', detail: 'expected head.vars and results.bindings' });
  const { head, results } = value as { head: Json; results: Json };
  const fields = [...new Set(asList(head.vars).map((v) => asText(v, 200)))].filter(Boolean).slice(0, MAX_FIELDS);
  const first = fields[0] ?? '';
  /** Rows gathered by entity, or (without one) by their values that have no language. */
  const groups = new Map<string, Map<string, Values>[]>();
  const ordered: Map<string, Values>[] = [];
  let skipped = 0;
  for (const binding of asList(results.bindings)) {
    const row = asObject(binding);
    const terms = new Map<string, [string, string]>();
    for (const field of fields) {
      const t = term(row[field]);
      if (t) terms.set(field, t);
    }
    if (!terms.size) {
      skipped++;
      continue;
    }
    const subject = asObject(row[first]).type === 'uri' ? terms.get(first)?.[0] : undefined;
    const key = subject ? `uri ${subject}` : JSON.stringify([...terms].filter(([, [, lang]]) => !lang));
    const candidates = groups.get(key) ?? [];
    groups.set(key, candidates);
    let group = candidates.find((g) => subject || agrees(g, terms));
    if (!group) {
      group = new Map();
      candidates.push(group);
      ordered.push(group);
    }
    for (const [field, [text, lang]] of terms) {
      let values = group.get(field);
      if (!values) group.set(field, (values = new Map()));
      const list = values.get(lang) ?? [];
      if (!list.includes(text)) values.set(lang, [...list, text]);
    }
  }
  const records = ordered.map((group) => {
    const record: Participant = {};
    for (const [field, values] of group) {
      const cell = cellOf(values);
      if (cell !== undefined) setField(record, field, cell);
    }
    return record;
  });
  return checked({ fields, records, skipped });
}
