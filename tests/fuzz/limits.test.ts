import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/event-banner/event-banner.js';
import '../../src/elements/participant-table/participant-table.js';
import type { PoplusEventBanner } from '../../src/elements/event-banner/event-banner.js';
import type { PoplusParticipantTable } from '../../src/elements/participant-table/participant-table.js';
import { readComponent } from '../../src/data/component.js';
import { DataReadError } from '../../src/data/errors.js';
import { MAX_YAML_ALIASES } from '../../src/data/formats.js';
import { MAX_OCCURRENCES } from '../../src/data/ical.js';
import { MAX_BYTES } from '../../src/data/load.js';
import { MAX_FIELDS, readParticipants, toCell } from '../../src/data/participants.js';
import { readSchedule } from '../../src/data/schedule.js';
import { MAX_TITLE } from '../../src/elements/event-banner/fit-title.js';
import { MAX_TEXT } from '../../src/shared/text.js';
import type { PoplusErrorEvent } from '../../src/shared/events/index.js';
import { expectNoProblems, loadEvent, useFuzzEnvironment } from './harness.js';

/**
 * The bounds on what hostile data can make an element do, each stated in the README (Limits). The test
 * runner's timeout is the time bound: these assert the structural bound, and that the test ends.
 */

/** What a reader gives: its model, or the `DataReadError` it refused the input with (any other error fails the test). */
async function outcome<T>(read: Promise<T>): Promise<T | DataReadError> {
  try {
    return await read;
  } catch (e) {
    if (e instanceof DataReadError) return e;
    throw e;
  }
}

describe('limits', () => {
  useFuzzEnvironment();

  it(`a response larger than MAX_BYTES (${MAX_BYTES / 1024 / 1024} MB) is refused, declared in Content-Length or not`, async function () {
    this.timeout(30_000);
    for (const url of ['/__bytes/52428800?length', '/__bytes/52428800']) {
      const el = await fixture<PoplusParticipantTable>(html`<poplus-participant-table lang="en"></poplus-participant-table>`);
      let error: PoplusErrorEvent['detail'] | undefined;
      el.addEventListener('poplus-error', (e) => (error = (e as PoplusErrorEvent).detail));
      expect(await loadEvent(el, () => (el.src = url)), url).to.equal('error');
      await el.updateComplete;
      expect(error?.kind, url).to.equal('content');
      expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('the file is larger than 25 MB');
      el.remove();
    }
    // Below the bound, the same answer is read, streamed or not.
    const el = await fixture<PoplusParticipantTable>(html`<poplus-participant-table lang="en" page-size="10"></poplus-participant-table>`);
    expect(await loadEvent(el, () => (el.src = '/__bytes/200000'))).to.equal('load');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.match(/^[\d,]+ of [\d,]+ participants/);
  });

  it(`10,000 columns: the table keeps the first MAX_FIELDS (${MAX_FIELDS})`, async () => {
    const header = Array.from({ length: 10_000 }, (_, i) => `c${i}`);
    const csv = `${header.join(',')}\n${header.map((_, i) => `v${i}`).join(',')}`;
    const data = await readParticipants(csv, { contentType: 'text/csv' });
    expect(data.fields).to.have.length(MAX_FIELDS);
    expect(Object.keys(data.records[0]!)).to.have.length(MAX_FIELDS);
    const json = await readParticipants(JSON.stringify([Object.fromEntries(header.map((key) => [key, 'v']))]), {
      contentType: 'application/json',
    });
    expect(json.fields).to.have.length(MAX_FIELDS);
    const el = await fixture<PoplusParticipantTable>(
      html`<poplus-participant-table lang="en" .columns=${header.join(' ')}></poplus-participant-table>`,
    );
    expect(await loadEvent(el, () => (el.src = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }))))).to.equal('load');
    await el.updateComplete;
    expectNoProblems(el, []);
    expect(el.shadowRoot!.querySelectorAll('tr[part="row"]')).to.have.length(1);
  });

  it(`a 1 MB field is cut to MAX_TEXT (${MAX_TEXT}) characters when read, and a table cell shows at most 500`, async () => {
    const name = 'ab '.repeat(350_000);
    const data = await readParticipants(JSON.stringify([{ name }]), { contentType: 'application/json' });
    expect((toCell(data.records[0]!['name']) as string).length).to.be.at.most(MAX_TEXT);
    const el = await fixture<PoplusParticipantTable>(
      html`<poplus-participant-table lang="en" .participants=${[{ name }]}></poplus-participant-table>`,
    );
    const cell = el.shadowRoot!.querySelector('tr[part="row"] > *')!;
    expect(cell.textContent!.trim().length).to.be.at.most(501);
  });

  it(`a YAML alias bomb is refused: at most MAX_YAML_ALIASES (${MAX_YAML_ALIASES}) aliases are expanded`, async () => {
    const bomb = [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      'publiccodeYmlVersion: "0.4"',
      'name: [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
    ].join('\n');
    const refused = await outcome(readComponent(bomb, { contentType: 'application/yaml' }));
    expect(refused).to.be.instanceOf(DataReadError);
    expect((refused as DataReadError).kind).to.equal('parse');
    // A few aliases, as real files use them, are read.
    const few = `publiccodeYmlVersion: "0.4"\nowner: &o City\nname: *o\nlegal:\n  repoOwner: *o\n`;
    expect((await readComponent(few, { contentType: 'application/yaml' })).name).to.equal('City');
  });

  it(`an RRULE without end gives at most MAX_OCCURRENCES (${MAX_OCCURRENCES}) sessions an event`, async () => {
    for (const rule of ['FREQ=DAILY', 'FREQ=SECONDLY', 'FREQ=DAILY;INTERVAL=0', 'FREQ=YEARLY;COUNT=1000000']) {
      const text = [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:x',
        'BEGIN:VEVENT',
        'UID:u',
        'DTSTART:20240506T090000Z',
        `RRULE:${rule}`,
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n');
      const schedule = await readSchedule(text, { contentType: 'text/calendar' });
      expect(schedule.sessions, rule).to.have.length(MAX_OCCURRENCES);
    }
  });

  it('JSON and YAML nested 100,000 levels deep: read or refused, never a stack overflow', async () => {
    const deepList = '['.repeat(100_000) + ']'.repeat(100_000);
    const deepObject = '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000);
    const json = { contentType: 'application/json' };
    for (const text of [deepList, deepObject, `[{"name":"Ana","x":${deepList}}]`]) {
      await outcome(readParticipants(text, json));
      await outcome(readSchedule(text, json));
      await outcome(readComponent(text, json));
    }
    await outcome(readParticipants(`{"persons":[{"name":"Ana","memberships":${deepList}}]}`, json));
    await outcome(readSchedule(`{"sessions":[{"start":"2014-04-29T10:00:00Z","speakers":${deepList}}]}`, json));
    await outcome(
      readComponent(`publiccodeYmlVersion: "0.4"\nname: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, { contentType: 'application/yaml' }),
    );
    await outcome(
      readComponent(
        `publiccodeYmlVersion: "0.4"\nname: x\ndeep:\n${Array.from({ length: 2_000 }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`).join('\n')}\n`,
        { contentType: 'application/yaml' },
      ),
    );
  });

  it(`a 1 MB banner title is drawn bounded: cut to MAX_TITLE (${MAX_TITLE}) characters, at a space, with "…"`, async function () {
    this.timeout(60_000);
    const heading = (el: PoplusEventBanner) => el.shadowRoot!.querySelector('[part="heading"]')!.textContent!.replace(/\s+/g, ' ').trim();
    // A title of twice the text bound first: were titles drawn whole, this would fail in a second instead of
    // the tens of seconds a whole megabyte takes to lay out.
    const probe = await fixture<PoplusEventBanner>(
      html`<poplus-event-banner .heading=${'word '.repeat((2 * MAX_TEXT) / 5)}></poplus-event-banner>`,
    );
    expect(heading(probe).length, 'a title twice the bound').to.be.at.most(MAX_TEXT);
    const el = await fixture<PoplusEventBanner>(html`<poplus-event-banner .heading=${'word '.repeat(200_000)}></poplus-event-banner>`);
    expect(heading(el).length).to.be.at.most(MAX_TITLE);
    expect(heading(el)).to.match(/^(word )+word…$/);
    expect(el.shadowRoot!.querySelectorAll('tspan').length).to.be.below(1_000);
    // A title of one long word is cut between graphemes, never inside one.
    el.heading = '👩🏽‍💻'.repeat(MAX_TITLE);
    await el.updateComplete;
    // (The lines the title is drawn on are joined with spaces.)
    expect(heading(el).replaceAll(' ', '')).to.equal(`${'👩🏽‍💻'.repeat(Math.floor((MAX_TITLE - 1) / '👩🏽‍💻'.length))}…`);
  });
});
