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
