import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/elements/component-card/component-card.js';
import catalogue from '../demo/data/components.json' with { type: 'json' };

type Args = {
  src?: string;
  href?: string;
  linked?: boolean;
  layout?: 'compact' | 'full';
  'show-criteria'?: boolean;
  'heading-level'?: number;
};

const IDS = catalogue.components.map((c) => c.id);
const fromDemo = (id: string) => `/demo/data/components/${id}.json`;
const entry = (id: string) => catalogue.components.find((c) => c.id === id)!;

const card = (args: Args, content: unknown = nothing): TemplateResult => html`<poplus-component-card
  src=${args.src ?? nothing}
  href=${args.href ?? nothing}
  ?linked=${args.linked}
  layout=${args.layout ?? nothing}
  ?show-criteria=${args['show-criteria']}
  heading-level=${args['heading-level'] ?? nothing}
  >${content}</poplus-component-card
>`;

/** One card at a card's width; the catalogues (`parameters.catalogue`) take the whole canvas for their grid. */
const narrow: Decorator = (story, { parameters }) =>
  parameters['catalogue'] ? story() : html`<div style="max-inline-size: 24rem">${story()}</div>`;
/** As many columns as fit, each at least 17rem (one on a phone), as on the demo page. */
const grid = (cards: unknown) =>
  html`<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr)); gap: 1.5rem">${cards}</div>`;

/**
 * The component card on Poplus's own catalogue (poplus.org, as kept in `demo/data/components.json`), on real
 * publiccode.yml files and on a Digital Public Goods registry record.
 */
const meta: Meta<Args> = {
  title: 'Elements/Component card',
  component: 'poplus-component-card',
  args: { src: fromDemo('mapit'), layout: 'full', 'heading-level': 3 },
  argTypes: { layout: { control: 'inline-radio', options: ['full', 'compact'] } },
  decorators: [narrow],
  render: (args) => card(args),
};
export default meta;
type Story = StoryObj<Args>;

/** MapIt, in the library's JSON format. */
export const Default: Story = {};

export const WriteIt: Story = { args: { src: fromDemo('writeit') } };
export const MapIt: Story = { args: { src: fromDemo('mapit') } };
export const BillIt: Story = { args: { src: fromDemo('billit') } };
export const SayIt: Story = { args: { src: fromDemo('sayit') } };
/** "Alpha" on poplus.org, but no longer in active development since 2015: obsolete. */
export const PopIt: Story = { args: { src: fromDemo('popit') } };
/** Named as a first component at PoplusCon, never given a page: no tagline, owner or status. */
export const VoteIt: Story = { args: { src: fromDemo('voteit') } };
export const RepresentBoundaries: Story = { args: { src: fromDemo('represent-boundaries') } };
export const Cuttlefish: Story = { args: { src: fromDemo('cuttlefish') } };

/** An entry of `components.json` as it is, given to the `component` property. */
export const FromCatalogueEntry: Story = {
  render: (args) => html`<poplus-component-card layout=${args.layout ?? nothing} .component=${entry('sayit')}></poplus-component-card>`,
};

/** The whole card is a link to the component's site (`linked`); its other links stay clickable. */
export const Linked: Story = { args: { linked: true } };

export const Compact: Story = { args: { layout: 'compact', linked: true } };

/** Every Poplus component side by side in a CSS grid, as on the demo page. */
export const Catalogue: Story = {
  parameters: { catalogue: true },
  render: (args) => grid(IDS.map((id) => card({ ...args, src: fromDemo(id), linked: true }))),
};

export const CompactCatalogue: Story = {
  parameters: { catalogue: true },
  render: (args) => grid(IDS.map((id) => card({ ...args, src: fromDemo(id), linked: true, layout: 'compact' }))),
};

/**
 * The Definition of a Poplus Component as a checklist. `components.json` does not record which criteria each
 * component meets, so the values here are an example set through the `criteria` field.
 */
export const Criteria: Story = {
  render: (args) => html`<poplus-component-card
    show-criteria
    layout=${args.layout ?? nothing}
    .component=${{
      ...entry('mapit'),
      criteria: { civic: true, singleProblem: true, composable: true, platformAgnostic: true, countryAgnostic: true, openSource: true },
    }}
  ></poplus-component-card>`,
};

/** publiccode.yml 0.2 of the Metropolitan City of Venice, in Italian only. */
export const PubliccodeWebMappVenezia: Story = { args: { src: '/fixtures/publiccode-WebMappVenezia.yml' } };

/** Munich's MUCGPT publiccode.yml, in German and English: the reader's language is picked. */
export const PubliccodeMucgpt: Story = { args: { src: '/fixtures/publiccode-mucgpt.yml', linked: true } };

export const PubliccodeMucgptGerman: Story = {
  args: { src: '/fixtures/publiccode-mucgpt.yml' },
  decorators: [(story) => html`<div lang="de">${story()}</div>`],
};

/** CONSUL's Digital Public Goods registry record: DPG badge, goals, countries of deployment. */
export const DigitalPublicGood: Story = { args: { src: '/fixtures/dpg-consul.json', 'show-criteria': true } };

/** Spanish tagline; the description has no Spanish version, so it shows in English, marked `lang="en"`. */
export const Spanish: Story = { decorators: [(story) => html`<div lang="es">${story()}</div>`] };

export const French: Story = {
  args: { src: fromDemo('represent-boundaries') },
  decorators: [(story) => html`<div lang="fr">${story()}</div>`],
};

/** English texts line up on the right with the Arabic labels; the Latin names under "Used by" keep their order. */
export const ArabicRtl: Story = {
  args: { src: fromDemo('cuttlefish') },
  decorators: [(story) => html`<div lang="ar" dir="rtl">${story()}</div>`],
};

export const ArabicRtlMapIt: Story = {
  args: { src: fromDemo('mapit') },
  decorators: [(story) => html`<div lang="ar" dir="rtl">${story()}</div>`],
};

/** Inside a dark page (`color-scheme: dark` on an ancestor): the card follows the page, not the system. */
export const Dark: Story = {
  decorators: [(story) => html`<div style="color-scheme: dark; background: #1c2027; padding: 1rem">${story()}</div>`],
};

/** Data inline in the page: a `<script type="application/json">` child, for pages without JavaScript. */
export const InlineJson: Story = {
  args: { src: undefined },
  render: (args) =>
    card(
      args,
      html`<script type="application/json">
        {
          "name": "WriteIt",
          "lang": "en",
          "tagline": { "en": "Write and send messages to public figures", "es": "Escribe y envía mensajes a personajes públicos" },
          "organisation": "Ciudadano Inteligente",
          "status": "Alpha",
          "links": { "code": "https://github.com/ciudadanointeligente/write-it", "website": "http://writeit.poplus.org" }
        }
      </script>`,
    ),
};

/** Every slot filled: logo, media, header, default, actions, footer. */
export const Slots: Story = {
  args: { linked: true },
  render: (args) =>
    card(
      args,
      html`<img slot="logo" src="/demo/santiago.svg" alt="" />
        <img slot="media" src="/demo/santiago.svg" alt="" style="aspect-ratio: 16 / 9; object-fit: cover" />
        <span slot="header">★</span>
        <p style="margin: 0">Presented at PoplusCon, Santiago, April 2014.</p>
        <button slot="actions" type="button">Follow</button>
        <small slot="footer">Data: poplus.org</small>`,
    ),
};

let held = false;
/** Makes `/never-answers.json` a request that never ends, for the loading state. */
function holdNeverAnswers() {
  if (held) return;
  held = true;
  const real = window.fetch.bind(window);
  window.fetch = (input, init) => (String(input).includes('never-answers') ? new Promise<Response>(() => {}) : real(input, init));
}

/** While `src` loads (the request is held open here, so the state stays). */
export const Loading: Story = {
  args: { src: '/never-answers.json' },
  decorators: [
    (story) => {
      holdNeverAnswers();
      return story();
    },
  ],
};

/** No data at all. */
export const Empty: Story = { args: { src: undefined } };

/** A publiccode.yml that is not valid YAML: the error state, with a retry button. */
export const MalformedYaml: Story = {
  args: { src: undefined },
  render: (args) => card(args, html`<script type="application/yaml">name: [CONSUL, unclosed</script>`),
};

/** A `src` that answers 404. */
export const NotFound: Story = { args: { src: '/demo/data/components/no-such-component.json' } };

/** HTML in fields and `javascript:` URLs: shown as text or dropped, never run. */
export const HostileData: Story = {
  render: () => html`<poplus-component-card
    href="javascript:alert('card')"
    .component=${{
      name: '<img src=x onerror=alert(1)>Evil<script>alert(2)</script>',
      tagline: 'A tagline with <b>markup</b> and a very long word: '.concat('x'.repeat(300)),
      status: 'retired?!',
      license: 'MIT OR <i>GPL</i>',
      links: { code: 'javascript:alert(3)', website: 'data:text/html,<script>alert(4)</script>', docs: 'https://example.org/docs' },
      usedBy: [{ name: 'Trap', url: 'javascript:alert(5)' }],
    }}
  ></poplus-component-card>`,
};
