import { DataReadError, parseJson } from '../../data/errors.js';
import type { SourceHint } from '../../data/load.js';
import { fromPoplusEntry, isObject, isPoplusEntry, normaliseComponent, type ComponentModel } from '../../data/component.js';
import { fromDpgRecord, isDpgRecord } from '../../data/dpg.js';
import { fromPubliccode, readPubliccode } from '../../data/publiccode.js';

/**
 * Any supported description of a component, already parsed, into the card's model: the library's format, an
 * entry of Poplus's `components.json`, a Digital Public Goods record, or a publiccode.yml read as an object.
 * Throws `DataReadError` for anything that is not an object.
 */
export function toComponentModel(value: unknown, format = 'JSON'): ComponentModel {
  if (!isObject(value)) throw new DataReadError('parse', format, undefined, 'not a component record');
  if ('publiccodeYmlVersion' in value) return normaliseComponent(fromPubliccode(value));
  if (isPoplusEntry(value)) return normaliseComponent(fromPoplusEntry(value));
  if (isDpgRecord(value)) return normaliseComponent(fromDpgRecord(value));
  return normaliseComponent(value);
}


/** Reads `src` or inline text: YAML (by `format`, content type or file name) as publiccode.yml, else JSON. */
export function readComponent(source: string, hint: SourceHint): ComponentModel | Promise<ComponentModel> {
  const yaml = /^(ya?ml|publiccode)/i.test(hint.format ?? '') || /yaml$/.test(hint.contentType) || /\.ya?ml([?#]|$)/i.test(hint.url ?? '');
  if (yaml) return readPubliccode(source);
  return toComponentModel(parseJson(source));
}
