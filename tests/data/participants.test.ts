import { expect } from '@open-wc/testing';
import { detectFormat, fromJson, readParticipants } from '../../src/data/participants.js';
import { parseCsv } from '../../src/data/csv.js';
import { fromPopolo, isPopolo, localized } from '../../src/data/popolo.js';
import { DataReadError } from '../../src/data/errors.js';

const text = (path: string) => fetch(path).then((r) => r.text());

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

describe('participant adapters: format detection', () => {
  it('prefers the format attribute, then content type, then extension, then shape', () => {
    expect(detectFormat('[]', { format: 'csv' })).to.equal('csv');
    expect(detectFormat('name\nAna', { contentType: 'application/json' })).to.equal('json');
    expect(detectFormat('{}', { contentType: 'text/csv' })).to.equal('csv');
    expect(detectFormat('{}', { contentType: 'text/plain', url: '/x/people.csv?v=2' })).to.equal('csv');
    expect(detectFormat('\uFEFF  [{"name":"Ana"}]')).to.equal('json');
    expect(detectFormat('name,country\nAna,CL')).to.equal('csv');
  });
});

describe('participant adapters: CSV (EveryPolitician exports)', () => {
  it('reads every member of the Malaysian Dewan Rakyat, quoted commas included', async () => {
    const rows = await parseCsv(await text('/tests/fixtures/ep-malaysia-dewan_rakyat-term13.csv'));
    expect(rows).to.have.length(221);
    expect(rows[0]).to.include({ name: 'Aaron Ago Dagang', group: 'Parti Rakyat Sarawak', area: 'Kanowit, Sarawak' });
  });

  it('keeps sort_name from the Taiwanese Legislative Yuan export', async () => {
    const rows = await parseCsv(await text('/tests/fixtures/ep-taiwan-legislative_yuan-term9.csv'));
    expect(rows).to.have.length(117);
    expect(rows[0]).to.include({ name: 'Alex Hrong-Tai Fai', sort_name: 'Fai, Alex Hrong-Tai', group: 'KMT' });
  });

  it('handles a byte-order mark, ; separators and newlines inside quotes', async () => {
    const rows = await parseCsv('\uFEFFname;country;note\r\n"Núñez, Ana";CL;"two\nlines"\r\nTom;GB;\r\n');
    expect(rows).to.deep.equal([
      { name: 'Núñez, Ana', country: 'CL', note: 'two\nlines' },
      { name: 'Tom', country: 'GB', note: '' },
    ]);
  });

  it('keeps a short line and drops fields beyond the header', async () => {
    const rows = await parseCsv('name,country\nAna\nTom,GB,extra');
    expect(rows[0]).to.deep.equal({ name: 'Ana' });
    expect(rows[1]).to.deep.equal({ name: 'Tom', country: 'GB' });
  });

  it('reports an unclosed quote as a CSV parse error', async () => {
    const error = await rejection(parseCsv('name,country\n"Ana,CL\nTom,GB'));
    expect(error).to.be.instanceOf(DataReadError);
    expect(error).to.include({ kind: 'parse', subject: 'CSV' });
  });
});

describe('participant adapters: JSON', () => {
  it('reads an array of records and ignores non-objects in it', () => {
    expect(fromJson([{ name: 'Ana' }, null, 3, 'x', { name: 'Tom' }])).to.deep.equal([{ name: 'Ana' }, { name: 'Tom' }]);
  });

  it('finds the list in the demo organisations file', async () => {
    const rows = await readParticipants(await text('/demo/data/organisations.json'), { contentType: 'application/json' });
    expect(rows).to.have.length(16);
    expect(rows[0]).to.include({ name: 'mySociety', country: 'United Kingdom' });
  });

  it('rejects JSON that holds no list, and text that is not JSON', async () => {
    expect(() => fromJson({ title: 'x' })).to.throw(DataReadError);
    const error = await rejection(readParticipants('{"name": ', { format: 'json' }));
    expect(error).to.include({ kind: 'parse', subject: 'JSON' });
  });
});

describe('participant adapters: Popolo / PopIt', () => {
  it('reads the PoplusCon export: one row per person, organisation and country through memberships', async () => {
    const data: unknown = JSON.parse(await text('/demo/data/popolo-fixture.json'));
    expect(isPopolo(data)).to.equal(true);
    const rows = fromPopolo(data);
    expect(rows).to.have.length(7);
    expect(rows[0]).to.include({ id: 'tom-steinberg', name: 'Tom Steinberg', organization: 'mySociety', country: 'United Kingdom' });
    expect(rows.find((r) => r['name'] === 'Martín Szyszlican')).to.include({ organization: 'Congreso Interactivo' });
  });

  it('unwraps PopIt results, takes given_names, embedded organisations, e-mail contact details', () => {
    const rows = fromPopolo({
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
    expect(rows[0]).to.include({
      name: 'Ana Núñez',
      sort_name: 'Núñez, Ana',
      organization: 'Senado',
      role: 'Member',
      country: 'Chile',
      email: 'ana@example.org',
    });
  });

  it('resolves *_id references through posts and areas, and language maps by language', () => {
    const data = {
      persons: [{ id: 'p', name: { en: 'John Smith', ru: 'Джон Смит' } }],
      organizations: [{ id: 'o', name: { en: 'Parliament', es: 'Parlamento' } }],
      areas: [{ id: 'a', name: 'South West' }],
      posts: [{ id: 's', label: 'Member for South West', organization_id: 'o', area_id: 'a' }],
      memberships: [{ person_id: 'p', post_id: 's' }],
    };
    expect(fromPopolo(data, 'es')[0]).to.include({
      name: 'John Smith',
      organization: 'Parlamento',
      role: 'Member for South West',
      country: 'South West',
    });
    expect(fromPopolo(data, 'ru-RU')[0]).to.include({ name: 'Джон Смит', organization: 'Parliament' });
  });

  it('lists organisations when the export has no people, and survives nulls', () => {
    const rows = fromPopolo({
      organizations: [
        { id: 'x', name: null, area: null, links: null },
        { id: 'y', name: 'Open North', area: { name: 'Canada' } },
      ],
    });
    expect(rows.map((r) => r['name'])).to.deep.equal(['', 'Open North']);
    expect(rows[1]).to.include({ country: 'Canada' });
    expect(fromPopolo({ persons: [null, { name: null }], memberships: [null] })).to.have.length(1);
  });

  it('picks a language map value with a fallback to English, then any language', () => {
    expect(localized({ en: 'Chile', es: 'Chile (es)' }, 'es-CL')).to.equal('Chile (es)');
    expect(localized({ en: 'Chile', es: 'Chile (es)' }, 'fr')).to.equal('Chile');
    expect(localized({ de: 'Chile (de)' }, 'fr')).to.equal('Chile (de)');
    expect(localized(null, 'fr')).to.equal('');
  });
});
