import { DataReadError, parseJson } from '../../data/errors.js';
import type { SourceHint } from '../../data/load.js';
import { fromPoplusEntry, isObject, isPoplusEntry, normaliseComponent, type ComponentModel } from '../../data/component.js';

/**
 * Any supported description of a component, already parsed, into the card's model: the library's format or an
 * entry of Poplus's `components.json` at once; a Digital Public Goods record or a publiccode.yml object after
 * loading that adapter, the first time one turns up. Throws `DataReadError` for anything but an object.
 */
export function toComponentModel(value: unknown): ComponentModel | Promise<ComponentModel> {
  if (!isObject(value)) throw new DataReadError('parse', 'JSON', undefined, 'not a component record');
  if ('publiccodeYmlVersion' in value) return import('../../data/publiccode.js').then((m) => normaliseComponent(m.fromPubliccode(value)));
  if (isPoplusEntry(value)) return normaliseComponent(fromPoplusEntry(value));
  if (['SDGs', 'sdgs', 'stage', 'repositoryURL', 'locations', 'openlicenses', 'organizations'].some((k) => k in value)) {
    return import('../../data/dpg.js').then((m) => normaliseComponent(m.fromDpgRecord(value)));
  }
  return normaliseComponent(value);
}

/**
 * Reads `src` or inline text: YAML as publiccode.yml, else JSON. The `format` attribute (`yaml`, `publiccode`,
 * `json`) decides when given; otherwise the content type or the file name does.
 */
export async function readComponent(source: string, hint: SourceHint): Promise<ComponentModel> {
  if (hint.format ? /^(ya?ml|publiccode)/i.test(hint.format) : /yaml$/.test(hint.contentType) || /\.ya?ml([?#]|$)/i.test(hint.url ?? '')) {
    return (await import('../../data/publiccode.js')).readPubliccode(source);
  }
  return toComponentModel(parseJson(source));
}
