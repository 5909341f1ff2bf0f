import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/participant-table/participant-table.js';

type Args = {
  src?: string;
  format?: string;
  columns?: string;
  sort?: string;
  query?: string;
  facets?: string;
  filters?: string;
  'group-by'?: string;
  'filter-country'?: string;
  caption?: string;
  'export-button'?: boolean;
  'page-size'?: number;
};

/** The participant table on real data: PoplusCon's Popolo export, EveryPolitician CSVs, the demo organisations. */
const meta: Meta<Args> = {
  title: 'Elements/Participant table',
  component: 'poplus-participant-table',
  args: { src: '/demo/data/popolo-fixture.json', sort: 'name' },
  render: (args) => html`<poplus-participant-table
    src=${args.src ?? nothing}
    format=${args.format ?? nothing}
    columns=${args.columns ?? nothing}
    sort=${args.sort ?? nothing}
    query=${args.query ?? nothing}
    facets=${args.facets ?? nothing}
    filters=${args.filters ?? nothing}
    group-by=${args['group-by'] ?? nothing}
    filter-country=${args['filter-country'] ?? nothing}
    caption=${args.caption ?? nothing}
    page-size=${args['page-size'] ?? nothing}
    ?export-button=${args['export-button']}
  ></poplus-participant-table>`,
};
export default meta;
type Story = StoryObj<Args>;

/** PoplusCon 2014 as a Popolo export: people, their organisations through memberships, the country from the area. */
export const Popolo: Story = {};

/** The organisations named on poplus.org, as on the demo page. */
export const Organisations: Story = {
  args: {
    src: '/demo/data/organisations.json',
    columns: 'name country roles url',
    caption: 'Organisations named on poplus.org',
    'export-button': true,
  },
};

/** An EveryPolitician CSV export (Malaysia's Dewan Rakyat, 13th term): 221 members. */
export const Csv: Story = {
  args: { src: '/fixtures/ep-malaysia-dewan_rakyat-term13.csv', columns: 'name group area', sort: 'name' },
};

/** A page of 20 members at a time, in Malay, with page buttons instead of one long scrolling list. */
export const Paged: Story = {
  args: { src: '/fixtures/ep-malaysia-dewan_rakyat-term13.csv', columns: 'name group area', sort: 'name', 'page-size': 20 },
  decorators: [(story) => html`<div lang="ms">${story()}</div>`],
};

/** Taiwan's Legislative Yuan grouped by party, names sorted by `sort_name`. */
export const Grouped: Story = {
  args: { src: '/fixtures/ep-taiwan-legislative_yuan-term9.csv', columns: 'name group area', 'group-by': 'group' },
};

/** An EveryPolitician Popolo file (Parliament of Nauru): one row per member with party, constituency and terms
 * from the memberships, a photo and a Wikidata link from the identifiers; the term is a facet. */
export const EveryPoliticianPopolo: Story = {
  args: {
    src: '/fixtures/ep-nauru-parliament-popolo.json',
    columns: 'image name party area term wikidata',
    facets: 'party term',
    sort: 'name',
  },
};

/** Wikidata query results (SPARQL JSON, members of the German Bundesrat): the query's variables are the columns,
 * entity addresses become links. */
export const WikidataQuery: Story = { args: { src: '/fixtures/wikidata-bundesrat-members.json', sort: undefined } };

/** The speakers of a programme (38C3's frab `schedule.xml`) as people, with their sessions: the same file the
 * session list reads. */
export const ProgrammeSpeakers: Story = {
  args: { src: '/demo/data/38c3-schedule.xml', format: 'speakers', sort: 'name', caption: '38C3 speakers' },
};

/** Searched and filtered from attributes. */
export const Filtered: Story = {
  args: { src: '/fixtures/ep-malaysia-dewan_rakyat-term13.csv', columns: 'name group area', query: 'sarawak' },
};

const GIVEN = ['José', 'María', 'Zoë', 'Søren', 'Ana', 'Ngozi', 'João', '美玲', '翔太', 'محمد', 'فاطمة', 'Ольга'];
const FAMILY = ['Álvarez', 'Núñez', 'Müller', 'Szyszlican', 'Öztürk', 'García', 'Dvořák', '李', '佐藤', 'الحسن', 'Иванова'];
const COUNTRIES = ['CL', 'AR', 'MX', 'GB', 'BR', 'MA', 'TW', 'MY', 'IT', 'UY', 'KE', 'JP'];
const ROLES = ['Developer', 'Designer', 'Researcher', 'Director', 'Journalist'];
/** `n` synthetic participants in 3,000 organisations (a few with no role or country). */
const people = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    name: `${GIVEN[i % GIVEN.length]} ${String.fromCharCode(65 + ((i * 7) % 26))}. ${FAMILY[(i * 13) % FAMILY.length]}`,
    organization: `Civic lab ${(i * 31) % 3000}`,
    country: i % 17 ? COUNTRIES[(i * 17) % COUNTRIES.length] : undefined,
    role: i % 11 ? ROLES[i % ROLES.length] : undefined,
  }));
const many = people(100_000);

/** 100,000 rows: only the rows in view are in the DOM, in a box cut to whole rows; the row count still reaches
 * assistive technology. The first screen reads only its own rows; sorting and search indexes are built while
 * the page is idle. The organisation filter, with 3,000 values, is a searchable combobox. */
export const HundredThousandRows: Story = {
  render: () => html`<poplus-participant-table .participants=${many}></poplus-participant-table>`,
};

/** A box of 20rem set by the host page (`--poplus-table-max-height`): cut to whole rows. */
export const HostHeight: Story = {
  render: () =>
    html`<poplus-participant-table class="short" .participants=${many.slice(0, 2000)}></poplus-participant-table>
      <style>
        .short {
          --poplus-table-max-height: 20rem;
        }
      </style>`,
};

/** Facets on any field: role, country and organisation, each with a "Not given" choice for rows without a value. */
export const Facets: Story = {
  render: () =>
    html`<poplus-participant-table facets="role country" filters='{"role": "Researcher"}' .participants=${people(600)}></poplus-participant-table>`,
};

/** A facet with many values (3,000 organisations) is a combobox: type to narrow, ↓/↑ and Enter to pick, Escape to close. */
export const Combobox: Story = {
  render: () => html`<poplus-participant-table facets="organization" .participants=${people(6000)}></poplus-participant-table>`,
};

/** Records that are not objects are left out, and the table says how many; null, number, list and object fields show as text. */
export const BadRecords: Story = {
  render: () =>
    html`<poplus-participant-table
      columns="name country organization role"
      .participants=${[{ name: null, country: 7, organization: ['a'], role: { x: 1 } }, { name: 'Ana', country: null }, 3, 'x', null]}
    ></poplus-participant-table>`,
};

/** Data that holds no list: the translated error state. */
export const NothingUsable: Story = {
  render: () => html`<div lang="es"><poplus-participant-table .participants=${{ title: 'no list here' }}></poplus-participant-table></div>`,
};

/** Arabic, right to left: labels, country names, separators and sorting in Arabic. */
export const ArabicRtl: Story = {
  args: { sort: 'country' },
  decorators: [(story) => html`<div lang="ar" dir="rtl">${story()}</div>`],
};

/** Arabic with 100,000 rows and a combobox facet, right to left. */
export const ArabicLarge: Story = {
  render: () => html`<div lang="ar" dir="rtl"><poplus-participant-table .participants=${many}></poplus-participant-table></div>`,
};

/** Spanish: "Álvarez" sorts with the A's. */
export const Spanish: Story = {
  decorators: [(story) => html`<div lang="es">${story()}</div>`],
};

/** A plain table inside the element is its data: the page shows a table before (or without) JavaScript. */
export const ProgressiveEnhancement: Story = {
  render: () => html`<poplus-participant-table sort="name">
    <table>
      <thead><tr><th>Name</th><th>Organisation</th><th>Country</th></tr></thead>
      <tbody>
        <tr><td>Tom Steinberg</td><td>mySociety</td><td>GB</td></tr>
        <tr><td>Felipe Heusser</td><td>Fundación Ciudadano Inteligente</td><td>CL</td></tr>
        <tr><td>Martín Szyszlican</td><td>Congreso Interactivo</td><td>AR</td></tr>
      </tbody>
    </table>
  </poplus-participant-table>`,
};

/** A URL that answers 404: the error state, with a retry button. */
export const LoadError: Story = { args: { src: '/demo/data/no-such-file.json' } };

/** An empty list. */
export const Empty: Story = { render: () => html`<poplus-participant-table .participants=${[]}></poplus-participant-table>` };

/** Loading: a server that never answers (the load gives up after 30 seconds with the timeout error). */
export const Loading: Story = { args: { src: 'http://10.255.255.1/participants.json' } };
