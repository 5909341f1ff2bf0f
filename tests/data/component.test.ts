import { expect } from '@open-wc/testing';
import {
  countryCode,
  fromPoplusEntry,
  isPoplusEntry,
  normaliseComponent,
  adaptComponent,
  type ComponentModel,
} from '../../src/data/component.js';
import { pickLanguage, type Json } from '../../src/shared/text.js';
import { DataReadError } from '../../src/data/errors.js';

let catalogue: { components: Json[]; _meta: { definition_of_a_component: { criteria: string[] } } };
const entry = (id: string) => catalogue.components.find((c) => c.id === id)!;

before(async () => {
  catalogue = await (await fetch('/demo/data/components.json')).json();
});

describe('component JSON format', () => {
  it('reads every Poplus component of components.json, each with a name', async () => {
    const models = await Promise.all(catalogue.components.map((c) => adaptComponent(c)));
    expect(models.map((m) => m.name)).to.deep.equal([
      'WriteIt',
      'MapIt',
      'BillIt',
      'SayIt',
      'PopIt',
      'VoteIt',
      'Represent Boundaries',
      'Cuttlefish',
    ]);
    expect(catalogue.components.every(isPoplusEntry)).to.equal(true);
  });

  it('maps a Poplus entry: English texts with their translations, owner, links, stack, tags', () => {
    const mapit = normaliseComponent(fromPoplusEntry(entry('mapit')));
    expect(mapit.tagline).to.deep.equal({
      en: 'Map geographic points to administrative boundaries',
      es: 'Mapea puntos geográficos a límites jurisdiccionales',
      fr: 'Plan des points géographiques relatifs aux frontières administratives',
    });
    expect(mapit.description.en).to.match(/^A web service which makes it easy/);
    expect(mapit.description.fr).to.match(/^Un service web/);
    expect(mapit.organisation).to.deep.equal({ en: 'mySociety' });
    expect(mapit.status).to.equal('stable');
    expect(mapit.platforms).to.deep.equal(['Python / GeoDjango + PostGIS']);
    expect(mapit.tags).to.deep.equal(['boundary', 'border', 'lookup']);
    expect(mapit.links).to.deep.equal({
      code: 'https://github.com/mysociety/mapit',
      website: 'http://mapit.poplus.org/',
      docs: 'http://mapit.poplus.org/docs/',
      demo: 'http://global.mapit.mysociety.org/point/4326/2.35,48.85.html',
    });
    expect(mapit.usedBy.map((u) => u.name)).to.include.members(['MapIt UK', 'WriteToThem', 'Aduanku']);
    expect(mapit.countries).to.deep.equal(['GB', 'MY']);
  });

  it('maps Poplus statuses onto the publiccode vocabulary', () => {
    const status = (id: string) => (adaptComponent(entry(id)) as ComponentModel).status;
    expect(status('writeit')).to.equal('development'); // "Alpha"
    expect(status('cuttlefish')).to.equal('stable');
    expect(status('popit')).to.equal('obsolete'); // "no longer in active development" (2015)
    expect(status('voteit')).to.equal(undefined); // never given one
  });

  it('keeps translated owner names and the licence page', () => {
    const model = (id: string) => adaptComponent(entry(id)) as ComponentModel;
    const represent = model('represent-boundaries');
    expect(represent.organisation).to.deep.equal({ fr: 'Nord Ouvert', en: 'Open North' });
    expect(model('writeit').licenseUrl).to.equal('https://github.com/ciudadanointeligente/write-it/blob/master/LICENSE.txt');
    expect(model('writeit').countries).to.deep.equal(['MA']);
    expect(model('voteit').tagline).to.deep.equal({});
  });

  it('keeps the Poplus definition criteria and an SPDX licence when an entry has them', () => {
    const model = adaptComponent({
      ...entry('mapit'),
      criteria: { civic: true, countryAgnostic: false },
      license: 'AGPL-3.0-only',
    }) as ComponentModel;
    expect(model.criteria).to.deep.equal({ civic: true, countryAgnostic: false });
    expect(model.license).to.equal('AGPL-3.0-only');
    expect((adaptComponent(entry('mapit')) as ComponentModel).criteria).to.equal(undefined);
  });

  it('turns country names into ISO codes, and keeps the ones it cannot match as written', () => {
    expect(
      ['South Africa', 'USA', 'UK', 'kenya', 'eSwatini (former Swaziland)', 'de', 'MX', 'Myanmar', 'Russia'].map(countryCode),
    ).to.deep.equal(['ZA', 'US', 'GB', 'KE', 'SZ', 'DE', 'MX', 'MM', 'RU']);
    expect(countryCode('Atlantis')).to.equal('Atlantis');
  });

  it('reads the library format, with a plain string in the record language or texts by language', () => {
    const model = normaliseComponent({
      name: ' MapIt ',
      lang: 'en',
      tagline: 'Points to areas',
      description: { es: 'Un servicio web', 'not a tag!': 'dropped', fr: 42, de: null },
      status: 'Beta',
      countries: ['gb', 'GB', 'Norway'],
      usedBy: ['WriteToThem', { name: 'Aduanku', url: 'http://aduanku.my/' }, { url: 'nameless' }],
      criteria: { civic: true, openSource: false, documentedApi: 'yes', unknown: true },
      sdgs: [16, '11', 99, 'x'],
    });
    expect(model.name).to.equal('MapIt');
    expect(model.tagline).to.deep.equal({ en: 'Points to areas' });
    // A number is text (written in digits); null, and keys that are not language tags, are dropped.
    expect(model.description).to.deep.equal({ es: 'Un servicio web', fr: '42' });
    expect(model.status).to.equal('beta');
    expect(model.countries).to.deep.equal(['GB', 'NO']);
    expect(model.usedBy).to.deep.equal([{ name: 'WriteToThem' }, { name: 'Aduanku', url: 'http://aduanku.my/', country: undefined }]);
    expect(model.criteria).to.deep.equal({ civic: true, openSource: false });
    expect(model.sdgs).to.deep.equal([16, 11]);
  });

  it('survives hostile values: nulls, wrong types, huge strings', () => {
    const model = normaliseComponent({
      name: null,
      tagline: ['x'],
      tags: 'one',
      links: 'http://x',
      platforms: [1, null, 'Go'],
      description: 'x'.repeat(1_000_000),
    });
    expect(model.name).to.equal('');
    expect(model.tagline).to.deep.equal({});
    expect(model.tags).to.deep.equal(['one']);
    expect(model.links).to.deep.equal({ code: undefined, website: undefined, docs: undefined, demo: undefined });
    expect(model.platforms).to.deep.equal(['1', 'Go']);
    expect(model.description.und!.length).to.be.at.most(5000);
    expect(() => adaptComponent([1, 2])).to.throw(DataReadError);
    expect(() => adaptComponent('MapIt')).to.throw(DataReadError);
    expect(() => adaptComponent(null)).to.throw(DataReadError);
  });
});

describe('pickLanguage', () => {
  const texts = { en: 'Store and share', 'es-CL': 'Almacena y comparte', fr: 'Stocker et partager' };
  it('prefers the exact language, then the same language elsewhere, then English, then the first', () => {
    expect(pickLanguage(texts, 'fr')).to.deep.equal({ text: 'Stocker et partager', lang: 'fr' });
    expect(pickLanguage(texts, 'es')).to.deep.equal({ text: 'Almacena y comparte', lang: 'es-CL' });
    expect(pickLanguage(texts, 'ar')).to.deep.equal({ text: 'Store and share', lang: 'en' });
    expect(pickLanguage({ de: 'Teilen', it: 'Condividere' }, 'ar')).to.deep.equal({ text: 'Teilen', lang: 'de' });
    expect(pickLanguage({}, 'en')).to.equal(undefined);
  });
});
