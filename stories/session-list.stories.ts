import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/session-list/session-list.js';
import type { ScheduleSession } from '../src/data/schedule.js';

type Args = {
  src?: string;
  'time-zone'?: string;
  'viewer-time-zone'?: string;
  now?: string;
  view?: 'list' | 'grid';
  'heading-level'?: number;
};

/** The real PoplusCon 2014 programme (converted to the Poplus schedule format), and other real exports. */
const meta: Meta<Args> = {
  title: 'Elements/Session list',
  component: 'poplus-session-list',
  args: {
    src: '/demo/data/popluscon-schedule.json',
    'time-zone': 'America/Santiago',
    view: 'list',
    'heading-level': 3,
  },
  argTypes: { view: { control: 'inline-radio', options: ['list', 'grid'] } },
  render: (args) => html`<poplus-session-list
    src=${args.src ?? nothing}
    time-zone=${args['time-zone'] ?? nothing}
    viewer-time-zone=${args['viewer-time-zone'] ?? nothing}
    now=${args.now ?? nothing}
    view=${args.view ?? nothing}
    heading-level=${args['heading-level'] ?? nothing}
  ></poplus-session-list>`,
};
export default meta;
type Story = StoryObj<Args>;

export const PoplusCon2014: Story = {};

/** A reader in Tokyo: the switch to "my time" appears, and the evening party is marked +1 day. */
export const ReaderInAnotherZone: Story = { args: { 'viewer-time-zone': 'Asia/Tokyo' } };

/** `now` during the second day: the sessions under way are marked and the next slot is one button away. */
export const NowAndNext: Story = { args: { now: '2014-04-30T11:45:00-04:00' } };

export const Grid: Story = { args: { view: 'grid' } };

/** The grid falls back to the list in a narrow container. */
export const GridNarrow: Story = {
  args: { view: 'grid' },
  decorators: [(story) => html`<div style="max-inline-size: 360px">${story()}</div>`],
};

/** Favourites come from localStorage, per event id; this story stars two sessions before rendering. */
export const Favourites: Story = {
  loaders: [
    async () => {
      try {
        localStorage.setItem('poplus-session-list:favorites:popluscon-2014', JSON.stringify(['d1-s1-green', 'd2-s4-red']));
      } catch {
        // Storage blocked: the story shows no stars.
      }
      return {};
    },
  ],
};

/** frab / pretalx `schedule.json`: the Chaos Communication Camp 2019 export, five days, times with offsets. */
export const FrabExport: Story = { args: { src: '/fixtures/frab-camp2019.json', 'time-zone': undefined } };

/** iCalendar over the end of summer time in Berlin: all-day, across midnight, DURATION, floating times. */
export const ICalendar: Story = { args: { src: '/fixtures/civic-tech-weekend.ics', 'time-zone': undefined } };

export const Spanish: Story = { decorators: [(story) => html`<div lang="es">${story()}</div>`] };

export const ArabicRtl: Story = { decorators: [(story) => html`<div lang="ar" dir="rtl">${story()}</div>`] };

export const Dark: Story = {
  decorators: [
    (story) => html`<div style="color-scheme: dark; --poplus-color-scheme: dark; background: #1c2027; padding: 1rem">${story()}</div>`,
  ],
};

/** A file that is not a schedule: the error state, with a retry button. */
export const ErrorState: Story = { args: { src: '/fixtures/broken.json' } };

export const Empty: Story = {
  render: () => html`<poplus-session-list .sessions=${{ sessions: [] }}></poplus-session-list>`,
};

const hostile: ScheduleSession[] = [
  {
    id: 'x',
    title: '<img src=x onerror=alert(1)>',
    start: '2014-04-29T10:00:00-04:00',
    description: '<script>alert(1)</script>',
    url: 'javascript:alert(1)',
  },
  { id: 'y', start: '2014-04-29T11:00:00-04:00', room: 'Unknown room', end: 'later' },
  { id: 'z', title: 'Bad date', start: 'next Tuesday' },
  { id: 'w', title: 'W'.repeat(400), start: '2014-04-29T12:00:00-04:00' },
];

/** HTML shown as text, an unsafe link dropped, an untitled session, an unreadable date reported. */
export const BadInput: Story = {
  render: () => html`<poplus-session-list time-zone="America/Santiago" .sessions=${{ sessions: hostile }}></poplus-session-list>`,
};

/** Titles of many words and of one endless word: titles wrap, and the star stays in the card. */
export const LongTitles: Story = {
  render: () => html`<poplus-session-list
    time-zone="America/Santiago"
    .sessions=${{
      sessions: [
        {
          id: 'long',
          title:
            'Participative legislation: how to crowdsource amendments, track them through committee and report back to every citizen who took part, in four languages',
          start: '2014-04-29T10:00:00-04:00',
          end: '2014-04-29T11:00:00-04:00',
          room: 'Red room',
          track: 'Other sessions',
          kind: 'session',
        },
        {
          id: 'word',
          title: 'Donaudampfschifffahrtsgesellschaftskapitän'.repeat(8),
          start: '2014-04-29T10:00:00-04:00',
          room: 'Grey room',
        },
      ],
    }}
  ></poplus-session-list>`,
};

const colouredProgramme = {
  event: { id: 'coloured-tracks', name: 'Civic tech weekend', timeZone: 'America/Santiago' },
  tracks: [
    { name: 'Open data', color: '#1a7f37' },
    { name: 'Parliaments', color: 'rebeccapurple' },
    { name: 'Community', color: 'oklch(80% 0.15 85)' },
    { name: 'Hostile', color: 'red; background: url(https://example.org/x)' },
  ],
  speakers: [
    { id: 'ana', name: 'Ana Núñez', tagline: 'Developer at Ciudadano Inteligente' },
    { id: 'tom', name: 'Tom Steinberg', organization: 'mySociety' },
  ],
  sessions: [
    {
      id: 'a',
      title: 'Open data in parliaments',
      start: '2014-04-29T10:00',
      end: '2014-04-29T11:00',
      room: 'Red room',
      track: 'Open data',
      speakers: ['ana'],
    },
    {
      id: 'b',
      title: 'Bills as data',
      start: '2014-04-29T10:00',
      end: '2014-04-29T11:00',
      room: 'Grey room',
      track: 'Parliaments',
      speakers: ['tom', 'ana'],
    },
    {
      id: 'c',
      title: 'Growing a community of volunteers',
      start: '2014-04-29T11:00',
      end: '2014-04-29T12:00',
      room: 'Red room',
      track: 'Community',
    },
    { id: 'd', title: 'A colour that is not one', start: '2014-04-29T11:00', end: '2014-04-29T12:00', room: 'Grey room', track: 'Hostile' },
    { id: 'e', title: 'Lunch', start: '2014-04-29T12:00', kind: 'break' },
  ],
};

/**
 * Track colours from the data (`tracks: [{ name, color }]`), shown as a mark beside the track's name and on
 * the card's edge; a value that is not a CSS colour is ignored. With `speaker-href`, speakers with an id link
 * to their page; the page can cancel `poplus-speaker-select` to show the person without a page load.
 */
export const TrackColoursAndSpeakers: Story = {
  args: { view: 'grid' },
  render: (args) => html`<poplus-session-list
    view=${args.view ?? nothing}
    speaker-href="#people/{id}"
    @poplus-speaker-select=${(e: Event) => e.preventDefault()}
    .sessions=${colouredProgramme}
  ></poplus-session-list>`,
};

/** The same programme in Arabic, right to left, in the grid: the layout mirrors and times read from the right. */
export const TrackColoursArabic: Story = {
  ...TrackColoursAndSpeakers,
  decorators: [(story) => html`<div lang="ar" dir="rtl">${story()}</div>`],
};

/** A search whose matches are all on another day: the day shown says so, and offers to go there. */
export const MatchesOnAnotherDay: Story = {
  render: () => html`<poplus-session-list
    time-zone="America/Santiago"
    .sessions=${{ ...colouredProgramme, sessions: [...colouredProgramme.sessions, { id: 'f', title: 'Mapping money in politics', start: '2014-04-30T10:00' }, { id: 'g', title: 'Mapping votes', start: '2014-04-30T11:00' }] }}
  ></poplus-session-list>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('poplus-session-list')!;
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'mapping';
    input.dispatchEvent(new Event('input'));
  },
};

/** frab `schedule.xml` as pretalx writes it: 38C3, track colours, talks after midnight kept on their evening. */
export const FrabXml: Story = { args: { src: '/fixtures/frab-38c3.xml', 'time-zone': undefined, 'heading-level': 3 } };

/** frab XML traps: no `<date>`, day bounds in UTC, a 26-hour hackathon, escaped HTML shown as text (Kolkata). */
export const FrabXmlTraps: Story = { args: { src: '/fixtures/frab-traps-kolkata.xml', 'time-zone': undefined } };

/** Sessionize "All Data" (DDD Melbourne 2024): times carry no zone, so `time-zone` gives it. */
export const Sessionize: Story = { args: { src: '/fixtures/sessionize-dddmelbourne-2024.json', 'time-zone': 'Australia/Melbourne' } };

/** The pretalx schedule widget's JSON (JCConf Taiwan 2025): rooms and tracks by id, names per language. */
export const PretalxWidget: Story = { args: { src: '/fixtures/pretalx-jcconf-2025.json', 'time-zone': undefined } };

/** iCalendar as feeds write it: `TZID=Europe/Paris` without `VTIMEZONE` in a Santiago calendar, quoted-printable, HTML. */
export const ICalendarFeedTraps: Story = { args: { src: '/fixtures/ical-traps.ics', 'time-zone': undefined } };

/** A real camp feed (MOCA 2024): UTC times, speakers named in `ORGANIZER`, one UID for many events. */
export const ICalendarCampFeed: Story = { args: { src: '/fixtures/ical-moca-2024.ics', 'time-zone': 'Europe/Rome' } };

/** Inline frab XML with no zone of its own: the page's `time-zone` attribute places its wall-clock times. */
export const FrabXmlInline: Story = {
  render: () => html`<poplus-session-list time-zone="Europe/Berlin" format="frab-xml">
    <script type="application/xml">
      <schedule>
        <conference><title>Community Data Day</title></conference>
        <day date="2011-12-27" index="1">
          <room name="Saal 1">
            <event id="4816"><start>16:00</start><duration>01:00</duration><title>Open budgets</title></event>
            <event id="4817"><start>00:30</start><duration>00:45</duration><title>Midnight lightning talks</title></event>
          </room>
        </day>
      </schedule>
    </script>
  </poplus-session-list>`,
};
