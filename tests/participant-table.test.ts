import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/participant-table/participant-table.js';
import type { PoplusParticipantTable } from '../src/elements/participant-table/participant-table.js';
import type {
  PoplusFilterChangeEvent,
  PoplusPageChangeEvent,
  PoplusRowSelectEvent,
  PoplusSortChangeEvent,
} from '../src/shared/events/index.js';
import { emulateMedia } from './helpers.js';

const PEOPLE = [
  { name: 'Zoë Müller', organization: 'mySociety', country: 'GB', role: 'Developer' },
  { name: 'Ana Núñez', organization: 'Ciudadano Inteligente', country: 'CL', role: 'Director' },
  { name: 'Álvaro Díaz', organization: 'Ciudadano Inteligente', country: 'CL', role: 'Researcher' },
  { name: 'João Silva', organization: 'Transparência Brasil', country: 'BR', role: 'São Paulo office' },
  { name: 'Bruno Ortiz', organization: 'mySociety', country: 'GB', role: 'Designer' },
];

const root = (el: Element) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector)!;
const qa = <T extends Element = HTMLElement>(el: Element, selector: string) => [...root(el).querySelectorAll<T>(selector)];
/** The text of the first cell of each rendered data row. */
const names = (el: Element) => qa<HTMLTableRowElement>(el, 'tr[part="row"]').map((row) => row.cells[0]!.textContent!.trim());
const summary = (el: Element) => q(el, '[part="summary"]').textContent!.trim();
const header = (el: Element, label: string) => qa<HTMLTableCellElement>(el, 'thead th').find((th) => th.textContent!.includes(label))!;

async function table(template: ReturnType<typeof html>): Promise<PoplusParticipantTable> {
  const wrapper = await fixture<HTMLElement>(template);
  const el = (
    wrapper.localName === 'poplus-participant-table' ? wrapper : wrapper.querySelector('poplus-participant-table')!
  ) as PoplusParticipantTable;
  await el.updateComplete;
  return el;
}

async function loaded(template: ReturnType<typeof html>): Promise<PoplusParticipantTable> {
  const el = await table(template);
  await waitUntil(() => root(el).querySelector('table, [part="error"], [part="empty"]'), 'data did not load', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

async function type(el: PoplusParticipantTable, text: string) {
  const input = q<HTMLInputElement>(el, 'input[type="search"]');
  input.focus();
  input.select();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('<poplus-participant-table>', () => {
  afterEach(() => emulateMedia({}));

  describe('pages (page-size)', () => {
    const paged = () =>
      table(html`<poplus-participant-table lang="en" sort="name" page-size="2" .participants=${PEOPLE}></poplus-participant-table>`);
    const pageButton = (el: Element, label: string) =>
      qa<HTMLButtonElement>(el, '[part="page-button"]').find((b) => b.textContent!.trim() === label)!;

    it('shows one page of rows, names the page, and keeps the whole count for assistive technology', async () => {
      const el = await paged();
      expect(names(el)).to.deep.equal(['Álvaro Díaz', 'Ana Núñez']);
      expect(q(el, '[part="pager"]').getAttribute('aria-label')).to.equal('Pages');
      expect(q(el, '.page-number').textContent!.trim()).to.equal('Page 1 of 3');
      expect(q(el, 'table').getAttribute('aria-rowcount')).to.equal('6');
      expect(pageButton(el, 'Previous page').getAttribute('aria-disabled')).to.equal('true');
      expect(summary(el)).to.equal('5 of 5 participants, sorted by Name');
    });

    it('moves on with Next, fires poplus-page-change, and ends on a last page that says so', async () => {
      const el = await paged();
      setTimeout(() => pageButton(el, 'Next page').click());
      const event = (await oneEvent(el, 'poplus-page-change')) as PoplusPageChangeEvent;
      expect(event.detail).to.deep.equal({ page: 2, pages: 3, pageSize: 2 });
      expect(names(el)).to.deep.equal(['Bruno Ortiz', 'João Silva']);
      expect(qa(el, 'tr[part="row"]').map((row) => row.getAttribute('aria-rowindex'))).to.deep.equal(['4', '5']);
      expect(el.getAttribute('page')).to.equal('2');
      pageButton(el, 'Next page').click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Zoë Müller']);
      expect(pageButton(el, 'Next page').getAttribute('aria-disabled')).to.equal('true');
      pageButton(el, 'Next page').click();
      await el.updateComplete;
      expect(el.page).to.equal(3);
      // The row Tab reaches is on the page shown.
      expect(qa(el, 'tr[part="row"][tabindex="0"]')).to.have.length(1);
    });

    it('crosses pages with the arrow keys, and goes back to page 1 on a search', async () => {
      const el = await paged();
      qa<HTMLElement>(el, 'tr[part="row"]')[1]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(el.page).to.equal(2);
      expect(root(el).activeElement!.textContent).to.include('Bruno Ortiz');
      await type(el, 'o');
      expect(el.page).to.equal(1);
      expect(q(el, '.page-number').textContent!.trim()).to.match(/^Page 1 of /);
    });

    it('is accessible', async () => {
      const el = await paged();
      await expect(el).to.be.accessible();
    });
  });

  describe('data in', () => {
    it('reads the PoplusCon Popolo export from src: people with their organisation and country', async () => {
      const el = await loaded(html`<poplus-participant-table lang="en" src="/demo/data/popolo-fixture.json"></poplus-participant-table>`);
      expect(qa(el, 'thead th').map((th) => th.querySelector('span')!.textContent)).to.deep.equal(['Name', 'Organisation', 'Country']);
      const tom = qa<HTMLTableRowElement>(el, 'tr[part="row"]').find((row) => row.textContent!.includes('Tom Steinberg'))!;
      expect([...tom.cells].map((c) => c.textContent!.trim())).to.deep.equal(['Tom Steinberg', 'mySociety', 'United Kingdom']);
      expect(q(el, 'caption').textContent).to.equal('Participants');
    });

    it('reads an EveryPolitician CSV with chosen columns, sorting names by sort_name', async () => {
      const el = await loaded(
        html`<poplus-participant-table lang="en" columns="name group area" sort="name" src="/tests/fixtures/ep-taiwan-legislative_yuan-term9.csv"></poplus-participant-table>`,
      );
      expect(qa(el, 'thead th').map((th) => th.querySelector('span')!.textContent)).to.deep.equal(['Name', 'Group', 'Area']);
      // sort_name is "family, given": Fai sorts under F, before Hsiao, though "Alex" alone would come first.
      const order = names(el);
      expect(order[0]).not.to.equal('Alex Hrong-Tai Fai');
      expect(order.indexOf('Alex Hrong-Tai Fai')).to.be.lessThan(order.indexOf('Bi-Khim Hsiao'));
      expect(summary(el)).to.equal('117 of 117 participants, sorted by Name');
    });

    it('reads an EveryPolitician Popolo file: party, area and term headed as such, the term a facet, Wikidata linked', async () => {
      const el = await loaded(
        html`<poplus-participant-table lang="en" columns="name party area term wikidata" facets="term" src="/tests/fixtures/ep-nauru-parliament-popolo.json"></poplus-participant-table>`,
      );
      const headings = qa(el, 'thead th').map((th) => th.querySelector('span')!.textContent);
      expect(headings).to.deep.equal(['Name', 'Party', 'Area', 'Term', 'Wikidata']);
      expect(q(el, '[part="filter"]').closest('label')!.textContent).to.contain('Term');
      const stephen = qa<HTMLTableRowElement>(el, 'tr[part="row"]').find((row) => row.textContent!.includes('Marcus Stephen'))!;
      const link = stephen.cells[4]!.querySelector('a')!;
      expect(link.href).to.equal('https://www.wikidata.org/wiki/Q274174');
      expect(link.textContent).to.equal('https://www.wikidata.org/wiki/Q274174');
    });

    it('reads Wikidata query results: the label variable names the row, camelCase variables read as words', async () => {
      const el = await loaded(
        html`<poplus-participant-table lang="en" src="/tests/fixtures/wikidata-bundesrat-members.json"></poplus-participant-table>`,
      );
      expect(qa(el, 'thead th').map((th) => th.querySelector('span')!.textContent)).to.deep.equal(['Person', 'Party']);
      expect(qa<HTMLTableRowElement>(el, 'tr[part="row"]')[0]!.cells[1]!.querySelector('a')!.href).to.match(
        /^http:\/\/www\.wikidata\.org\/entity\/Q\d+$/,
      );
      el.columns = 'personLabel dateOfBirth thumbnailURI abgeordnetenwatchID';
      await el.updateComplete;
      const headings = qa(el, 'thead th').map((th) => th.querySelector('span')!.textContent);
      expect(headings).to.deep.equal(['Person', 'Date of birth', 'Thumbnail URI', 'Abgeordnetenwatch ID']);
    });

    it("shows a programme's speakers with their sessions", async () => {
      const el = await loaded(
        html`<poplus-participant-table lang="en" format="speakers" src="/demo/data/38c3-schedule.xml"></poplus-participant-table>`,
      );
      expect(qa(el, 'thead th').map((th) => th.querySelector('span')!.textContent)).to.deep.equal(['Name', 'Sessions']);
      expect(qa<HTMLTableRowElement>(el, 'tr[part="row"]').every((row) => row.cells[1]!.textContent!.trim() !== '')).to.equal(true);
    });

    it('shows the organisations file of the demo through src', async () => {
      const el = await loaded(
        html`<poplus-participant-table lang="en" columns="name country url" src="/demo/data/organisations.json"></poplus-participant-table>`,
      );
      expect(names(el)).to.have.length(16);
      const link = q<HTMLAnchorElement>(el, 'td a');
      expect(link.href).to.equal('http://mysociety.org/');
      expect(link.textContent).to.equal('mysociety.org');
      // Seven organisations have no stated country: "All" still counts every row.
      expect(q<HTMLSelectElement>(el, 'select[part="filter"]').options[0]!.textContent!.trim()).to.equal('All (16)');
    });

    it('reads a plain <table> inside it as data (progressive enhancement)', async () => {
      const el = await table(html`<poplus-participant-table lang="en">
        <table>
          <thead><tr><th>Name</th><th>Country</th></tr></thead>
          <tbody><tr><td>Ana Núñez</td><td>CL</td></tr><tr><td>Tom Steinberg</td><td>GB</td></tr></tbody>
        </table>
      </poplus-participant-table>`);
      expect(names(el)).to.deep.equal(['Ana Núñez', 'Tom Steinberg']);
      expect(qa<HTMLTableRowElement>(el, 'tr[part="row"]')[0]!.cells[1]!.textContent!.trim()).to.equal('Chile');
    });

    it('reads inline JSON and fires poplus-load', async () => {
      const el = await loaded(
        html`<poplus-participant-table lang="en"><script type="application/json">[{"name": "Ana"}]</script></poplus-participant-table>`,
      );
      expect(names(el)).to.deep.equal(['Ana']);
    });

    it('shows the loading state, then the empty state for an empty list', async () => {
      const el = await table(
        html`<poplus-participant-table lang="en" src="/__slow/300/tests/fixtures/people.json"></poplus-participant-table>`,
      );
      expect(q(el, '[part="loading"]').textContent).to.equal('Loading…');
      el.src = undefined;
      el.participants = [];
      await el.updateComplete;
      expect(q(el, '[part="empty"]').getAttribute('role')).to.equal('status');
    });

    it('reports a malformed CSV in the error state, translated', async () => {
      const el = await table(
        html`<poplus-participant-table lang="es" format="csv" src="/tests/fixtures/broken.json"></poplus-participant-table>`,
      );
      el.src = 'data:text/csv,name%0A%22Ana';
      await oneEvent(el, 'poplus-error');
      await el.updateComplete;
      expect(q(el, '[part="error"]').textContent).to.contain('no es CSV válido');
    });
  });

  describe('bad input', () => {
    it('renders HTML, scripts, nulls and huge strings as text, and never links javascript: URLs', async () => {
      const huge = 'x'.repeat(5_000_000);
      const el = await table(html`<poplus-participant-table lang="en" columns="name url role"></poplus-participant-table>`);
      el.participants = [
        { name: '<img src=x onerror=alert(1)><script>alert(1)</script>', url: 'javascript:alert(1)', role: huge },
        { name: null, url: { evil: true }, role: ['a', 'b'] },
        { name: { en: 'Mapped' } },
      ];
      await el.updateComplete;
      expect(root(el).querySelector('img, script')).to.equal(null);
      expect(root(el).querySelector('a')).to.equal(null);
      expect(names(el)).to.deep.equal(['<img src=x onerror=alert(1)><script>alert(1)</script>', '', 'Mapped']);
      const longCell = qa<HTMLTableRowElement>(el, 'tr[part="row"]')[0]!.cells[2]!;
      expect(longCell.textContent!.length).to.be.lessThan(1000);
      expect(qa<HTMLTableRowElement>(el, 'tr[part="row"]')[1]!.cells[2]!.textContent).to.equal('a, b');
    });
  });

  describe('sorting', () => {
    it("sorts by name with the reader's collation from the header button, and says so", async () => {
      const el = await table(html`<poplus-participant-table lang="es" .participants=${PEOPLE}></poplus-participant-table>`);
      const th = header(el, 'Nombre');
      expect(th.getAttribute('aria-sort')).to.equal('none');
      const button = th.querySelector('button')!;
      expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Nombre, ordenar ascendente ↕');
      expect(button.querySelector('.sort-icon')!.getAttribute('aria-hidden')).to.equal('true');
      setTimeout(() => button.click());
      const event = (await oneEvent(el, 'poplus-sort-change')) as PoplusSortChangeEvent;
      expect(event.detail).to.deep.equal({ sort: [{ column: 'name', direction: 'ascending' }], value: 'name' });
      expect(names(el)).to.deep.equal(['Álvaro Díaz', 'Ana Núñez', 'Bruno Ortiz', 'João Silva', 'Zoë Müller']);
      expect(header(el, 'Nombre').getAttribute('aria-sort')).to.equal('ascending');
      expect(el.getAttribute('sort')).to.equal('name');
      expect(summary(el)).to.equal('5 de 5 participantes, ordenados por Nombre');
      header(el, 'Nombre').querySelector('button')!.click();
      await el.updateComplete;
      expect(header(el, 'Nombre').getAttribute('aria-sort')).to.equal('descending');
      expect(names(el)[0]).to.equal('Zoë Müller');
    });

    it('adds a column to the sort with Shift', async () => {
      const el = await table(html`<poplus-participant-table lang="en" sort="country" .participants=${PEOPLE}></poplus-participant-table>`);
      header(el, 'Name')
        .querySelector('button')!
        .dispatchEvent(new MouseEvent('click', { shiftKey: true, bubbles: true }));
      await el.updateComplete;
      expect(el.sort).to.equal('country name');
      expect(names(el)).to.deep.equal(['João Silva', 'Álvaro Díaz', 'Ana Núñez', 'Bruno Ortiz', 'Zoë Müller']);
      expect(header(el, 'Country').getAttribute('aria-sort')).to.equal('ascending');
      expect(header(el, 'Name').getAttribute('aria-sort')).to.equal('none');
      expect(header(el, 'Name').querySelector('.sort-icon')!.textContent).to.equal('↑');
      expect(summary(el)).to.equal('5 of 5 participants, sorted by Country and Name');
    });

    it('sorts ISO country codes by the localized country name', async () => {
      const el = await table(
        html`<poplus-participant-table lang="en" columns="name country" sort="country" .participants=${PEOPLE}></poplus-participant-table>`,
      );
      const countries = qa<HTMLTableRowElement>(el, 'tr[part="row"]').map((row) => row.cells[1]!.textContent!.trim());
      expect(countries).to.deep.equal(['Brazil', 'Chile', 'Chile', 'United Kingdom', 'United Kingdom']);
      el.lang = 'es';
      await waitUntil(() => q(el, 'thead th span').textContent === 'Nombre', 'language did not change');
      const spanish = qa<HTMLTableRowElement>(el, 'tr[part="row"]').map((row) => row.cells[1]!.textContent!.trim());
      expect(spanish).to.deep.equal(['Brasil', 'Chile', 'Chile', 'Reino Unido', 'Reino Unido']);
    });

    it('sorts numbers inside text numerically', async () => {
      const el = await table(html`<poplus-participant-table lang="en" columns="name" sort="name"></poplus-participant-table>`);
      el.participants = [{ name: 'District 10' }, { name: 'District 9' }, { name: 'district 1' }];
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['district 1', 'District 9', 'District 10']);
    });
  });

  describe('search and filters', () => {
    it('finds names regardless of accents and case, and announces the count', async () => {
      const el = await table(html`<poplus-participant-table lang="en" .participants=${PEOPLE}></poplus-participant-table>`);
      const label = q(el, 'input[type="search"]').closest('label')!;
      expect(label.textContent!.trim()).to.equal('Search');
      const changed = oneEvent(el, 'poplus-filter-change') as Promise<PoplusFilterChangeEvent>;
      await type(el, 'nunez');
      expect(names(el)).to.deep.equal(['Ana Núñez']);
      expect(q(el, '[part="summary"]').getAttribute('role')).to.equal('status');
      expect(summary(el)).to.equal('1 of 5 participants');
      const event = await changed;
      expect(event.detail.query).to.equal('n');
      for (let i = 0; i < 4; i++) await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect(el.query).to.equal('n');
      // Every row has an "n" somewhere: in a name, an organisation or a country ("United Kingdom").
      expect(names(el)).to.have.length(5);
      await type(el, 'sao paulo');
      expect(names(el)).to.deep.equal(['João Silva']);
      expect(el.query).to.equal('sao paulo');
    });

    it('searches the displayed country name and shows a message when nothing matches', async () => {
      const el = await table(html`<poplus-participant-table lang="en" query="kingdom" .participants=${PEOPLE}></poplus-participant-table>`);
      expect(names(el)).to.deep.equal(['Zoë Müller', 'Bruno Ortiz']);
      el.query = 'nobody-here';
      await el.updateComplete;
      expect(names(el)).to.deep.equal([]);
      expect(q(el, '.no-match').textContent).to.contain('No participant matches');
    });

    it('offers country and organisation filters with counts that follow the other filters', async () => {
      const el = await table(html`<poplus-participant-table lang="en" .participants=${PEOPLE}></poplus-participant-table>`);
      const [country, org] = qa<HTMLSelectElement>(el, 'select[part="filter"]');
      expect(country!.closest('label')!.textContent).to.contain('Country');
      expect([...country!.options].map((o) => o.textContent!.trim())).to.deep.equal([
        'All (5)',
        'Brazil (1)',
        'Chile (2)',
        'United Kingdom (2)',
      ]);
      org!.value = 'mySociety';
      const changed = oneEvent(el, 'poplus-filter-change') as Promise<PoplusFilterChangeEvent>;
      org!.dispatchEvent(new Event('change'));
      const event = await changed;
      expect(event.detail).to.deep.include({ filters: { organization: 'mySociety' }, shown: 2, total: 5 });
      expect(el.getAttribute('filter-organization')).to.equal('mySociety');
      expect([...country!.options].map((o) => o.textContent!.trim())).to.deep.equal([
        'All (2)',
        'Brazil (0)',
        'Chile (0)',
        'United Kingdom (2)',
      ]);
    });

    it('takes the country filter as an attribute, as an ISO code', async () => {
      const el = await table(
        html`<poplus-participant-table lang="en" filter-country="CL" .participants=${PEOPLE}></poplus-participant-table>`,
      );
      expect(names(el)).to.deep.equal(['Ana Núñez', 'Álvaro Díaz']);
    });

    it('does not fire events when the page sets properties', async () => {
      let events = 0;
      const el = await table(html`<poplus-participant-table
        @poplus-sort-change=${() => events++}
        @poplus-filter-change=${() => events++}
        .participants=${PEOPLE}
      ></poplus-participant-table>`);
      el.sort = 'name';
      el.query = 'a';
      el.filterCountry = 'CL';
      await el.updateComplete;
      expect(events).to.equal(0);
    });
  });

  describe('grouping', () => {
    it('groups rows under headings with counts', async () => {
      const el = await table(
        html`<poplus-participant-table lang="en" group-by="country" .participants=${PEOPLE}></poplus-participant-table>`,
      );
      const rows = qa<HTMLTableRowElement>(el, 'tbody tr');
      expect(
        rows.map((r) => (r.classList.contains('group') ? `# ${r.textContent!.trim()}` : r.cells[0]!.textContent!.trim())),
      ).to.deep.equal([
        '# Brazil (1)',
        'João Silva',
        '# Chile (2)',
        'Ana Núñez',
        'Álvaro Díaz',
        '# United Kingdom (2)',
        'Zoë Müller',
        'Bruno Ortiz',
      ]);
      expect(q(el, 'table').getAttribute('aria-rowcount')).to.equal('9');
      await expect(el).to.be.accessible();
    });
  });

  describe('rows and keyboard', () => {
    it('moves between rows with arrow keys and selects with Enter; clicking selects too', async () => {
      const el = await table(html`<poplus-participant-table lang="en" .participants=${PEOPLE}></poplus-participant-table>`);
      const rows = qa<HTMLTableRowElement>(el, 'tr[part="row"]');
      expect(rows.map((r) => r.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
      rows[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(root(el).activeElement).to.equal(rows[1]);
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(root(el).activeElement).to.equal(rows[4]);
      const selected = oneEvent(el, 'poplus-row-select') as Promise<PoplusRowSelectEvent>;
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail).to.deep.equal({ participant: PEOPLE[4], index: 4 });
      const clicked = oneEvent(el, 'poplus-row-select') as Promise<PoplusRowSelectEvent>;
      rows[1]!.cells[1]!.click();
      expect((await clicked).detail.index).to.equal(1);
    });

    it('renders only the rows in view of 10,000, with the whole count for assistive technology', async () => {
      const many = Array.from({ length: 10_000 }, (_, i) => ({ name: `Person ${i + 1}`, country: ['CL', 'AR', 'MX'][i % 3] }));
      const el = await table(html`<poplus-participant-table lang="en" .participants=${many}></poplus-participant-table>`);
      expect(q(el, 'table').getAttribute('aria-rowcount')).to.equal('10001');
      const rendered = qa(el, 'tr[part="row"]');
      expect(rendered.length).to.be.within(10, 200);
      expect(rendered[0]!.getAttribute('aria-rowindex')).to.equal('2');
      rendered[0]!.focus();
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      const focused = root(el).activeElement!;
      expect(focused.getAttribute('aria-rowindex')).to.equal('10001');
      expect(focused.textContent).to.contain('Person 10000');
      expect(q(el, 'thead tr').getAttribute('aria-rowindex')).to.equal('1');
    });

    it('renders the rows scrolled to', async () => {
      const many = Array.from({ length: 5_000 }, (_, i) => ({ name: `Person ${i + 1}` }));
      const el = await table(html`<poplus-participant-table lang="en" .participants=${many}></poplus-participant-table>`);
      const scroller = q(el, '[part="scroller"]');
      scroller.scrollTop = scroller.scrollHeight / 2;
      scroller.dispatchEvent(new Event('scroll'));
      await el.updateComplete;
      const indexes = qa(el, 'tr[part="row"]').map((row) => Number(row.getAttribute('aria-rowindex')));
      expect(indexes[0]).to.be.within(2000, 2600);
      const visible = qa(el, 'tr[part="row"]').find((row) => {
        const box = row.getBoundingClientRect();
        const view = scroller.getBoundingClientRect();
        return box.top >= view.top + 40 && box.bottom <= view.bottom;
      })!;
      // The row in view is the one its index says: its text matches its place.
      expect(visible.textContent!.trim()).to.equal(`Person ${Number(visible.getAttribute('aria-rowindex')) - 1}`);
    });
  });

  describe('export', () => {
    it('exports the current view as CSV with formulas neutralised', async () => {
      const el = await table(html`<poplus-participant-table lang="en" columns="name role" sort="name"></poplus-participant-table>`);
      el.participants = [
        { name: 'Ana, "la jefa"', role: '@me' },
        { name: '=HYPERLINK("http://evil")', role: '+1' },
        { name: 'Bo', role: '-x' },
      ];
      el.query = 'e';
      await el.updateComplete;
      expect(el.exportCsv()).to.equal('\uFEFFName,Role\r\n"\'=HYPERLINK(""http://evil"")",\'+1\r\n"Ana, ""la jefa""",\'@me');
    });
  });

  describe('accessibility and languages', () => {
    it('is accessible with filters, sort and search', async () => {
      const el = await table(
        html`<poplus-participant-table lang="en" sort="name" export-button .participants=${PEOPLE}></poplus-participant-table>`,
      );
      await expect(el).to.be.accessible();
      expect(q(el, '[part="export-button"]').textContent).to.equal('Download CSV');
    });

    it('speaks Arabic right to left', async () => {
      const el = await table(
        html`<div dir="rtl" lang="ar"><poplus-participant-table .participants=${PEOPLE}></poplus-participant-table></div>`,
      );
      await waitUntil(() => q(el, 'thead th span').textContent === 'الاسم', 'Arabic labels did not load');
      expect(el.direction).to.equal('rtl');
      expect(getComputedStyle(q(el, 'thead th')).textAlign).to.equal('start');
      expect(qa<HTMLTableRowElement>(el, 'tr[part="row"]')[0]!.cells[3]!.textContent!.trim()).to.equal('المملكة المتحدة');
      await expect(el).to.be.accessible();
    });

    it('stacks rows as labelled lines in a narrow container', async () => {
      const el = await table(
        html`<div style="inline-size: 360px"><poplus-participant-table lang="en" .participants=${PEOPLE}></poplus-participant-table></div>`,
      );
      const cell = qa<HTMLTableRowElement>(el, 'tr[part="row"]')[0]!.cells[1]!;
      expect(getComputedStyle(cell).display).to.equal('grid');
      expect(getComputedStyle(cell, '::before').content).to.equal('"Organisation"');
    });

    it('keeps the header in view while the table scrolls', async () => {
      const el = await table(html`<poplus-participant-table lang="en" .participants=${PEOPLE}></poplus-participant-table>`);
      expect(getComputedStyle(q(el, 'thead th')).position).to.equal('sticky');
    });

    it('outlines controls in forced colours', async () => {
      await emulateMedia({ 'forced-colors': 'active' });
      const el = await table(html`<poplus-participant-table lang="en" .participants=${PEOPLE}></poplus-participant-table>`);
      expect(getComputedStyle(q(el, 'thead button')).borderTopStyle).to.equal('solid');
    });
  });
});
