import { expect } from '@open-wc/testing';
import { DataReadError } from '../../src/data/errors.js';
import { cellText, isSparqlResults, readParticipants, type Participant } from '../../src/data/participants.js';
import { fromSparqlResults } from '../../src/data/wikidata.js';
import { expectTotal } from './checks.js';

const bundesrat = () => fetch('/tests/fixtures/wikidata-bundesrat-members.json').then((r) => r.text());
const entity = (q: string) => `http://www.wikidata.org/entity/${q}`;
const person = (records: readonly Participant[], q: string) => records.find((r) => r['person'] === entity(q));

const uri = (value: string) => ({ type: 'uri', value });
const literal = (value: string, lang?: string) => ({ type: 'literal', value, ...(lang ? { 'xml:lang': lang } : {}) });
const results = (vars: unknown, bindings: unknown) => ({ head: { vars }, results: { bindings } });

describe('participant adapters: Wikidata SPARQL results', () => {
  it('is recognised by its media type or its shape; the variables are the fields, in the query’s order', async () => {
    const text = await bundesrat();
    const typed = await readParticipants(text, { contentType: 'application/sparql-results+json' });
    const sniffed = await readParticipants(text, { contentType: 'text/plain' });
    expect(sniffed).to.deep.equal(typed);
    expect(typed.fields).to.deep.equal(JSON.parse(text).head.vars);
    // Twelve rows about ten people: Wikidata repeats a person for each second value of a property.
    expect(typed.records).to.have.length(10);
    expect(typed.skipped).to.equal(0);
  });

  it('keeps entities as links, labels in their language, and dates as dates', async () => {
    const { records } = fromSparqlResults(JSON.parse(await bundesrat()));
    const drese = person(records, 'Q1772095')!;
    expect(drese).to.deep.equal({
      person: entity('Q1772095'),
      party: entity('Q49768'),
      dateOfBirth: '1976-12-09',
      gender: { en: 'female' },
      personLabel: { de: 'Stefanie Drese' },
      abstract: { de: 'deutsche Politikerin (SPD), MdL' },
      thumbnailURI: 'https://upload.wikimedia.org/wikipedia/commons/thumb/d/da/Stefanie_Drese_SPD.jpg/300px-Stefanie_Drese_SPD.jpg',
      abgeordnetenwatchID: '122612',
      facebook: 'stefanie.drese',
      websiteURI: 'http://www.stefanie-drese.de/',
    });
    // A German label is still the name an English reader sees when there is no English one.
    expect(cellText(drese['personLabel'], 'en')).to.equal('Stefanie Drese');
  });

  it('gathers the rows of one person, their several values in a list', async () => {
    const { records } = fromSparqlResults(JSON.parse(await bundesrat()));
    const werner = person(records, 'Q1594600')!;
    expect(werner['party']).to.deep.equal([entity('Q49750'), entity('Q49764')]);
    expect(werner['personLabel']).to.deep.equal({ de: 'Heike Werner' });
    const vonDerLeyen = person(records, 'Q60772')!;
    expect(cellText(vonDerLeyen['altLabel'], 'de')).to.equal('Ursula Gertrud von der Leyen, Ursula Gertrud Albrecht');
    expect(records.map((r) => cellText(r['personLabel'], 'de')).slice(0, 4)).to.deep.equal([
      'Barbara Havliza',
      'Daniela Schmitt',
      'Ursula von der Leyen',
      'Reem Alabali-Radovan',
    ]);
  });

  it('merges a row repeated per language into language maps, shown in the reader’s language', () => {
    const { records } = fromSparqlResults(
      results(
        ['item', 'itemLabel', 'countryLabel'],
        [
          { item: uri(entity('Q1')), itemLabel: literal('Tom Steinberg', 'en'), countryLabel: literal('United Kingdom', 'en') },
          { item: uri(entity('Q1')), itemLabel: literal('Tom Steinberg', 'es'), countryLabel: literal('Reino Unido', 'es') },
          { item: uri(entity('Q1')), itemLabel: literal('トム・スタインバーグ', 'ja'), countryLabel: literal('イギリス', 'ja') },
        ],
      ),
    );
    expect(records).to.have.length(1);
    expect(records[0]!['countryLabel']).to.deep.equal({ en: 'United Kingdom', es: 'Reino Unido', ja: 'イギリス' });
    expect(cellText(records[0]!['itemLabel'], 'ja')).to.equal('トム・スタインバーグ');
    expect(cellText(records[0]!['countryLabel'], 'es-CL')).to.equal('Reino Unido');
  });

  it('without an entity first, merges only rows that differ by language alone', () => {
    const { records } = fromSparqlResults(
      results(
        ['name', 'seats'],
        [
          { name: literal('Green Party', 'en'), seats: literal('3') },
          { name: literal('Partido Verde', 'es'), seats: literal('3') },
          { name: literal('Labour', 'en'), seats: literal('3') },
          { name: literal('Green Party', 'en'), seats: literal('4') },
        ],
      ),
    );
    expect(records).to.deep.equal([
      { name: { en: 'Green Party', es: 'Partido Verde' }, seats: '3' },
      { name: { en: 'Labour' }, seats: '3' },
      { name: { en: 'Green Party' }, seats: '4' },
    ]);
  });

  it('leaves out blank nodes, unlisted variables and rows with nothing readable', () => {
    const data = fromSparqlResults(
      results(
        ['item', 'item', '', 7, 'note'],
        [
          { item: uri(entity('Q2')), note: { type: 'bnode', value: 'b0' }, secret: literal('not asked for') },
          { note: { type: 'bnode', value: 'b1' } },
          null,
          'row',
        ],
      ),
    );
    expect(data.fields).to.deep.equal(['item', '7', 'note']);
    expect(data.records).to.deep.equal([{ item: entity('Q2') }]);
    expect(data.skipped).to.equal(3);
  });

  it('is total: nulls, numbers, lists and objects anywhere give records or a DataReadError', async () => {
    const sample = results(
      ['item', 'itemLabel', 'born'],
      [
        {
          item: uri(entity('Q1')),
          itemLabel: literal('Ana', 'es'),
          born: { type: 'literal', datatype: 'http://www.w3.org/2001/XMLSchema#dateTime', value: '1980-01-01T00:00:00Z' },
        },
        { item: uri(entity('Q2')), itemLabel: literal('Tom') },
      ],
    );
    expect(await expectTotal(fromSparqlResults, sample)).to.be.greaterThan(100);
    expect(() => fromSparqlResults({ head: {}, boolean: true })).to.throw(DataReadError);
    expect(() => fromSparqlResults(results(['x'], [{ x: { type: 'bnode', value: 'b' } }]))).to.throw(DataReadError);
    expect(isSparqlResults(results('x', []))).to.equal(false);
  });
});
