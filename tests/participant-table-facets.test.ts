import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/participant-table/participant-table.js';
import type { PoplusParticipantTable } from '../src/elements/participant-table/participant-table.js';
import type { PoplusFilterChangeEvent } from '../src/shared/events/index.js';

/** Facets on any field: counts, "not given", the `filters` property, and the combobox of a facet with many values. */

const root = (el: Element) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector)!;
const qa = <T extends Element = HTMLElement>(el: Element, selector: string) => [...root(el).querySelectorAll<T>(selector)];
const names = (el: Element) => qa<HTMLTableRowElement>(el, 'tr[part="row"]').map((row) => row.cells[0]!.textContent!.trim());
const options = (select: HTMLSelectElement) => [...select.options].map((o) => o.textContent!.trim());
const selectOf = (el: Element, label: string) =>
  qa<HTMLSelectElement>(el, 'select[part="filter"]').find((s) => s.closest('label')!.textContent!.includes(label))!;

const PEOPLE = [
  { name: 'Zoë Müller', organization: 'mySociety', country: 'GB', role: 'Developer' },
  { name: 'Ana Núñez', organization: 'Ciudadano Inteligente', country: 'CL', role: 'Director' },
  { name: 'Álvaro Díaz', organization: 'Ciudadano Inteligente', country: 'CL' },
  { name: 'João Silva', organization: 'Transparência Brasil', role: 'Developer' },
  { name: 'Bruno Ortiz', organization: 'mySociety', country: 'GB', role: 'Designer' },
];

async function pick(el: PoplusParticipantTable, select: HTMLSelectElement, label: string): Promise<PoplusFilterChangeEvent> {
  select.value = [...select.options].find((o) => o.textContent!.trim().startsWith(label))!.value;
  const changed = oneEvent(el, 'poplus-filter-change') as Promise<PoplusFilterChangeEvent>;
  select.dispatchEvent(new Event('change'));
  return changed;
}

describe('<poplus-participant-table> facets', () => {
  it('offers any field as a facet, with a "not given" choice for rows without a value', async () => {
    const el = await fixture<PoplusParticipantTable>(
      html`<poplus-participant-table lang="en" facets="role country" .participants=${PEOPLE}></poplus-participant-table>`,
    );
    const role = selectOf(el, 'Role');
    expect(options(role)).to.deep.equal(['All (5)', 'Designer (1)', 'Developer (2)', 'Director (1)', 'Not given (1)']);
    const event = await pick(el, role, 'Not given');
    expect(names(el)).to.deep.equal(['Álvaro Díaz']);
    expect(event.detail).to.deep.include({ filters: { role: null }, shown: 1, total: 5 });
    // The other facet counts what the role filter lets through.
    expect(options(selectOf(el, 'Country'))).to.deep.equal(['All (1)', 'Chile (1)', 'United Kingdom (0)', 'Not given (0)']);
  });

  it('lets the page pick the rows with no country, which "All" alone could not', async () => {
    const el = await fixture<PoplusParticipantTable>(
      html`<poplus-participant-table lang="en" columns="name country" src="/demo/data/organisations.json"></poplus-participant-table>`,
    );
    await oneEvent(el, 'poplus-load');
    const country = selectOf(el, 'Country');
    expect(options(country)[0]).to.equal('All (16)');
    expect(options(country).at(-1)).to.equal('Not given (7)');
    await pick(el, country, 'Not given');
    expect(names(el)).to.have.length(7);
    expect(qa<HTMLTableRowElement>(el, 'tr[part="row"]').every((row) => row.cells[1]!.textContent!.trim() === '')).to.equal(true);
  });

  it('takes filters as JSON, from an attribute or the property', async () => {
    const el = await fixture<PoplusParticipantTable>(
      html`<poplus-participant-table lang="en" facets="role country" filters='{"role": "developer"}' .participants=${PEOPLE}></poplus-participant-table>`,
    );
    expect(names(el)).to.deep.equal(['Zoë Müller', 'João Silva']);
    expect(selectOf(el, 'Role').selectedOptions[0]!.textContent!.trim()).to.equal('Developer (2)');
    el.filters = { role: 'Developer', country: null };
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['João Silva']);
    el.filters = { country: 'cl' };
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Ana Núñez', 'Álvaro Díaz']);
  });

  it('reports the country and organisation filters under their fields, with the attributes kept', async () => {
    const el = await fixture<PoplusParticipantTable>(
      html`<poplus-participant-table lang="en" .participants=${PEOPLE}></poplus-participant-table>`,
    );
    const event = await pick(el, selectOf(el, 'Country'), 'Chile');
    expect(el.getAttribute('filter-country')).to.equal('Chile');
    expect(event.detail.filters).to.deep.equal({ country: 'Chile' });
    const second = await pick(el, selectOf(el, 'Organisation'), 'Ciudadano');
    expect(second.detail.filters).to.deep.equal({ country: 'Chile', organization: 'Ciudadano Inteligente' });
    expect(names(el)).to.deep.equal(['Ana Núñez', 'Álvaro Díaz']);
  });

  it('fills its facets once the page is idle, above the rows it indexes at once', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({ name: `Person ${i + 1}`, country: ['CL', 'AR', undefined][i % 3] }));
    const el = await fixture<PoplusParticipantTable>(
      html`<poplus-participant-table lang="en" .participants=${many}></poplus-participant-table>`,
    );
    const country = () => selectOf(el, 'Country');
    expect(options(country())).to.deep.equal(['All (3,000)']);
    await waitUntil(() => country().options.length > 1, 'the facet was not filled', { timeout: 4000 });
    expect(options(country())).to.deep.equal(['All (3,000)', 'Argentina (1,000)', 'Chile (1,000)', 'Not given (1,000)']);
  });

  describe('with many values: a combobox', () => {
    const many = Array.from({ length: 130 }, (_, i) => ({
      name: `Person ${i + 1}`,
      organization: `Civic lab ${(i % 65) + 1}`,
      country: 'CL',
    }));
    const combobox = (el: Element) => q<HTMLInputElement>(el, 'input[role="combobox"]');
    const shown = (el: Element) => qa(el, '[role="option"]').map((o) => o.textContent!.trim());

    async function open(): Promise<PoplusParticipantTable> {
      const el = await fixture<PoplusParticipantTable>(
        html`<poplus-participant-table lang="en" .participants=${many}></poplus-participant-table>`,
      );
      // The combobox loads on first use.
      await waitUntil(() => combobox(el), 'the combobox did not load', { timeout: 4000 });
      return el;
    }

    it('is a labelled combobox, and draws a bounded list of choices, not one option per value', async () => {
      const el = await open();
      expect(qa(el, 'select[part="filter"]')).to.have.length(1);
      const input = combobox(el);
      expect(input.labels![0]!.textContent).to.equal('Organisation');
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      expect(input.getAttribute('aria-autocomplete')).to.equal('list');
      expect(input.placeholder).to.equal('All (130)');
      expect(qa(el, '[role="option"]')).to.have.length(0);
      input.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(input.getAttribute('aria-expanded')).to.equal('true');
      expect(shown(el)).to.have.length(20);
      expect(shown(el).slice(0, 3)).to.deep.equal(['All (130)', 'Civic lab 1 (2)', 'Civic lab 2 (2)']);
      expect(q(el, '.more').textContent).to.equal('46 more: type to narrow the list');
      const listbox = q(el, '[role="listbox"]');
      expect(input.getAttribute('aria-controls')).to.equal(listbox.id);
      expect(input.getAttribute('aria-activedescendant')).to.equal(qa(el, '[role="option"]')[0]!.id);
      await expect(el).to.be.accessible();
    });

    it('narrows the choices as the reader types, and picks with the arrow keys and Enter', async () => {
      const el = await open();
      combobox(el).focus();
      await sendKeys({ type: 'LAB 6' });
      await el.updateComplete;
      expect(shown(el)).to.deep.equal([
        'Civic lab 6 (2)',
        'Civic lab 60 (2)',
        'Civic lab 61 (2)',
        'Civic lab 62 (2)',
        'Civic lab 63 (2)',
        'Civic lab 64 (2)',
        'Civic lab 65 (2)',
      ]);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(q(el, '[role="option"].active').textContent!.trim()).to.equal('Civic lab 60 (2)');
      const changed = oneEvent(el, 'poplus-filter-change') as Promise<PoplusFilterChangeEvent>;
      await sendKeys({ press: 'Enter' });
      expect((await changed).detail.filters).to.deep.equal({ organization: 'Civic lab 60' });
      expect(el.getAttribute('filter-organization')).to.equal('Civic lab 60');
      expect(names(el)).to.deep.equal(['Person 60', 'Person 125']);
      expect(combobox(el).value).to.equal('Civic lab 60');
      expect(combobox(el).getAttribute('aria-expanded')).to.equal('false');
    });

    it('closes with Escape, then clears its filter with a second Escape', async () => {
      const el = await fixture<PoplusParticipantTable>(
        html`<poplus-participant-table lang="en" filter-organization="Civic lab 3" .participants=${many}></poplus-participant-table>`,
      );
      expect(names(el)).to.deep.equal(['Person 3', 'Person 68']);
      combobox(el).focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(q(el, '[role="option"][aria-selected="true"]').textContent!.trim()).to.equal('Civic lab 3 (2)');
      expect(getComputedStyle(q(el, '.popup')).display).to.equal('block');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(combobox(el).getAttribute('aria-expanded')).to.equal('false');
      expect(getComputedStyle(q(el, '.popup')).display).to.equal('none');
      expect(names(el)).to.have.length(2);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(el.filterOrganization).to.equal('');
      expect(names(el)).to.have.length(130);
    });

    it('picks a choice with the pointer', async () => {
      const el = await open();
      combobox(el).click();
      await el.updateComplete;
      qa(el, '[role="option"]')[2]!.click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Person 2', 'Person 67']);
    });
  });
});
