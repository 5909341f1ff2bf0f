import fc from 'fast-check';
import '../../src/elements/component-card/component-card.js';
import { hostileText, urlArb } from './hostile.js';
import { componentJson, dpgRecord, poplusEntry, publiccodeDoc, publiccodeYaml, withCodeValues } from './shapes.js';
import { asJson, fuzzDataPaths, press, readers, typed, TYPES, useFuzzEnvironment, type DataHost, type Reader } from './harness.js';

const view = fc.record({
  layout: fc.constantFrom('full' as const, 'compact' as const),
  showCriteria: fc.boolean(),
  linked: fc.boolean(),
  href: fc.option(fc.oneof(urlArb, hostileText), { freq: 2, nil: undefined }),
  headingLevel: fc.constantFrom(3, 1, 6, 0, 7, -1, Number.NaN, 2.5),
  lang: fc.constantFrom('en', 'es', 'ar', 'zh-Hant', 'xx'),
});
/** Any component in the shapes the card reads. */
const component = fc.oneof(componentJson, poplusEntry, dpgRecord, publiccodeDoc);

/** What a reader does with a card: presses Tab on its first link (every case), and in one case of three also opens the criteria and presses Enter on its last link. */
async function useCard(el: DataHost, { full }: Reader): Promise<void> {
  const root = el.shadowRoot!;
  const links = root.querySelectorAll('a');
  await press(el, links[0] ?? el, 'Tab');
  if (!full) return;
  root.querySelector<HTMLElement>('[part="criteria"] summary')?.click();
  await el.updateComplete;
  await press(el, links[links.length - 1], 'Enter');
}

describe('fuzz: <poplus-component-card>', () => {
  useFuzzEnvironment();

  fuzzDataPaths({
    tag: 'poplus-component-card',
    property: 'component',
    items: '[part~="base"]',
    keeper: { name: 'Keeper Kept', links: { code: 'https://example.org/keeper' } },
    values: withCodeValues(component),
    texts: fc.oneof(asJson(component), typed(publiccodeYaml, TYPES.yaml)),
    inline: fc.oneof(
      typed(
        component.map((v) => JSON.stringify(v) ?? ''),
        fc.constant('application/json'),
      ),
      typed(publiccodeYaml, fc.constantFrom('application/yaml', 'text/yaml')),
      // Data of one syntax in a <script> of another.
      typed(publiccodeYaml, fc.constant('application/json')),
    ),
    format: fc.option(fc.constantFrom('json', 'poplus', 'dpg', 'publiccode', 'yaml', 'nonsense'), { freq: 4, nil: undefined }),
    view,
    readers: readers(fc.constant('')),
    use: useCard,
    paths: {
      value: { share: 0.45, id: 21, what: 'library JSON, Poplus entry, DPG, publiccode, what JSON cannot hold' },
      src: { share: 0.2, id: 22, what: 'JSON formats, publiccode.yml, malformed YAML' },
      inline: { share: 0.35, id: 23, what: 'JSON formats, publiccode.yml' },
    },
  });
});
