import { expect } from '@open-wc/testing';
import { cellText, fromRecords, isPopolo, readParticipants, type Participant } from '../../src/data/participants.js';
import { readCsv } from '../../src/data/csv.js';
import { fromPopolo } from '../../src/data/popolo.js';
import { DataReadError } from '../../src/data/errors.js';
import { sniff } from '../../src/data/sniff.js';
import { localizedText } from '../../src/shared/text.js';
import { rejection } from './checks.js';

const text = (path: string) => fetch(path).then((r) => r.text());

/** A record's fields as the reader sees them (lists joined, language maps resolved). */
const shown = (record: Participant | undefined, lang = 'en') =>
  Object.fromEntries(Object.entries(record ?? {}).map(([key, cell]) => [key, cellText(cell, lang)]));

describe('participant adapters: format detection', () => {
  const allowed = ['json', 'csv'] as const;
  it('prefers the format attribute, then content type, then extension, then shape', () => {
    expect(sniff('[]', {}, allowed, 'csv')).to.equal('csv');
    expect(sniff('name\nAna', { contentType: 'application/json' }, allowed)).to.equal('json');
    expect(sniff('{}', { contentType: 'text/csv' }, allowed)).to.equal('csv');
    expect(sniff('{}', { contentType: 'text/plain', url: '/x/people.csv?v=2' }, allowed)).to.equal('csv');
    expect(sniff('\uFEFF  [{"name":"Ana"}]', {}, allowed)).to.equal('json');
    expect(sniff('name,country\nAna,CL', {}, allowed)).to.equal('json');
    expect(sniff('name,country\nAna,CL', {}, ['csv', 'json'])).to.equal('csv');
  });
});

describe('participant adapters: CSV (EveryPolitician exports)', () => {
  it('reads every member of the Malaysian Dewan Rakyat, quoted commas included', async () => {
    const { records: rows } = await readCsv(await text('/tests/fixtures/ep-malaysia-dewan_rakyat-term13.csv'));
    expect(rows).to.have.length(221);
    expect(shown(rows[0])).to.include({ name: 'Aaron Ago Dagang', group: 'Parti Rakyat Sarawak', area: 'Kanowit, Sarawak' });
  });

  it('keeps sort_name from the Taiwanese Legislative Yuan export', async () => {
    const { records: rows } = await readCsv(await text('/tests/fixtures/ep-taiwan-legislative_yuan-term9.csv'));
    expect(rows).to.have.length(117);
    expect(shown(rows[0])).to.include({ name: 'Alex Hrong-Tai Fai', sort_name: 'Fai, Alex Hrong-Tai', group: 'KMT' });
  });

  it('handles a byte-order mark, ; separators and newlines inside quotes', async () => {
    const { records: rows } = await readCsv('\uFEFFname;country;note\r\n"Núñez, Ana";CL;"two\nlines"\r\nTom;GB;\r\n');
    expect(rows).to.deep.equal([
      { name: 'Núñez, Ana', country: 'CL', note: 'two\nlines' },
      { name: 'Tom', country: 'GB' },
    ]);
  });

  it('keeps a short line and drops fields beyond the header', async () => {
    const { records: rows } = await readCsv('name,country\nAna\nTom,GB,extra');
    expect(rows[0]).to.deep.equal({ name: 'Ana' });
    expect(rows[1]).to.deep.equal({ name: 'Tom', country: 'GB' });
  });

  it('reports an unclosed quote as a CSV parse error', async () => {
    const error = await rejection(readCsv('name,country\n"Ana,CL\nTom,GB'));
    expect(error).to.be.instanceOf(DataReadError);
    expect(error).to.include({ kind: 'parse', subject: 'CSV' });
  });
});

describe('participant adapters: JSON', () => {
  it('reads an array of records and ignores non-objects in it', () => {
    const data = fromRecords([{ name: 'Ana' }, null, 3, 'x', { name: 'Tom' }]);
    expect(data.records).to.deep.equal([{ name: 'Ana' }, { name: 'Tom' }]);
    expect(data.skipped).to.equal(3);
    expect(data.fields).to.deep.equal(['name']);
  });

  it('keeps a record whose usual first field is empty but another is readable, and skips one with nothing to show', () => {
    const records = [
      { name: 'Ana', role: 'MP' },
      { name: '', role: 'Senator' },
      { role: 7 },
      { name: ' ', role: '' },
      { name: null, ' ': 'x' },
      { name: [] },
    ];
    const data = fromRecords(records);
    expect(data.records).to.deep.equal(records.slice(0, 4));
    expect(data.skipped).to.equal(2);
  });

  it('finds the list in the demo organisations file', async () => {
    const { records } = await readParticipants(await text('/demo/data/organisations.json'), { contentType: 'application/json' });
    expect(records).to.have.length(16);
    expect(shown(records[0])).to.include({ name: 'mySociety', country: 'GB' });
  });

  it('rejects JSON that holds no list, and text that is not JSON', async () => {
    expect(() => fromRecords({ title: 'x' })).to.throw(DataReadError);
    const error = await rejection(readParticipants('{"name": ', { format: 'json' }));
    expect(error).to.include({ kind: 'parse', subject: 'JSON' });
  });
});

describe('participant adapters: Popolo / PopIt', () => {
  it('reads the PoplusCon export: one row per person, organisation and country through memberships', async () => {
    const data: unknown = JSON.parse(await text('/demo/data/popolo-fixture.json'));
    expect(isPopolo(data)).to.equal(true);
    const { records } = fromPopolo(data);
    expect(records).to.have.length(7);
    expect(shown(records[0])).to.include({
      id: 'tom-steinberg',
      name: 'Tom Steinberg',
      organization: 'mySociety',
      country: 'GB',
    });
    expect(shown(records.find((r) => r['name'] === 'Martín Szyszlican'))).to.include({ organization: 'Congreso Interactivo' });
  });

  it('unwraps PopIt results, takes given_names, embedded organisations, e-mail contact details', () => {
    const { records: rows } = fromPopolo({
      total: 1,
      result: [
        {
          id: 'p1',
          given_names: 'Ana',
          family_name: 'Núñez',
          contact_details: [{ type: 'email', value: 'ana@example.org' }],
          memberships: [{ role: 'Member', organization: { name: 'Senado', area: { name: 'Chile' } } }],
        },
      ],
    });
    expect(shown(rows[0])).to.include({
      name: 'Ana Núñez',
      sort_name: 'Núñez, Ana',
      organization: 'Senado',
      role: 'Member',
      country: 'Chile',
      email: 'ana@example.org',
    });
  });

  it('resolves *_id references through posts and areas (a seat’s area is its constituency), and language maps by language', () => {
    const data = {
      persons: [{ id: 'p', name: { en: 'John Smith', ru: 'Джон Смит' } }],
      organizations: [{ id: 'o', name: { en: 'Parliament', es: 'Parlamento' } }],
      areas: [{ id: 'a', name: 'South West' }],
      posts: [{ id: 's', label: 'Member for South West', organization_id: 'o', area_id: 'a' }],
      memberships: [{ person_id: 'p', post_id: 's' }],
    };
    expect(shown(fromPopolo(data).records[0], 'es')).to.include({
      name: 'John Smith',
      organization: 'Parlamento',
      role: 'Member for South West',
      area: 'South West',
    });
    expect(shown(fromPopolo(data).records[0], 'ru-RU')).to.include({ name: 'Джон Смит', organization: 'Parliament' });
  });

  it('lists organisations when the export has no people, and survives nulls', () => {
    const { records: rows } = fromPopolo({
      organizations: [
        { id: 'x', name: null, area: null, links: null },
        { id: 'y', name: 'Open North', area: { name: 'Canada' } },
      ],
    });
    expect(rows.map((r) => r['name'])).to.deep.equal([undefined, 'Open North']);
    expect(rows[1]).to.include({ country: 'Canada' });
    const people = fromPopolo({ persons: [null, { name: null }, { name: 'Ana' }], memberships: [null] });
    expect(people.records).to.deep.equal([{ name: 'Ana' }]);
    expect(people.skipped).to.equal(2);
    expect(() => fromPopolo({ persons: [null, { name: null }] })).to.throw(DataReadError);
  });

  it('picks a language map value with a fallback to English, then any language', () => {
    expect(localizedText({ en: 'Chile', es: 'Chile (es)' }, 'es-CL')).to.equal('Chile (es)');
    expect(localizedText({ en: 'Chile', es: 'Chile (es)' }, 'fr')).to.equal('Chile');
    expect(localizedText({ de: 'Chile (de)' }, 'fr')).to.equal('Chile (de)');
    expect(localizedText(null, 'fr')).to.equal('');
  });
});
