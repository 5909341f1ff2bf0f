import { expect } from '@open-wc/testing';
import { DataReadError } from '../../src/data/errors.js';
import { cellText, isPopolo, readParticipants, type Participant } from '../../src/data/participants.js';
import { fromPopolo } from '../../src/data/popolo.js';
import { expectTotal } from './checks.js';

const nauru = () => fetch('/tests/fixtures/ep-nauru-parliament-popolo.json').then((r) => r.text());

/** A record's fields as a reader of `lang` sees them. */
const shown = (record: Participant | undefined, lang = 'en') =>
  Object.fromEntries(Object.entries(record ?? {}).map(([key, cell]) => [key, cellText(cell, lang)]));

const byId = (records: readonly Participant[], id: string) => records.find((r) => r['id'] === id);
const DABWIDO = '081d97c0-d123-4e48-ba6d-59cdfe0e9e23';
const STEPHEN = '165c68e4-b9eb-4dc1-87fb-8b7c7b6df6db';
const KUN = '02d3781d-f785-4f2e-b1e6-c56b396a7093';
const DOGIREIY = '0139cecd-3589-4951-82bc-b4889cd67a33';

describe('participant adapters: EveryPolitician Popolo', () => {
  it('is recognised by its shape and reads one row per member of the Parliament of Nauru', async () => {
    const data = await readParticipants(await nauru(), { contentType: 'application/json' });
    expect(data.records).to.have.length(4);
    expect(data.skipped).to.equal(0);
    expect(data.fields).to.deep.equal([
      'id',
      'name',
      'sort_name',
      'party',
      'legislature',
      'role',
      'area',
      'term',
      'url',
      'image',
      'wikidata',
      'gender',
      'birth_date',
    ]);
  });

  it('gives party, area and term from memberships, newest term first, the terms named from events', async () => {
    const { records } = fromPopolo(JSON.parse(await nauru()));
    expect(shown(byId(records, DABWIDO))).to.include({
      name: 'Sprent Dabwido',
      sort_name: 'Dabwido, Sprent',
      party: 'Naoero Amo, Nauru First, Unknown',
      legislature: 'Parliament',
      role: 'member',
      area: 'Meneng',
      term: '21st Parliament, 20th Parliament, 19th Parliament',
      gender: 'male',
      birth_date: '1972-09-16',
    });
    // Each term is its own value, so that a facet on `term` counts the person under each.
    expect(byId(records, DABWIDO)!['term']).to.deep.equal(['21st Parliament', '20th Parliament', '19th Parliament']);
    expect(shown(byId(records, KUN))).to.include({ party: 'Unknown, Non-partisan', term: '22nd Parliament, 21st Parliament' });
    expect(shown(byId(records, DOGIREIY))).to.deep.equal({
      id: DOGIREIY,
      name: 'Jaden Dogireiy',
      party: 'Unknown',
      legislature: 'Parliament',
      role: 'member',
      area: 'Anabar/Ijuw/Anibare',
      term: '22nd Parliament',
    });
  });

  it('names each person in the reader’s language from other_names, else by name', async () => {
    const { records } = fromPopolo(JSON.parse(await nauru()));
    const dabwido = byId(records, DABWIDO)!;
    expect(cellText(dabwido['name'], 'ja')).to.equal('スプレント・ダブウィド');
    expect(cellText(dabwido['name'], 'ar')).to.equal('سبرنت دابيدو');
    expect(cellText(dabwido['name'], 'zh-Hant')).to.equal('達比杜');
    const stephen = byId(records, STEPHEN)!;
    expect(cellText(stephen['name'], 'zh-Hant')).to.equal('馬庫斯·斯蒂芬');
    expect(cellText(stephen['name'], 'zh-Hans')).to.equal('马库斯·斯蒂芬');
    expect(cellText(stephen['name'], 'ru-RU')).to.equal('Стивен, Маркус');
    // Wikidata's English label in English; the name EveryPolitician gives where no language matches.
    const kun = byId(records, KUN)!;
    expect(cellText(kun['name'], 'en')).to.equal('Russell Kun');
    expect((kun['name'] as Record<string, string>)['und']).to.equal('Russ J. Kun');
    expect(byId(records, DOGIREIY)!['name']).to.equal('Jaden Dogireiy');
  });

  it('links the picture, the Wikidata page and Wikipedia in the reader’s language', async () => {
    const { records } = fromPopolo(JSON.parse(await nauru()));
    const stephen = byId(records, STEPHEN)!;
    expect(stephen['image']).to.equal('https://upload.wikimedia.org/wikipedia/commons/0/08/President_Marcus_Stephen_of_Nauru.jpg');
    expect(stephen['wikidata']).to.equal('https://www.wikidata.org/wiki/Q274174');
    expect(cellText(stephen['url'], 'fr')).to.equal('https://fr.wikipedia.org/wiki/Marcus_Stephen');
    expect(cellText(stephen['url'], 'ko')).to.equal('https://ko.wikipedia.org/wiki/마커스_스티븐');
    // Commons and Wikiquote are not language editions of Wikipedia.
    expect(Object.keys(stephen['url'] as object)).not.to.include.members(['commons', 'plwikiquote']);
    expect(byId(records, KUN)!['image']).to.equal(undefined);
  });

  it('takes the image from images when image is missing', () => {
    const { records } = fromPopolo({ persons: [{ name: 'Ana', images: [{ url: 'https://example.org/ana.jpg' }] }] });
    expect(records[0]).to.include({ image: 'https://example.org/ana.jpg' });
  });

  it('orders memberships by their dates, partial ones included, and by their term otherwise', () => {
    const data = {
      persons: [{ id: 'p', name: 'Ana' }],
      organizations: [
        { id: 'a', name: 'Alpha', classification: 'party' },
        { id: 'b', name: 'Beta', classification: 'party' },
        { id: 'c', name: 'Gamma', classification: 'party' },
        { id: 'd', name: 'Delta', classification: 'party' },
      ],
      events: [{ id: 'term/1', name: 'First term', start_date: '1994' }],
      memberships: [
        { person_id: 'p', on_behalf_of_id: 'a', start_date: '1977' },
        { person_id: 'p', on_behalf_of_id: 'b', start_date: '2001-05-12' },
        { person_id: 'p', on_behalf_of_id: 'c', start_date: 'soon', end_date: 17 },
        { person_id: 'p', on_behalf_of_id: 'd', legislative_period_id: 'term/1' },
        { person_id: 'p', on_behalf_of_id: 'a', start_date: '1993-09' },
      ],
    };
    expect(fromPopolo(data).records[0]!['party']).to.deep.equal(['Beta', 'Delta', 'Alpha', 'Gamma']);
  });

  it('keeps a membership whose organisation, area or term is missing, and skips persons with nothing readable', () => {
    const data = {
      persons: [
        {
          id: 'p',
          name: null,
          other_names: [
            { lang: 'es', name: 'Ana' },
            { lang: 'fr', name: 'Anne', end_date: '2000' },
          ],
        },
        { name: null },
        7,
      ],
      memberships: [
        {
          person_id: 'p',
          organization_id: 'gone',
          on_behalf_of_id: 'gone too',
          area_id: 'nowhere',
          legislative_period_id: 'term/9',
          role: 'Member',
        },
      ],
    };
    const { records, skipped } = fromPopolo(data);
    expect(records).to.deep.equal([{ id: 'p', name: { es: 'Ana' }, role: 'Member' }]);
    expect(skipped).to.equal(2);
  });

  it('is total: nulls, numbers, lists and objects in any field give records or a DataReadError', async () => {
    const sample = {
      persons: [
        {
          id: 'p1',
          name: 'Ana Núñez',
          given_name: 'Ana',
          family_name: 'Núñez',
          other_names: [{ lang: 'es', name: 'Ana' }],
          identifiers: [{ scheme: 'wikidata', identifier: 'Q1' }],
          images: [{ url: 'https://example.org/a.jpg' }],
          links: [{ note: 'Wikipedia (es)', url: 'https://es.wikipedia.org/wiki/A' }],
          contact_details: [{ type: 'email', value: 'ana@example.org' }],
        },
      ],
      organizations: [
        { id: 'o1', name: 'Senado', classification: 'legislature', area_id: 'a1' },
        { id: 'o2', name: 'Partido', classification: 'party' },
      ],
      areas: [{ id: 'a1', name: 'Chile', classification: 'country' }],
      posts: [{ id: 's1', label: 'Senator', area: { name: 'Valparaíso' } }],
      events: [{ id: 't1', name: 'Term 1', start_date: '2018' }],
      memberships: [
        {
          person_id: 'p1',
          organization_id: 'o1',
          on_behalf_of_id: 'o2',
          post_id: 's1',
          legislative_period_id: 't1',
          start_date: '2018-03',
        },
      ],
    };
    expect(await expectTotal(fromPopolo, sample)).to.be.greaterThan(100);
    const [ana] = fromPopolo(sample).records;
    expect(ana).not.to.have.property('organization');
    expect(shown(ana)).to.include({
      legislature: 'Senado',
      party: 'Partido',
      role: 'Senator',
      area: 'Valparaíso',
      country: 'Chile',
      term: 'Term 1',
      email: 'ana@example.org',
      wikidata: 'https://www.wikidata.org/wiki/Q1',
    });
  });

  it('refuses an export with nobody readable in it', () => {
    expect(() => fromPopolo({ persons: [null, { name: '' }] })).to.throw(DataReadError);
    expect(isPopolo({ persons: 'x' })).to.equal(false);
  });
});
