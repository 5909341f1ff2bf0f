/**
 * Random inputs in the shapes of the real formats: each field usually plausible, often hostile, sometimes
 * missing; lists ragged, references dangling. Text formats (CSV, iCalendar, YAML) are written out here, so
 * that their syntax is random too.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { codeOnlyValue, field, hostileText, hostileValue, jsonNumber, objectOf, record, urlArb } from './hostile.js';

const name = fc.constantFrom('Ana Núñez', 'Tom Steinberg', 'محمد الأحمد', '李明', 'Zoë', 'O\'Brien, "Pat"', 'Ana');
const country = fc.constantFrom('CL', 'GB', 'gb', 'Chile', 'XK', 'ZZ', '', 'AR ', 'South Africa');
const org = fc.constantFrom('mySociety', 'Ciudadano Inteligente', 'Sinar Project', 'g0v', '=HYPERLINK("x")');
const langMap = fc.dictionary(fc.constantFrom('en', 'es', 'ar', 'zh-Hant', 'EN-gb', 'und', 'not a tag', '__proto__'), hostileText, {
  maxKeys: 3,
});
const text = (...plausible: fc.Arbitrary<unknown>[]) => field(...plausible, hostileText, langMap);

// ── participants ──

export const participantRecord = record({
  name: text(name),
  sort_name: text(name),
  organization: text(org, fc.array(org, { maxLength: 3 })),
  organisation: text(org),
  role: text(fc.constantFrom('Director', 'MP', 'Senator')),
  country: text(country),
  email: field(fc.constantFrom('ana@example.org', 'not an email'), urlArb),
  url: field(urlArb),
  website: field(urlArb),
  image: field(urlArb),
  id: field(fc.string({ maxLength: 6 }), jsonNumber),
  party: text(org),
  area: text(fc.constantFrom('Santiago', 'Kuala Lumpur')),
});

/** Participant records: a list (with stray non-objects), under a usual key, or not a list at all. */
export const participantRecords: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.array(fc.oneof({ weight: 5, arbitrary: participantRecord }, { weight: 1, arbitrary: hostileValue }), { maxLength: 8 }),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom('participants', 'people', 'data', 'rows', 'records'), fc.array(participantRecord, { maxLength: 6 }))
      .map(([key, list]) => objectOf([[key, list]])),
  },
  { weight: 1, arbitrary: hostileValue },
);

const popoloId = fc.constantFrom('p1', 'p2', 'o1', 'o2', 'a1', 'missing', '', 'person/1');
const popoloRef = field(popoloId);
const contact = record({ type: field(fc.constantFrom('email', 'phone', 'twitter')), value: text(fc.constantFrom('ana@example.org')) });
const link = record({ url: field(urlArb), note: text() });

export const popoloPerson = record({
  id: popoloRef,
  name: text(name),
  sort_name: text(name),
  given_name: text(name),
  given_names: text(name),
  family_name: text(name),
  other_names: field(fc.array(record({ name: text(name), note: text() }), { maxLength: 2 })),
  email: field(urlArb),
  image: field(urlArb),
  national_identity: text(country),
  contact_details: field(fc.array(contact, { maxLength: 2 })),
  links: field(fc.array(link, { maxLength: 2 })),
  memberships: field(fc.array(fc.constant(null), { maxLength: 1 })),
});

const popoloMembership = record({
  person_id: popoloRef,
  organization_id: popoloRef,
  on_behalf_of_id: popoloRef,
  post_id: popoloRef,
  area_id: popoloRef,
  role: text(fc.constantFrom('member', 'MP')),
  person: field(record({ id: popoloRef })),
  organization: field(record({ name: text(org) })),
});

const popoloOrganization = record({
  id: popoloRef,
  name: text(org),
  classification: text(fc.constantFrom('party', 'legislature')),
  parent_id: popoloRef,
  area_id: popoloRef,
  image: field(urlArb),
  founding_date: field(fc.constantFrom('1999', 'not a date')),
});

/** A Popolo export (persons, organisations, memberships with dangling ids), or a PopIt `{result: …}` answer. */
export const popolo: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 5,
    arbitrary: record({
      persons: field(fc.array(fc.oneof({ weight: 5, arbitrary: popoloPerson }, { weight: 1, arbitrary: hostileValue }), { maxLength: 6 })),
      organizations: field(fc.array(popoloOrganization, { maxLength: 4 })),
      memberships: field(fc.array(popoloMembership, { maxLength: 6 })),
      areas: field(fc.array(record({ id: popoloRef, name: text(country) }), { maxLength: 2 })),
      posts: field(fc.array(record({ id: popoloRef, label: text(), organization_id: popoloRef }), { maxLength: 2 })),
    }).map((value) => ({ persons: [], ...value })),
  },
  {
    weight: 1,
    arbitrary: fc
      .oneof(fc.array(fc.oneof(popoloPerson, popoloOrganization), { maxLength: 4 }), popoloPerson, hostileValue)
      .map((result) => ({ result })),
  },
  { weight: 1, arbitrary: fc.array(popoloOrganization, { maxLength: 4 }).map((organizations) => ({ organizations })) },
);

const csvCell = fc.oneof(hostileText, name, country, org, fc.constant(''));

/** CSV text: any separator and line ending, a header with empty and repeated cells, ragged rows, good and broken quoting, a BOM. */
export const csvText: fc.Arbitrary<string> = fc
  .record({
    bom: fc.boolean(),
    separator: fc.constantFrom(',', ';', '\t', '|'),
    newline: fc.constantFrom('\n', '\r\n', '\r'),
    header: fc.array(
      fc.oneof(
        fc.constantFrom('name', 'country', 'organization', 'url', 'email', 'image', '', ' ', 'name', '__proto__', 'constructor'),
        hostileText,
      ),
      {
        minLength: 0,
        maxLength: 7,
      },
    ),
    rows: fc.array(fc.array(csvCell, { maxLength: 9 }), { maxLength: 8 }),
    quoting: fc.constantFrom('needed', 'always', 'never', 'broken'),
    trailing: fc.constantFrom('', '\n', '\n\n', '\n,,,\n'),
  })
  .map(({ bom, separator, newline, header, rows, quoting, trailing }) => {
    const cell = (value: string, i: number) => {
      const needs = /["\r\n]/.test(value) || value.includes(separator);
      if (quoting === 'never') return value;
      if (quoting === 'broken' && i === 0) return `"${value}`;
      return quoting === 'always' || needs ? `"${value.replace(/"/g, '""')}"` : value;
    };
    const line = (cells: string[]) => cells.map(cell).join(separator);
    return (bom ? '\ufeff' : '') + [header, ...rows].map(line).join(newline) + trailing;
  });

// ── schedules ──

const isoTime = fc.constantFrom(
  '2014-04-29T11:00:00-04:00',
  '2014-04-29T12:30:00Z',
  '2014-04-29T09:00',
  '2014-04-29T23:30:00',
  '2014-04-30',
  '2014-04-29T25:00:00',
  '2014-02-30T10:00:00Z',
  '29/04/2014 10:00',
  '+275760-09-13T00:00:00Z',
  '-000001-01-01T00:00:00Z',
  '2014-04-29T11:00:00+14:00',
  '2014-04-29T11:00:00-12:00',
  'T11:00',
  '',
);
const timeArb = fc.oneof(
  { weight: 4, arbitrary: isoTime },
  { weight: 1, arbitrary: fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true }).map((d) => d.toISOString()) },
  { weight: 1, arbitrary: jsonNumber },
);
const zone = fc.constantFrom('America/Santiago', 'Asia/Kuala_Lumpur', 'UTC', 'Etc/GMT+12', 'Pacific/Kiritimati', 'Mars/Olympus', '', 'utc');

const speaker = fc.oneof(
  name,
  record({
    name: text(name),
    id: field(fc.string({ maxLength: 4 })),
    url: field(urlArb),
    image: field(urlArb),
    bio: text(),
    tagline: text(),
  }),
);
const scheduleLink = record({ title: text(), url: field(urlArb) });

export const scheduleSession = record({
  id: field(fc.constantFrom('s1', 's2', 's1', 'a b/c', '<x>'), jsonNumber),
  title: text(fc.constantFrom('Opening', 'Keynote', 'Lunch')),
  start: field(timeArb),
  end: field(timeArb),
  day: field(fc.constantFrom('2014-04-29', '2014-04-30', '2014-4-29', 'tomorrow')),
  room: text(fc.constantFrom('Red room', 'Blue room')),
  track: text(fc.constantFrom('Tech', 'Policy')),
  kind: text(fc.constantFrom('talk', 'break', 'workshop', 'Kind With Spaces', '<b>')),
  speakers: field(fc.array(speaker, { maxLength: 3 })),
  description: text(fc.constantFrom('Line one\n\nLine two')),
  url: field(urlArb),
  links: field(fc.array(scheduleLink, { maxLength: 2 })),
});

export const scheduleEvent = record({
  id: field(fc.constantFrom('popluscon-2014', 'x')),
  name: text(fc.constantFrom('PoplusCon 2014')),
  timeZone: field(zone),
  start: field(timeArb),
  end: field(timeArb),
  url: field(urlArb),
});

/** The Poplus schedule JSON: an event and sessions (every field of every JSON type), a bare array, or neither. */
export const scheduleJson: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 6,
    arbitrary: record({
      event: field(scheduleEvent),
      sessions: field(
        fc.array(fc.oneof({ weight: 6, arbitrary: scheduleSession }, { weight: 1, arbitrary: hostileValue }), { maxLength: 8 }),
      ),
      tracks: field(
        fc.array(record({ name: text(), color: field(fc.constantFrom('#f00', 'red', 'url(javascript:x)', 'expression(x)')) }), {
          maxLength: 2,
        }),
      ),
      speakers: field(fc.array(speaker, { maxLength: 2 })),
    }).map((value) => ({ sessions: [], ...value })),
  },
  { weight: 2, arbitrary: fc.array(scheduleSession, { maxLength: 6 }) },
  { weight: 1, arbitrary: hostileValue },
);

const frabTalk = record({
  guid: field(fc.uuid()),
  id: field(fc.integer({ min: 0, max: 99 })),
  date: field(fc.constantFrom('2019-08-21T11:00:00+02:00', '2019-08-21T11:00:00', 'yesterday'), timeArb),
  start: field(fc.constantFrom('11:00', '23:59', '25:61', '')),
  duration: field(fc.constantFrom('00:30', '01:00:00', '999:59', '-1:00', 'PT1H', '')),
  room: text(fc.constantFrom('Room A')),
  title: text(fc.constantFrom('A talk')),
  subtitle: text(),
  track: text(),
  type: text(fc.constantFrom('lecture', 'workshop')),
  abstract: text(),
  description: text(),
  persons: field(
    fc.array(fc.oneof(name, record({ public_name: text(name), name: text(name), guid: field(fc.uuid()), url: field(urlArb) })), {
      maxLength: 3,
    }),
  ),
  links: field(fc.array(fc.oneof(urlArb, scheduleLink), { maxLength: 2 })),
  url: field(urlArb),
});

const frabDay = record({
  index: field(fc.integer({ min: 0, max: 4 })),
  date: field(fc.constantFrom('2019-08-21', '2019-08-22', 'not a date')),
  rooms: field(
    fc.dictionary(
      fc.oneof(fc.constantFrom('Room A', 'Room B', '__proto__', ''), hostileText),
      fc.oneof(fc.array(frabTalk, { maxLength: 3 }), hostileValue),
      {
        maxKeys: 3,
      },
    ),
  ),
});

/** A frab / pretalx `schedule.json`. */
export const frabJson: fc.Arbitrary<unknown> = record({
  version: field(fc.constant('1.0')),
  base_url: field(urlArb),
  conference: field(
    record({
      acronym: field(fc.constantFrom('camp2019')),
      title: text(fc.constantFrom('Chaos Communication Camp')),
      start: field(timeArb),
      end: field(timeArb),
      time_zone_name: field(zone),
      url: field(urlArb),
      days: field(fc.array(frabDay, { maxLength: 3 })),
    }),
  ),
}).map((schedule) => ({ schedule: { conference: {}, ...schedule } }));

// ── iCalendar ──

/** iCalendar text escaping of a value (RFC 5545 §3.3.11), or none at all. */
const escapeIcal = (value: string, escape: boolean) =>
  escape
    ? value
        .replace(/\\/g, '\\\\')
        .replace(/[;,]/g, (c) => `\\${c}`)
        .replace(/\r?\n/g, '\\n')
    : value;

const dtstart = fc.constantFrom(
  'DTSTART:20240506T090000Z',
  'DTSTART;TZID=Europe/Berlin:20240506T090000',
  'DTSTART;TZID=America/Santiago:20240506T090000',
  'DTSTART;TZID=Nowhere/Special:20240506T090000',
  'DTSTART:20240506T090000',
  'DTSTART;VALUE=DATE:20240506',
  'DTSTART:2024-13-45',
  'DTSTART:garbage',
  'DTSTART;VALUE=DATE:20240230',
  'DTSTART:99991231T235959Z',
  'DTSTART:',
);
const dtend = fc.constantFrom(
  'DTEND:20240506T100000Z',
  'DTEND;TZID=Europe/Berlin:20240506T100000',
  'DURATION:PT45M',
  'DURATION:-PT1H',
  'DURATION:P999W',
  'DTEND:nope',
  'DTEND:20240506T080000Z',
);
const rrule = fc.constantFrom(
  'RRULE:FREQ=DAILY;COUNT=3',
  'RRULE:FREQ=WEEKLY;UNTIL=20240601T000000Z',
  'RRULE:FREQ=DAILY',
  'RRULE:FREQ=HOURLY',
  'RRULE:FREQ=MINUTELY;INTERVAL=1',
  'RRULE:FREQ=YEARLY;COUNT=100000',
  'RRULE:FREQ=BOGUS',
  'RRULE:FREQ=DAILY;COUNT=-1',
  'RRULE:FREQ=DAILY;UNTIL=garbage',
  'RRULE:',
);
const exdate = fc.constantFrom(
  'EXDATE:20240507T090000Z',
  'EXDATE;TZID=Europe/Berlin:20240507T090000,20240508T090000',
  'EXDATE:bad',
  'RDATE:20240601T090000Z',
);

/** A value one time in `odds`, else nothing. */
const sometimes = <T>(arb: fc.Arbitrary<T>, odds: number) =>
  fc.oneof({ weight: odds - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });

const vevent = fc
  .record({
    uid: fc.option(fc.constantFrom('a@x', 'b@x', 'a@x', ''), { nil: undefined }),
    summary: fc.option(hostileText, { nil: undefined }),
    escape: fc.boolean(),
    start: fc.option(dtstart, { nil: undefined }),
    end: fc.option(dtend, { nil: undefined }),
    rrule: sometimes(rrule, 4),
    exdate: sometimes(exdate, 4),
    recurrenceId: sometimes(fc.constantFrom('RECURRENCE-ID:20240507T090000Z', 'RECURRENCE-ID:bad'), 6),
    location: fc.option(hostileText, { nil: undefined }),
    description: fc.option(hostileText, { nil: undefined }),
    url: fc.option(urlArb, { nil: undefined }),
    categories: fc.option(hostileText, { nil: undefined }),
    unclosed: fc.boolean(),
  })
  .map((e) => {
    const lines = ['BEGIN:VEVENT'];
    if (e.uid !== undefined) lines.push(`UID:${e.uid}`);
    if (e.summary !== undefined) lines.push(`SUMMARY:${escapeIcal(e.summary, e.escape)}`);
    for (const line of [e.start, e.end, e.rrule, e.exdate, e.recurrenceId]) if (line) lines.push(line);
    if (e.location !== undefined) lines.push(`LOCATION:${escapeIcal(e.location, e.escape)}`);
    if (e.description !== undefined) lines.push(`DESCRIPTION:${escapeIcal(e.description, e.escape)}`);
    if (e.url !== undefined) lines.push(`URL:${e.url}`);
    if (e.categories !== undefined) lines.push(`CATEGORIES:${escapeIcal(e.categories, e.escape)}`);
    if (!e.unclosed || lines.length % 5) lines.push('END:VEVENT');
    return lines;
  });

const vtimezone = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'BEGIN:STANDARD',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
];

/** An iCalendar file: structured VEVENTs with every DTSTART form, zones defined or not, recurrences with and without end, exceptions, bad dates, folded lines, a missing end. */
export const icalText: fc.Arbitrary<string> = fc
  .record({
    events: fc.array(vevent, { maxLength: 5 }),
    zone: fc.boolean(),
    calendarZone: fc.option(zone, { nil: undefined }),
    name: fc.option(hostileText, { nil: undefined }),
    newline: fc.constantFrom('\r\n', '\n'),
    fold: fc.boolean(),
    end: fc.constantFrom('END:VCALENDAR', '', 'END:VEVENT'),
    prefix: fc.constantFrom('', '\ufeff', ' \r\n'),
  })
  .map(({ events, zone: withZone, calendarZone, name: calendarName, newline, fold, end, prefix }) => {
    const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//fuzz//EN'];
    if (calendarZone !== undefined) lines.push(`X-WR-TIMEZONE:${calendarZone}`);
    if (calendarName !== undefined) lines.push(`X-WR-CALNAME:${escapeIcal(calendarName, true)}`);
    if (withZone) lines.push(...vtimezone);
    for (const e of events) lines.push(...e);
    if (end) lines.push(end);
    const folded = fold ? lines.map((l) => (l.length > 60 ? `${l.slice(0, 60)}${newline} ${l.slice(60)}` : l)) : lines;
    return prefix + folded.join(newline);
  });

// ── components ──

const status = fc.constantFrom('stable', 'beta', 'Alpha', 'concept', 'development', 'obsolete', 'unmaintained', 'STABLE');
const spdx = fc.constantFrom('MIT', 'AGPL-3.0-only', 'MIT OR Apache-2.0', 'javascript:alert(1)', 'Proprietary');
const words = fc.array(fc.oneof(fc.constantFrom('Python', 'Django', 'PostGIS'), hostileText), { maxLength: 4 });

/** A component in the library's own JSON format. */
export const componentJson = record({
  id: field(fc.constantFrom('mapit')),
  name: text(fc.constantFrom('MapIt', 'WriteIt')),
  lang: field(fc.constantFrom('en', 'es', 'ar', 'xx-invalid-', '')),
  tagline: text(),
  description: text(fc.constantFrom('First.\n\nSecond paragraph.')),
  problem: text(),
  organisation: text(org),
  organisationUrl: field(urlArb),
  status: field(status),
  license: field(spdx),
  licenseUrl: field(urlArb),
  platforms: field(words),
  tags: field(words),
  sdgs: field(fc.array(fc.oneof(fc.integer({ min: -2, max: 20 }), fc.constantFrom('16', 'SDG 16', 16.5)), { maxLength: 4 })),
  dpgStage: field(fc.constantFrom('dpg', 'nominee', 'DPG')),
  countries: field(fc.array(fc.oneof(country, hostileText), { maxLength: 4 })),
  languages: field(fc.array(fc.constantFrom('en', 'es', 'zz', 'not-a-language', '<b>'), { maxLength: 3 })),
  usedBy: field(fc.array(fc.oneof(name, record({ name: text(name), url: field(urlArb), country: field(country) })), { maxLength: 3 })),
  links: field(record({ code: field(urlArb), website: field(urlArb), docs: field(urlArb), demo: field(urlArb) })),
  landingUrl: field(urlArb),
  criteria: field(
    record({
      civic: field(fc.boolean()),
      singleProblem: field(fc.boolean()),
      openSource: field(fc.constantFrom('yes', 1)),
      documentedApi: field(fc.boolean()),
    }),
  ),
});

/** An entry of Poplus's `components.json`. */
export const poplusEntry = record({
  id: field(fc.constantFrom('writeit')),
  name: text(fc.constantFrom('WriteIt')),
  tagline: text(),
  tagline_i18n: field(langMap),
  summary: text(),
  summary_i18n: field(langMap),
  owner: text(org),
  owner_i18n: field(langMap),
  repo: field(urlArb),
  website: field(urlArb),
  docs: field(urlArb),
  demo: field(urlArb),
  stack: field(words),
  status: field(status),
  status_history: field(
    fc.array(record({ status: text(fc.constantFrom('No longer in active development')), date: field(timeArb) }), { maxLength: 2 }),
  ),
  examples: field(fc.array(record({ name: text(name), url: field(urlArb), country: field(country) }), { maxLength: 3 })),
  criteria: field(record({ civic: field(fc.boolean()) })),
  license: field(spdx),
}).map((entry) => ({ owner: 'mySociety', ...entry }));

/** A Digital Public Goods registry record. */
export const dpgRecord = record({
  name: text(fc.constantFrom('CONSUL')),
  description: text(),
  website: field(urlArb),
  repositoryURL: field(urlArb),
  repositories: field(fc.array(record({ name: text(), url: field(urlArb) }), { maxLength: 2 })),
  license: field(spdx, fc.array(record({ spdx: field(spdx), licenseURL: field(urlArb) }), { maxLength: 2 })),
  openlicenses: field(fc.array(record({ openLicense: field(spdx), licenseURL: field(urlArb) }), { maxLength: 2 })),
  SDGs: field(
    fc.array(fc.oneof(record({ SDGNumber: field(fc.integer({ min: -1, max: 20 })), evidenceText: text() }), fc.integer()), {
      maxLength: 3,
    }),
  ),
  sdgs: field(record({ sdg: field(fc.array(fc.integer(), { maxLength: 2 })) })),
  sectors: field(words),
  stage: field(fc.constantFrom('DPG', 'nominee', 'candidate')),
  organizations: field(
    fc.array(record({ name: text(org), website: field(urlArb), org_type: field(fc.constantFrom('owner', 'funder')) }), { maxLength: 2 }),
  ),
  locations: field(record({ deploymentCountries: field(fc.array(fc.oneof(country, hostileText), { maxLength: 3 })) })),
}).map((dpg) => ({ stage: 'DPG', ...dpg }));

/** A parsed `publiccode.yml` document. */
export const publiccodeDoc = record({
  publiccodeYmlVersion: field(fc.constantFrom('0.2', '0.4', '0.5')),
  name: text(fc.constantFrom('MUCGPT')),
  url: field(urlArb),
  landingURL: field(urlArb),
  developmentStatus: field(status),
  platforms: field(words),
  categories: field(words),
  legal: field(record({ license: field(spdx), mainCopyrightOwner: text(org), repoOwner: text(org) })),
  maintenance: field(record({ contractors: field(fc.array(record({ name: text(org) }), { maxLength: 2 })) })),
  intendedAudience: field(record({ countries: field(fc.array(country, { maxLength: 3 })) })),
  localisation: field(record({ availableLanguages: field(fc.array(fc.constantFrom('en', 'it', 'de'), { maxLength: 3 })) })),
  usedBy: field(fc.array(name, { maxLength: 2 })),
  description: field(
    fc.dictionary(
      fc.constantFrom('en', 'it', 'de', 'xx', '__proto__'),
      record({ shortDescription: text(), longDescription: text(fc.constantFrom('# Title\n\nBody')), documentation: field(urlArb) }),
      { maxKeys: 3 },
    ),
  ),
}).map((doc) => ({ publiccodeYmlVersion: '0.4', ...doc }));

/** Malformed or hostile YAML text: unclosed quotes, tabs, alias bombs, custom tags, duplicate keys, deep nesting. */
export const badYaml = fc.constantFrom(
  'publiccodeYmlVersion: "0.4\nname: x',
  'publiccodeYmlVersion: 0.4\n\tname: tab',
  'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\npubliccodeYmlVersion: "0.4"\nname: [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'publiccodeYmlVersion: "0.4"\nname: !!js/function "function(){}"',
  'publiccodeYmlVersion: "0.4"\nname: a\nname: b',
  'publiccodeYmlVersion: "0.4"\nname: ' + '['.repeat(200) + ']'.repeat(200),
  '- just\n- a\n- list',
  '--- !<tag:yaml.org,2002:binary> aGVsbG8=',
  '%YAML 9.9\n---\nname: x',
  'publiccodeYmlVersion: "0.4"\n__proto__: {polluted: 1}\nname: x',
  '',
  '\ufeff',
  ': : :',
  'publiccodeYmlVersion: "0.4"\nname: *undefined_alias',
);

/** YAML text of a random publiccode.yml document, or malformed YAML. */
export const publiccodeYaml: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: publiccodeDoc.map((doc) => stringify(doc)) },
  { weight: 1, arbitrary: badYaml },
);

/** Values code may set as a data property: a format's shape, now and then with what JSON cannot carry. */
export const withCodeValues = (shape: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 9, arbitrary: shape }, { weight: 1, arbitrary: codeOnlyValue });
