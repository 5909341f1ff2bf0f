import fc from 'fast-check';
import '../../src/elements/component-card/component-card.js';
import { hostileText, urlArb } from './hostile.js';
import { componentJson, dpgRecord, poplusEntry, publiccodeDoc, publiccodeYaml, withCodeValues } from './shapes.js';
import {
  check,
  eachOnNew,
  feed,
  inlineScript,
  jsonText,
  press,
  rawText,
  readInside,
  readers,
  timeFor,
  TYPES,
  useFuzzEnvironment,
  type DataHost,
  type Drawn,
  type Reader,
  type Input,
} from './harness.js';

const KEEPER: Input = { kind: 'value', value: { name: 'Keeper Kept', links: { code: 'https://example.org/keeper' } } };
const ITEMS = '[part~="base"]';
const reader = readers(fc.constant(''));
const format = fc.option(fc.constantFrom('json', 'poplus', 'dpg', 'publiccode', 'yaml', 'nonsense'), { freq: 4, nil: undefined });
const view = fc.record({
  layout: fc.constantFrom('full' as const, 'compact' as const),
  showCriteria: fc.boolean(),
  linked: fc.boolean(),
  href: fc.option(fc.oneof(urlArb, hostileText), { freq: 2, nil: undefined }),
  headingLevel: fc.constantFrom(3, 1, 6, 0, 7, -1, Number.NaN, 2.5),
  lang: fc.constantFrom('en', 'es', 'ar', 'zh-Hant', 'xx'),
});
type View = Drawn<typeof view>;

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

const make = () => document.createElement('poplus-component-card') as DataHost;

/** Each case: a new card with the case's view settings, its inputs one after the other, then a reader's use. */
const sequence = eachOnNew(make, (el, { inputs, reader: r, view: settings }: { inputs: Input[]; reader: Reader; view: View }, errors) =>
  feed(Object.assign(el, settings), errors, { property: 'component', items: ITEMS, interact: (e) => useCard(e, r) }, inputs),
);

describe('fuzz: <poplus-component-card>', () => {
  useFuzzEnvironment();

  it('reads any value set as `component` (library JSON, Poplus entry, DPG, publiccode, what JSON cannot hold) without breaking', async function () {
    this.timeout(await timeFor(0.45));
    const input = fc.record({ kind: fc.constant('value' as const), value: withCodeValues(component), format });
    const cases = fc.record({ keeper: fc.boolean(), inputs: fc.array(input, { minLength: 1, maxLength: 2 }), view, reader });
    await check(
      fc.asyncProperty(cases, ({ keeper, inputs, ...rest }) => sequence({ inputs: keeper ? [KEEPER, ...inputs] : inputs, ...rest })),
      0.45,
      21,
    );
  });

  it('reads any text from `src` (JSON formats, publiccode.yml, malformed YAML) without breaking', async function () {
    this.timeout(await timeFor(0.2));
    const text = fc.oneof(jsonText(component), rawText(publiccodeYaml, TYPES.yaml));
    const input = fc.tuple(text, format).map(([i, f]): Input => ({ ...i, format: f }));
    const cases = fc.record({ keeper: fc.boolean(), inputs: fc.array(input, { minLength: 1, maxLength: 2 }), view, reader });
    const keeper: Input = { kind: 'text', text: JSON.stringify((KEEPER as { value: unknown }).value), type: 'application/json' };
    await check(
      fc.asyncProperty(cases, ({ keeper: withKeeper, inputs, ...rest }) =>
        sequence({ inputs: withKeeper ? [keeper, ...inputs] : inputs, ...rest }),
      ),
      0.2,
      22,
    );
  });

  it('reads any inline <script> child (JSON formats, publiccode.yml) without breaking', async function () {
    this.timeout(await timeFor(0.35));
    const inline = fc.oneof(
      fc.tuple(component, fc.constant('application/json')).map(([v, type]) => ({ text: JSON.stringify(v) ?? '', type })),
      fc.tuple(publiccodeYaml, fc.constantFrom('application/yaml', 'text/yaml')).map(([text, type]) => ({ text, type })),
      // Data of one syntax in a <script> of another.
      fc.tuple(publiccodeYaml, fc.constant('application/json')).map(([text, type]) => ({ text, type })),
    );
    const cases = fc.record({ inline, format, view, reader });
    const run = eachOnNew(
      ({ inline: { text, type }, format: f, view: settings }: Drawn<typeof cases>) => {
        const el = Object.assign(make(), settings, { format: f });
        el.append(inlineScript(text, type));
        return el;
      },
      (el, { reader: r }, errors) => readInside(el, errors, (e) => useCard(e, r)),
    );
    await check(fc.asyncProperty(cases, run), 0.35, 23);
  });
});
