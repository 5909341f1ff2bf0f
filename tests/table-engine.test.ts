import { expect } from '@open-wc/testing';
import type { Participant } from '../src/data/participants.js';
import { cellText } from '../src/data/participants.js';
import { TableEngine, type FieldSpec } from '../src/elements/participant-table/table-engine.js';

/** The query engine alone: no element, no DOM. */

const collate = () => new Intl.Collator('en', { numeric: true, sensitivity: 'base' }).compare;

const spec = (key: string): FieldSpec => ({ id: key, read: (record) => record[key], text: (raw) => cellText(raw, 'en') });
const [name, country, org, role] = ['name', 'country', 'organization', 'role'].map(spec) as [FieldSpec, FieldSpec, FieldSpec, FieldSpec];

const PEOPLE: Participant[] = [
  { name: 'Zoë Müller', country: 'United Kingdom', organization: 'mySociety', role: 'Developer' },
  { name: 'Ana Núñez', country: 'Chile', organization: 'Ciudadano Inteligente', role: 'Director' },
  { name: 'Álvaro Díaz', country: 'Chile', organization: 'Ciudadano Inteligente' },
  { name: 'João Silva', organization: 'Transparência Brasil', role: 'Researcher' },
  { name: 'Bruno Ortiz', country: 'United Kingdom', organization: 'mySociety', role: 'Designer' },
  { name: 'district 10', country: 'Chile', role: 'Developer' },
  { name: 'District 9', role: 'Designer' },
];

const names = (engine: TableEngine, rows: ArrayLike<number>) => Array.from(rows, (i) => engine.text(name, i));
const engineOf = (records = PEOPLE) => new TableEngine(records, collate);
const all = (engine: TableEngine, query: Partial<Parameters<TableEngine['filter']>[0]> = {}) =>
  engine.filter({ search: '', searchIn: [name, country, org, role], facets: [], ...query });

describe('table engine', () => {
  describe('sorting', () => {
    it("sorts by the reader's collation, numbers inside text by value", () => {
      const engine = engineOf();
      const view = all(engine, { order: engine.order([{ field: name, descending: false }]) });
      expect(names(engine, view.rows)).to.deep.equal([
        'Álvaro Díaz',
        'Ana Núñez',
        'Bruno Ortiz',
        'District 9',
        'district 10',
        'João Silva',
        'Zoë Müller',
      ]);
    });

    it('sorts by several keys, the first deciding first, ties in data order', () => {
      const engine = engineOf();
      const order = engine.order([
        { field: country, descending: false },
        { field: name, descending: true },
      ]);
      expect(names(engine, order!)).to.deep.equal([
        'district 10',
        'Ana Núñez',
        'Álvaro Díaz',
        'Zoë Müller',
        'Bruno Ortiz',
        // No country: last, themselves by name descending.
        'João Silva',
        'District 9',
      ]);
    });

    it('keeps rows with no value last in a descending sort too', () => {
      const engine = engineOf();
      const ascending = names(engine, engine.order([{ field: role, descending: false }])!);
      const descending = names(engine, engine.order([{ field: role, descending: true }])!);
      expect(ascending.slice(-1)).to.deep.equal(['Álvaro Díaz']);
      expect(descending.slice(-1)).to.deep.equal(['Álvaro Díaz']);
      expect(descending.slice(0, 1)).to.deep.equal(['João Silva']);
    });

    it('gives no order (the data’s own) for no sort keys, without reading any field', () => {
      const engine = engineOf();
      expect(engine.order([])).to.equal(undefined);
      const view = all(engine);
      expect([view.shown, view.lines.length, view.lines.at(3), view.lines.indexOf(6), view.lines.indexOf(7)]).to.deep.equal([
        7, 7, 3, 6, -1,
      ]);
      expect(view.rows).to.deep.equal(Uint32Array.from(PEOPLE.keys()));
      expect(engine.isEncoded(name)).to.equal(false);
    });
  });

  describe('search', () => {
    it('finds every word in any searched field, folded (accents, case)', () => {
      const engine = engineOf();
      expect(names(engine, all(engine, { search: 'nunez' }).rows)).to.deep.equal(['Ana Núñez']);
      expect(names(engine, all(engine, { search: 'CHILE  dev' }).rows)).to.deep.equal(['district 10']);
      expect(names(engine, all(engine, { search: 'transparencia' }).rows)).to.deep.equal(['João Silva']);
      expect(all(engine, { search: 'nobody' }).rows).to.have.length(0);
    });

    it('narrows from the last result while the reader types on, with the same result as a fresh search', () => {
      const typed = engineOf();
      for (const query of ['d', 'di', 'dis', 'dist']) all(typed, { search: query });
      const fresh = engineOf();
      expect(names(typed, all(typed, { search: 'distr' }).rows)).to.deep.equal(names(fresh, all(fresh, { search: 'distr' }).rows));
      expect(names(typed, all(typed, { search: 'd' }).rows)).to.have.length(6);
    });

    it('keeps the sort order while searching', () => {
      const engine = engineOf();
      const order = engine.order([{ field: name, descending: true }]);
      expect(names(engine, all(engine, { order, search: 'i' }).rows)).to.deep.equal([
        'Zoë Müller',
        'João Silva',
        'district 10',
        'District 9',
        'Bruno Ortiz',
        'Ana Núñez',
        'Álvaro Díaz',
      ]);
    });
  });

  describe('facets', () => {
    it('counts, for each facet, what the search and the other facets let through', () => {
      const engine = engineOf();
      // Facets are counted once their field is encoded (at once for small data, else while the page is idle).
      engine.prepare(country);
      engine.prepare(role);
      const view = all(engine, { facets: [{ field: country }, { field: org, wanted: 'mysociety' }, { field: role }] });
      expect(names(engine, view.rows)).to.deep.equal(['Zoë Müller', 'Bruno Ortiz']);
      const [countries, orgs, roles] = view.facets;
      // Countries of mySociety's rows only; organisations of every row (the organisation facet's own filter is not applied to it).
      // Every value stays a choice, with 0 where nothing would show.
      expect(countries).to.deep.equal({ values: ['Chile', 'United Kingdom'], counts: [0, 2], none: 0, total: 2 });
      expect(orgs).to.deep.equal({
        values: ['Ciudadano Inteligente', 'mySociety', 'Transparência Brasil'],
        counts: [2, 2, 1],
        none: 2,
        total: 7,
      });
      expect(roles).to.deep.equal({ values: ['Designer', 'Developer', 'Director', 'Researcher'], counts: [1, 1, 0, 0], none: 0, total: 2 });
    });

    it('takes any number of facets, and a search, together', () => {
      const engine = engineOf();
      const view = all(engine, {
        search: 'd',
        facets: [
          { field: country, wanted: 'chile' },
          { field: role, wanted: 'Developer' },
        ],
      });
      expect(names(engine, view.rows)).to.deep.equal(['district 10']);
      // Developers with a "d": one in Chile, one in the United Kingdom; Chileans with a "d": three, one a developer.
      expect(view.facets[0]).to.deep.equal({ values: ['Chile', 'United Kingdom'], counts: [1, 1], none: 0, total: 2 });
      expect(view.facets[1]).to.deep.equal({
        values: ['Designer', 'Developer', 'Director', 'Researcher'],
        counts: [0, 1, 1, 0],
        none: 1,
        total: 3,
      });
    });

    it('picks the rows with no value ("not given"), and counts them', () => {
      const engine = engineOf();
      const view = all(engine, { facets: [{ field: country, wanted: null }] });
      expect(names(engine, view.rows)).to.deep.equal(['João Silva', 'District 9']);
      expect(view.facets[0]).to.deep.include({ none: 2, total: 7 });
    });

    it('shows nothing for a value no row has', () => {
      const engine = engineOf();
      expect(all(engine, { facets: [{ field: country, wanted: 'Atlantis' }] }).rows).to.have.length(0);
    });

    it('reads only the filtered field for a filter without a search', () => {
      const engine = engineOf();
      expect(names(engine, all(engine, { facets: [{ field: country, wanted: 'United Kingdom' }] }).rows)).to.deep.equal([
        'Zoë Müller',
        'Bruno Ortiz',
      ]);
      expect([name, country, org, role].map((field) => engine.isEncoded(field))).to.deep.equal([false, true, false, false]);
    });

    it('leaves a facet uncounted until its field is encoded', () => {
      const engine = engineOf();
      expect(all(engine, { facets: [{ field: country }] }).facets).to.deep.equal([undefined]);
      engine.prepare(country);
      expect(all(engine, { facets: [{ field: country }] }).facets[0]).to.include({ total: 7 });
    });
  });

  describe('grouping', () => {
    it('puts a heading with its count before each group, in collation order, "not given" last', () => {
      const engine = engineOf();
      const view = all(engine, { order: engine.order([{ field: name, descending: false }]), group: country });
      const lines = Array.from({ length: view.lines.length }, (_, k) => view.lines.at(k)!).map((item) =>
        typeof item === 'number' ? engine.text(name, item) : `# ${item.label} (${item.count})`,
      );
      expect(lines).to.deep.equal([
        '# Chile (3)',
        'Álvaro Díaz',
        'Ana Núñez',
        'district 10',
        '# United Kingdom (2)',
        'Bruno Ortiz',
        'Zoë Müller',
        '#  (2)',
        'District 9',
        'João Silva',
      ]);
    });
  });

  describe('reading', () => {
    it('reads a row directly until its field is encoded, and the same text after', () => {
      const records: Participant[] = [{ name: ['a', { en: 'b' }] }, { name: 7 }, { name: null }];
      const engine = engineOf(records);
      const before = [0, 1, 2].map((i) => engine.text(name, i));
      engine.prepare(name, { search: true, sort: true });
      expect(engine.isEncoded(name)).to.equal(true);
      expect([0, 1, 2].map((i) => engine.text(name, i))).to.deep.equal(before);
      expect(before).to.deep.equal(['a, b', '7', '']);
    });

    it('encodes a large field a slice of rows at a time in idle tasks, each slice kept when a sort needs it early', () => {
      const many: Participant[] = Array.from({ length: 50_000 }, (_, i) => ({ name: `Person ${(i * 7919) % 50_000}` }));
      const [idle, eager] = [engineOf(many), engineOf(many)];
      const tasks = idle.indexing({ search: [], sort: [name], both: [] });
      // Three slices of rows, then the sort ranks.
      expect(tasks).to.have.length(4);
      tasks[0]!();
      tasks[1]!();
      expect(idle.isEncoded(name)).to.equal(false);
      // A sort before the last slice finishes the encoding from where it stopped.
      const order = idle.order([{ field: name, descending: false }])!;
      expect(idle.isEncoded(name)).to.equal(true);
      tasks.slice(2).forEach((task) => task());
      expect(Array.from(order)).to.deep.equal(Array.from(eager.order([{ field: name, descending: false }])!));
      expect(names(idle, order.subarray(0, 3))).to.deep.equal(['Person 0', 'Person 1', 'Person 2']);
    });

    it('finds the first row with a text', () => {
      const engine = engineOf();
      expect(engine.find(name, 'Bruno Ortiz')).to.equal(4);
      expect(engine.find(name, 'Nobody')).to.equal(-1);
    });
  });
});
