import fc from 'fast-check';
import '../../src/elements/event-banner/event-banner.js';
import { MARKUP, hostileText, urlArb } from './hostile.js';
import { check, eachOnNew, expectNoProblems, nextTask, press, step, timeFor, useFuzzEnvironment, type DataHost } from './harness.js';

const date = fc.oneof(
  fc.constantFrom(
    '2014-04-29',
    '2014-04-30',
    '2014-04-29T09:00:00-04:00',
    '2014-02-30',
    '29/04/2014',
    '+275760-09-13',
    '9999-12-31',
    '0000-01-01',
    '',
  ),
  hostileText,
);

/** Every attribute of the banner, each hostile or plausible, set as a page would (through attributes). */
const attributes = fc.record(
  {
    heading: fc.oneof(fc.constantFrom('Welcome to #PoplusCon', 'مرحبا بكم', '台灣 g0v 零時政府', 'x'), hostileText),
    start: date,
    end: date,
    location: fc.oneof(fc.constantFrom('Santiago, Chile'), hostileText),
    image: fc.oneof(urlArb, hostileText),
    'heading-level': fc.constantFrom('1', '2', '6', '0', '7', '-3', '2.5', 'NaN', 'h1', ''),
    lang: fc.constantFrom('en', 'es', 'ar', 'zh-Hant', 'xx-invalid-', ''),
    dir: fc.constantFrom('ltr', 'rtl', 'auto', ''),
  },
  { requiredKeys: ['heading'] },
);

/** Slotted content as a page writes it (markup from the page, not from data): it must stay in the light DOM. */
const slotted = fc.option(fc.constantFrom(...MARKUP), { freq: 3, nil: undefined });

describe('fuzz: <poplus-event-banner>', () => {
  useFuzzEnvironment();

  it('draws any attributes, and any change of them, without breaking', async function () {
    this.timeout(await timeFor(1));
    const cases = fc.record({ first: attributes, then: fc.option(attributes, { freq: 2, nil: undefined }), slotted });
    const run = eachOnNew(
      () => document.createElement('poplus-event-banner') as DataHost,
      async (
        el,
        { first, then, slotted: description }: { first: Record<string, string>; then?: Record<string, string>; slotted?: string },
        errors,
      ) => {
        if (description !== undefined) el.append(Object.assign(document.createElement('p'), { textContent: description }));
        for (const [name, value] of Object.entries(first)) el.setAttribute(name, value);
        document.body.append(el);
        await step(errors, el.updateComplete);
        await nextTask();
        expectNoProblems(el, errors.errors);
        if (then) {
          // Attributes change while it is on the page, as a CMS preview changes them.
          for (const name of Object.keys(first)) if (!(name in then)) el.removeAttribute(name);
          for (const [name, value] of Object.entries(then)) el.setAttribute(name, value);
          await step(errors, el.updateComplete);
          await nextTask();
          expectNoProblems(el, errors.errors);
        }
        await press(el, el.shadowRoot!.querySelector('[part="heading"]') ?? el, 'Tab');
        await press(el, el, 'Enter');
      },
    );
    await check(fc.asyncProperty(cases, run), 1, 31);
  });
});
