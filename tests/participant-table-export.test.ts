import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/participant-table/participant-table.js';
import type { PoplusParticipantTable } from '../src/elements/participant-table/participant-table.js';

/** What other pages and programs get out of the table: a CSV file as spreadsheets open it, and `showRecord`. */

const root = (el: Element) => el.shadowRoot!;
const names = (el: Element) =>
  [...root(el).querySelectorAll<HTMLTableRowElement>('tr[part="row"]')].map((r) => r.cells[0]!.textContent!.trim());

const PEOPLE = [
  { id: 'ana', name: 'Ana Núñez', organization: 'Investigación Ciudadana', country: 'CL', role: '=1+1' },
  { id: 'tom', name: 'Tom Steinberg', organization: 'mySociety', country: 'GB', role: 'Founder; director' },
  { id: 'joao', name: 'João Silva', organization: 'Transparência Brasil', country: 'BR' },
];

describe('<poplus-participant-table> export', () => {
  it('writes a UTF-8 byte-order mark and commas for an English reader', async () => {
    const el = await fixture<PoplusParticipantTable>(
      html`<poplus-participant-table lang="en" columns="name organization role" .participants=${PEOPLE}></poplus-participant-table>`,
    );
    const csv = el.exportCsv();
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    expect(csv.slice(1).split('\r\n')).to.deep.equal([
      'Name,Organisation,Role',
      "Ana Núñez,Investigación Ciudadana,'=1+1",
      'Tom Steinberg,mySociety,Founder; director',
      'João Silva,Transparência Brasil,',
    ]);
    // What a spreadsheet reads: the text decoded as UTF-8, accents intact.
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8').decode(bytes)).to.contain('Investigación');
  });

  it('separates with semicolons where the language writes decimals with a comma', async () => {
    const el = await fixture<PoplusParticipantTable>(
      html`<poplus-participant-table lang="es" columns="name role country" .participants=${PEOPLE}></poplus-participant-table>`,
    );
    expect(el.exportCsv().slice(1).split('\r\n')).to.deep.equal([
      'Nombre;Función;País',
      "Ana Núñez;'=1+1;Chile",
      'Tom Steinberg;"Founder; director";Reino Unido',
      'João Silva;;Brasil',
    ]);
  });

  it('exports the rows in view, in the order shown', async () => {
    const el = await fixture<PoplusParticipantTable>(
      html`<poplus-participant-table lang="en" columns="name" sort="-name" query="a" .participants=${PEOPLE}></poplus-participant-table>`,
    );
    expect(el.exportCsv()).to.equal('\uFEFFName\r\nJoão Silva\r\nAna Núñez');
  });
});

describe('<poplus-participant-table> showRecord', () => {
  it('clears the filters that hide a row, then focuses it', async () => {
    const el = await fixture<PoplusParticipantTable>(
      html`<poplus-participant-table lang="en" filter-country="GB" query="tom" .participants=${PEOPLE}></poplus-participant-table>`,
    );
    expect(names(el)).to.deep.equal(['Tom Steinberg']);
    expect(await el.showRecord('tom')).to.equal(true);
    expect(el.query).to.equal('tom');
    expect(await el.showRecord('joao')).to.equal(true);
    expect([el.query, el.filterCountry]).to.deep.equal(['', '']);
    expect(root(el).activeElement!.textContent).to.contain('João Silva');
    expect(await el.showRecord('nobody')).to.equal(false);
  });

  it('goes to the page that holds the row', async () => {
    const many = Array.from({ length: 45 }, (_, i) => ({ id: `p${i + 1}`, name: `Person ${i + 1}` }));
    const el = await fixture<PoplusParticipantTable>(
      html`<poplus-participant-table lang="en" page-size="10" .participants=${many}></poplus-participant-table>`,
    );
    expect(await el.showRecord('p37')).to.equal(true);
    expect(el.page).to.equal(4);
    expect(root(el).activeElement!.textContent).to.contain('Person 37');
  });

  it('scrolls a windowed table to the row', async () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ id: i + 1, name: `Person ${i + 1}` }));
    const el = await fixture<PoplusParticipantTable>(
      html`<poplus-participant-table lang="en" .participants=${many}></poplus-participant-table>`,
    );
    expect(await el.showRecord('4321')).to.equal(true);
    const focused = root(el).activeElement as HTMLElement;
    expect(focused.textContent).to.contain('Person 4321');
    expect(focused.getAttribute('aria-rowindex')).to.equal('4322');
    const box = root(el).querySelector('[part="scroller"]')!.getBoundingClientRect();
    const row = focused.getBoundingClientRect();
    expect(row.top).to.be.at.least(box.top);
    expect(row.bottom).to.be.at.most(box.bottom + 0.5);
  });
});
