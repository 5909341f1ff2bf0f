import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { adaptComponent, readComponent, STATUSES, type ComponentModel } from '../../src/data/component.js';
import { DataReadError } from '../../src/data/errors.js';
import { adaptParticipants, readParticipants, toCell, type ParticipantData } from '../../src/data/participants.js';
import { adaptSchedule, readSchedule, type Schedule } from '../../src/data/schedule.js';
import { asLocalized, asText, asTexts, fold, isObject, localizedText } from '../../src/shared/text.js';
import { safeUrl } from '../../src/shared/url.js';
import { hostileValue } from './hostile.js';
import {
  componentJson,
  csvText,
  dpgRecord,
  frabJson,
  icalText,
  participantRecords,
  popolo,
  poplusEntry,
  publiccodeDoc,
  publiccodeYaml,
  scheduleJson,
  withCodeValues,
} from './shapes.js';
import { check, timeFor } from './harness.js';

/** What a reader may do with any input: give a model, or refuse it with a `DataReadError` (never any other error). */
async function outcome<T>(read: () => T | Promise<T>): Promise<T | DataReadError> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof DataReadError) return e;
    throw new Error(`threw ${String(e)} instead of a DataReadError`, { cause: e });
  }
}

const isText = (t: unknown) => typeof t === 'string' || (isObject(t) && Object.values(t).every((v) => typeof v === 'string' && v !== ''));

/** The participant model's promises: unique non-empty field names, cells of texts, a count of skipped rows. */
function expectParticipants(data: ParticipantData | DataReadError): void {
  if (data instanceof DataReadError) return;
  expect(new Set(data.fields).size, 'unique fields').to.equal(data.fields.length);
  expect(
    data.fields.every((f) => typeof f === 'string' && f !== ''),
    'non-empty field names',
  ).to.equal(true);
  expect(Number.isInteger(data.skipped) && data.skipped >= 0, 'skipped is a count').to.equal(true);
  for (const record of data.records) {
    expect(Object.getPrototypeOf(record) === Object.prototype || Object.getPrototypeOf(record) === null, 'a plain record').to.equal(true);
    // Records may be the caller's own objects, read field by field when drawn: what the table reads of each.
    for (const value of Object.values(record)) {
      const cell = toCell(value);
      if (cell !== undefined)
        expect(Array.isArray(cell) ? cell.every(isText) : isText(cell), `cell ${JSON.stringify(cell)}`).to.equal(true);
    }
  }
}

/** The schedule model's promises: an object event, sessions that are objects. */
function expectSchedule(schedule: Schedule | DataReadError): void {
  if (schedule instanceof DataReadError) return;
  expect(Array.isArray(schedule.sessions)).to.equal(true);
  expect(schedule.sessions.every(isObject), 'sessions are objects').to.equal(true);
  expect(schedule.event === undefined || isObject(schedule.event), 'event is an object').to.equal(true);
}

const strings = (list: unknown) => Array.isArray(list) && list.every((s) => typeof s === 'string' && s !== '');
const optionalText = (value: unknown) => value === undefined || (typeof value === 'string' && value !== '');

/** The component model's promises: "every field present and of the right type". */
function expectComponent(c: ComponentModel | DataReadError): void {
  if (c instanceof DataReadError) return;
  expect(typeof c.name).to.equal('string');
  for (const key of ['tagline', 'description', 'problem', 'organisation'] as const) expect(isText(c[key]), key).to.equal(true);
  for (const key of ['platforms', 'tags', 'countries', 'languages'] as const) expect(strings(c[key]), key).to.equal(true);
  for (const key of ['id', 'organisationUrl', 'status', 'license', 'licenseUrl', 'landingUrl'] as const)
    expect(optionalText(c[key]), key).to.equal(true);
  expect(
    c.sdgs.every((n) => Number.isInteger(n) && n >= 1 && n <= 17),
    'SDGs 1–17',
  ).to.equal(true);
  expect([undefined, 'dpg', 'nominee']).to.include(c.dpgStage);
  expect(
    c.usedBy.every((u) => typeof u.name === 'string' && u.name !== '' && optionalText(u.url) && optionalText(u.country)),
    'usedBy',
  ).to.equal(true);
  expect(Object.values(c.links).every(optionalText), 'links').to.equal(true);
  expect(c.criteria === undefined || Object.values(c.criteria).every((v) => typeof v === 'boolean'), 'criteria').to.equal(true);
  if (c.status && !(STATUSES as readonly string[]).includes(c.status)) expect(c.status).to.equal(c.status.toLowerCase());
}

const json = (value: unknown) => JSON.stringify(value) ?? '';

/**
 * The readers alone, without an element: many more cases, quickly. Each reader is total: any value or text
 * gives a model of the promised shape, or a `DataReadError`.
 */
describe('fuzz: the readers of every format', () => {
  it('participants: records, Popolo and CSV, as values and as text', async function () {
    this.timeout(await timeFor(1));
    await check(
      fc.asyncProperty(
        fc.oneof(withCodeValues(participantRecords), popolo, hostileValue),
        fc.option(fc.constantFrom('json', 'popolo', 'csv'), { nil: undefined }),
        async (value, format) => {
          expectParticipants(await outcome(() => adaptParticipants(value, format)));
        },
      ),
      1,
      41,
    );
    await check(
      fc.asyncProperty(
        fc.oneof(fc.oneof(participantRecords, popolo).map(json), csvText),
        fc.constantFrom('application/json', 'text/csv', ''),
        async (text, type) => {
          expectParticipants(await outcome(() => readParticipants(text, { contentType: type })));
        },
      ),
      1,
      42,
    );
  });

  it('schedules: the Poplus format, frab and iCalendar, as values and as text', async function () {
    this.timeout(await timeFor(1));
    await check(
      fc.asyncProperty(fc.oneof(withCodeValues(scheduleJson), frabJson, hostileValue), async (value) => {
        expectSchedule(await outcome(() => adaptSchedule(value)));
      }),
      1,
      43,
    );
    await check(
      fc.asyncProperty(
        fc.oneof(fc.oneof(scheduleJson, frabJson).map(json), icalText),
        fc.constantFrom('application/json', 'text/calendar', ''),
        async (text, type) => {
          expectSchedule(await outcome(() => readSchedule(text, { contentType: type })));
        },
      ),
      1,
      44,
    );
  });

  it('components: the library format, Poplus entries, DPG records and publiccode.yml, as values and as text', async function () {
    this.timeout(await timeFor(1));
    const component = fc.oneof(componentJson, poplusEntry, dpgRecord, publiccodeDoc);
    await check(
      fc.asyncProperty(
        fc.oneof(withCodeValues(component), hostileValue),
        fc.option(fc.constantFrom('json', 'poplus', 'dpg', 'publiccode'), { nil: undefined }),
        async (value, format) => expectComponent(await outcome(() => adaptComponent(value, format))),
      ),
      1,
      45,
    );
    await check(
      fc.asyncProperty(
        fc.oneof(component.map(json), publiccodeYaml),
        fc.constantFrom('application/json', 'application/yaml', ''),
        async (text, type) => expectComponent(await outcome(() => readComponent(text, { contentType: type }))),
      ),
      1,
      46,
    );
  });

  it('the text layer: total, bounded, and folding the same text the same way', async function () {
    this.timeout(await timeFor(1));
    await check(
      fc.asyncProperty(fc.oneof(hostileValue, withCodeValues(hostileValue)), fc.string(), async (value, locale) => {
        const text = asText(value, 50);
        expect(text.length).to.be.at.most(50);
        expect(text).to.equal(text.trim());
        expect(asTexts(value).every((t) => t !== '' && t === t.trim())).to.equal(true);
        expect(fold(fold(text))).to.equal(fold(text));
        expect(typeof localizedText(value, locale)).to.equal('string');
        expect(Object.values(asLocalized(value)).every((t) => typeof t === 'string' && t !== '')).to.equal(true);
        const url = safeUrl(value);
        if (url !== undefined) expect(['http:', 'https:', 'mailto:']).to.include(new URL(url).protocol);
      }),
      1,
      47,
    );
  });
});
