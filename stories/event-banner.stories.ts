import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/event-banner/event-banner.js';

type Args = {
  heading: string;
  start?: string;
  end?: string;
  location?: string;
  image?: string;
  'heading-level'?: number;
};

/** The event banner on the real PoplusCon 2014 data (the photo is replaced by a drawn skyline). */
const meta: Meta<Args> = {
  title: 'Elements/Event banner',
  component: 'poplus-event-banner',
  args: {
    heading: 'Welcome to #PoplusCon',
    start: '2014-04-29',
    end: '2014-04-30',
    location: 'Santiago, Chile',
    image: '/demo/santiago.svg',
    'heading-level': 2,
  },
  render: (args) => html`<poplus-event-banner
    heading=${args.heading}
    start=${args.start ?? nothing}
    end=${args.end ?? nothing}
    location=${args.location ?? nothing}
    image=${args.image ?? nothing}
    heading-level=${args['heading-level'] ?? nothing}
  >
    <p>Two days of talks and unconference sessions for people who build civic and democratic websites.</p>
    <a slot="actions" href="#programme">See the programme</a>
  </poplus-event-banner>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

export const NoImage: Story = { args: { image: undefined } };

export const LongTitle: Story = {
  args: { heading: 'Welcome to #PoplusCon, the first international conference of the Poplus federation of civic software' },
};

export const Narrow: Story = {
  decorators: [(story) => html`<div style="max-inline-size: 280px">${story()}</div>`],
};

export const Spanish: Story = {
  args: { heading: 'Bienvenidos a #PoplusCon' },
  decorators: [(story) => html`<div lang="es">${story()}</div>`],
};

export const ArabicRtl: Story = {
  args: { heading: 'مرحبًا بكم في #PoplusCon', location: 'سانتياغو، تشيلي' },
  decorators: [(story) => html`<div lang="ar" dir="rtl">${story()}</div>`],
};

export const WithVideo: Story = {
  render: (
    args,
  ) => html`<poplus-event-banner heading=${args.heading} start="2014-04-29" end="2014-04-30" location="Santiago, Chile" image=${args.image ?? nothing}>
    <p>The PoplusCon promotional video, as on the 2014 page.</p>
    <iframe slot="media" title="PoplusCon 2014 promotional video" src="https://www.youtube-nocookie.com/embed/x2eMnQ1XxE4" loading="lazy" allowfullscreen></iframe>
  </poplus-event-banner>`,
};

/** The Arabic page of a conference with a Latin name: the title keeps its own direction, on the right. */
export const ArabicPageLatinTitle: Story = {
  args: { heading: '#PoplusCon 2014', location: 'سانتياغو، تشيلي' },
  decorators: [(story) => html`<div lang="ar" dir="rtl">${story()}</div>`],
};

/** Inside a dark page (`color-scheme: dark` on an ancestor): the banner follows the page, not the system. */
export const Dark: Story = {
  decorators: [(story) => html`<div style="color-scheme: dark; background: #1c2027; padding: 1rem">${story()}</div>`],
};

/**
 * The 2014 home page's variant on a light page: a dark blue panel, with the dark scheme forced through
 * `--poplus-color-scheme` so that the text, links and scrim contrast with it.
 */
export const DarkPanel: Story = {
  decorators: [(story) => html`<div style="--poplus-color-scheme: dark; --poplus-banner-panel-color: #2e353e">${story()}</div>`],
};

/** `--poplus-banner-scrim: transparent`: the bare picture, as in 2014. Pale parts of it fade into the panel. */
export const BarePicture: Story = {
  decorators: [(story) => html`<div style="--poplus-banner-scrim: transparent">${story()}</div>`],
};

/** What Windows High Contrast users see, and what prints: no mask, no picture, the title as plain text. */
export const ForcedColours: Story = {
  parameters: {
    docs: {
      description: {
        story:
          'Turn on forced colours (Chrome DevTools › Rendering › Emulate CSS media feature forced-colors), or the print media type, to see the plain title.',
      },
    },
  },
};
