import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { emulateMedia } from './helpers.js';
import '../src/elements/component-card/component-card.js';
import type { PoplusComponentCard } from '../src/elements/component-card/component-card.js';
import type { ComponentJson } from '../src/data/component.js';
import type { Json } from '../src/shared/text.js';
import type { PoplusErrorEvent } from '../src/shared/events/index.js';

let catalogue: { components: Json[] };
const entry = (id: string) => catalogue.components.find((c) => c.id === id)! as ComponentJson;

before(async () => {
  catalogue = await (await fetch('/demo/data/components.json')).json();
});

async function card(template: ReturnType<typeof html>): Promise<PoplusComponentCard> {
  const wrapper = await fixture<HTMLElement>(template);
  const el = (wrapper.matches('poplus-component-card') ? wrapper : wrapper.querySelector('poplus-component-card')) as PoplusComponentCard;
  await el.updateComplete;
  return el;
}

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const said = (node: Element | null) => node!.textContent!.replace(/\s+/g, ' ').trim();
/** The facts list as label → value. */
const facts = (el: Element) => Object.fromEntries($$(el, 'dt').map((dt) => [said(dt), said(dt.nextElementSibling)]));

describe('<poplus-component-card>', () => {
  afterEach(() => emulateMedia({}));

  it('shows a Poplus component: name as a heading, tagline, organisation, status, stack, links', async () => {
    const el = await card(html`<poplus-component-card lang="en" .component=${entry('mapit')}></poplus-component-card>`);
    const article = $(el, 'article')!;
    expect(article.getAttribute('aria-labelledby')).to.equal('name');
    const heading = $(el, 'h3')!;
    expect(said(heading)).to.equal('MapIt');
    expect(said($(el, '[part="tagline"]'))).to.equal('Map geographic points to administrative boundaries');
    expect(said($(el, '[part="organisation"]'))).to.equal('Maintained by: mySociety');
    expect(said($(el, '[part="status"]'))).to.equal('Status: Stable');
    expect($(el, '[part="status"]')!.dataset.status).to.equal('stable');
    expect(said($(el, '[part="description"]'))).to.contain('A web service which makes it easy to find out which administrative area');
    expect(said($(el, '[part="description"]'))).to.contain('The problem it solves: Solve your app’s administrative boundary problems');
    const tagLists = $$(el, '[part="tags"]');
    expect(tagLists.map((l) => l.getAttribute('aria-label'))).to.deep.equal(['Built with', 'Topics']);
    expect(tagLists[1]!.querySelectorAll('li')).to.have.length(3);
    expect(facts(el)['Countries']).to.equal('Malaysia and United Kingdom');
    expect(facts(el)['Used by']).to.match(/^MapIt UK, MapIt Global, .*, WriteToThem, and Aduanku$/);
    const links = $$(el, '[part="links"] a');
    expect(links.map((a) => [said(a), a.getAttribute('href')])).to.deep.equal([
      ['Source code', 'https://github.com/mysociety/mapit'],
      ['Website', 'http://mapit.poplus.org/'],
      ['Documentation', 'http://mapit.poplus.org/docs/'],
      ['Demo', 'http://global.mapit.mysociety.org/point/4326/2.35,48.85.html'],
    ]);
    expect(links.every((a) => a.getAttribute('aria-describedby') === 'name')).to.equal(true);
  });

  it('puts the name at the requested heading level', async () => {
    const el = await card(html`<poplus-component-card heading-level="2" .component=${entry('sayit')}></poplus-component-card>`);
    expect($$(el, 'h1, h2, h3, h4, h5, h6').map((h) => h.localName)).to.deep.equal(['h2']);
    el.headingLevel = 9;
    await el.updateComplete;
    expect($$(el, 'h1, h2, h3, h4, h5, h6').map((h) => h.localName)).to.deep.equal(['h6']);
  });

  it('shows every Poplus component, including those with missing fields', async () => {
    for (const c of catalogue.components) {
      const el = await card(html`<poplus-component-card .component=${c}></poplus-component-card>`);
      expect(said($(el, 'h3'))).to.equal(c.name);
    }
    const voteit = await card(html`<poplus-component-card .component=${entry('voteit')}></poplus-component-card>`);
    expect($(voteit, '[part="tagline"]')).to.equal(null);
    expect($(voteit, '[part="status"]')).to.equal(null);
    expect($(voteit, '[part="organisation"]')).to.equal(null);
    expect(said($(voteit, '[part="description"]'))).to.match(/^A server component for VoteIt/);
  });

  it('speaks Spanish: translated labels, the Spanish tagline, English fallback marked with its lang', async () => {
    const el = await card(html`<div lang="es"><poplus-component-card .component=${entry('mapit')}></poplus-component-card></div>`);
    const tagline = $(el, '[part="tagline"]')!;
    expect(said(tagline)).to.equal('Mapea puntos geográficos a límites jurisdiccionales');
    expect(tagline.hasAttribute('lang')).to.equal(false);
    const summary = $(el, '[part="description"] p')!;
    expect(summary.getAttribute('lang')).to.equal('en');
    expect(said($(el, '[part="status"]'))).to.equal('Estado: Estable');
    expect(facts(el)['Países']).to.equal('Malasia y Reino Unido');
    expect(said($(el, '[part="links"] a'))).to.equal('Código fuente');
  });

  it('speaks French, with the organisation’s French name', async () => {
    const el = await card(
      html`<div lang="fr"><poplus-component-card .component=${entry('represent-boundaries')}></poplus-component-card></div>`,
    );
    await waitUntil(() => said($(el, '[part="status"]')) === 'Statut : Stable' || said($(el, '[part="status"]')) === 'Statut: Stable');
    expect(said($(el, '[part="organisation"] span[lang], [part="organisation"] > span:last-child'))).to.equal('Nord Ouvert');
    expect(said($(el, '[part="tagline"]'))).to.equal('Offrez à vos utilisateurs des informations géo-référencées');
    expect(facts(el)['Pays']).to.equal('États-Unis');
  });

  it('lays out right to left in Arabic, with English texts marked as English', async () => {
    const el = await card(
      html`<div lang="ar" dir="rtl" style="inline-size: 30rem"><poplus-component-card .component=${entry('cuttlefish')}></poplus-component-card></div>`,
    );
    await waitUntil(() => said($(el, '[part="status"]')).includes('مستقر'));
    const tagline = $(el, '[part="tagline"]')!;
    expect(tagline.getAttribute('lang')).to.equal('en');
    expect(tagline.getAttribute('dir')).to.equal('auto');
    // Latin names inside an Arabic list keep their own direction.
    expect($$(el, '[part="facts"] bdi').map(said)).to.deep.equal(['PlanningAlerts.org.au', 'morph.io']);
    const name = $(el, 'h3')!.getBoundingClientRect();
    const badge = $(el, '[part="status"]')!.getBoundingClientRect();
    expect(badge.right).to.be.at.most(name.left + 1);
  });

  it('lines up English texts on the right in Arabic, each still English and left to right inside', async () => {
    const el = await card(
      html`<div lang="ar" dir="rtl" style="inline-size: 30rem"><poplus-component-card .component=${entry('mapit')}></poplus-component-card></div>`,
    );
    await waitUntil(() => said($(el, '[part="status"]')).includes('مستقر'));
    const texts = $$(el, 'p[dir="auto"], [part="description"] p');
    expect(texts.length).to.be.at.least(3);
    for (const text of texts) {
      const own = text.matches('[dir="auto"]') ? text : text.querySelector<HTMLElement>('[dir="auto"]')!;
      expect(own.getAttribute('lang')).to.equal('en');
      expect(getComputedStyle(own).direction).to.equal('ltr');
      expect(getComputedStyle(text).textAlign).to.be.oneOf(['right', 'start']);
      if (getComputedStyle(text).textAlign === 'start') expect(getComputedStyle(text).direction).to.equal('rtl');
      // Every line ends at the right edge, whichever way the text inside it runs.
      const range = document.createRange();
      range.selectNodeContents(text);
      const lineEnds = new Map<number, number>();
      for (const piece of range.getClientRects()) {
        const line = Math.round(piece.bottom);
        if (piece.width > 0) lineEnds.set(line, Math.max(lineEnds.get(line) ?? -Infinity, piece.right));
      }
      expect(lineEnds.size).to.be.at.least(1);
      for (const end of lineEnds.values()) expect(end).to.be.closeTo(text.getBoundingClientRect().right, 1);
    }
  });

  // Hebrew separates all but the last two names with a bare comma, which would join Latin names into one
  // left-to-right run; Arabic puts its "و" between every two.
  for (const lang of ['ar', 'he']) {
    it(`keeps each "Used by" name whole and in reading order, right to left and line by line (${lang})`, async () => {
      const el = await card(
        html`<div lang=${lang} dir="rtl" style="inline-size: 22rem"><poplus-component-card .component=${entry('mapit')}></poplus-component-card></div>`,
      );
      await waitUntil(() => $$(el, 'dd bdi').length);
      const users = $$(el, 'dd bdi');
      const names = (entry('mapit') as unknown as { examples: { name: string }[] }).examples.map((u) => u.name);
      expect(users.map(said)).to.deep.equal(names);
      const list = users[0]!.closest('dd')!;
      expect(getComputedStyle(list).direction).to.equal('rtl');
      // Every name is isolated from its neighbours and from the separators between them.
      for (const user of users) expect(getComputedStyle(user).unicodeBidi).to.equal('isolate');
      const lines = new Set(users.map((u) => Math.round(u.getClientRects()[0]!.top)));
      expect(lines.size).to.be.above(1);
      for (let i = 1; i < users.length; i++) {
        const before = [...users[i - 1]!.getClientRects()].at(-1)!;
        const after = users[i]!.getClientRects()[0]!;
        if (Math.abs(after.top - before.top) < 2) expect(after.right, `${names[i]} after ${names[i - 1]}`).to.be.at.most(before.left + 1);
        else expect(after.top).to.be.above(before.top);
      }
    });
  }

  it('links the whole card through its name, and keeps the other links clickable above it', async () => {
    const el = await card(
      html`<div style="inline-size: 24rem"><poplus-component-card linked .component=${entry('sayit')}></poplus-component-card></div>`,
    );
    const title = $(el, 'h3 a')!;
    expect(title.getAttribute('href')).to.equal('http://sayit.mysociety.org/');
    expect($$(el, 'a a')).to.have.length(0);
    expect($$(el, 'h3 a')).to.have.length(1);
    const article = $(el, 'article')!.getBoundingClientRect();
    // An empty spot of the card belongs to the name's link…
    const tagline = $(el, '[part="tagline"]')!.getBoundingClientRect();
    const hit = (x: number, y: number) => el.shadowRoot!.elementFromPoint(x, y);
    expect(hit(tagline.left + 2, tagline.top + 2) === title).to.equal(true);
    expect(hit(article.right - 4, article.bottom - 4) === title).to.equal(true);
    // …while each secondary link is its own target.
    for (const link of $$(el, '[part="links"] a, [part="facts"] a')) {
      const box = link.getClientRects()[0]!;
      expect(hit(box.left + box.width / 2, box.top + box.height / 2) === link, said(link)).to.equal(true);
    }
  });

  it('is keyboard complete: the name link, then each link and the checklist, in reading order', async () => {
    const el = await card(html`<poplus-component-card
      linked
      show-criteria
      .component=${{ name: 'Cuttlefish', organisation: 'OAF', organisationUrl: 'https://www.oaf.org.au/', license: 'AGPL-3.0', links: { code: 'https://github.com/mlandauer/cuttlefish/', website: 'https://cuttlefish.oaf.org.au/' } }}
    ></poplus-component-card>`);
    const order: string[] = [];
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement as HTMLElement;
      order.push(`${active.localName} ${said(active).split(':')[0]}`);
      // The focus ring of the name's link goes round the whole card it covers.
      if (i === 0) expect(getComputedStyle(active, '::after').outlineStyle).to.equal('solid');
    }
    expect(order).to.deep.equal([
      'a Cuttlefish',
      'a OAF',
      'a AGPL-3.0',
      'summary Definition of a Poplus Component',
      'a Source code',
      'a Website',
    ]);
    $(el, 'summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(($(el, 'details') as HTMLDetailsElement).open).to.equal(true);
  });

  it('links to href when given, over linked', async () => {
    const el = await card(
      html`<poplus-component-card linked href="/components/writeit" .component=${entry('writeit')}></poplus-component-card>`,
    );
    expect($(el, 'h3 a')!.getAttribute('href')).to.equal(new URL('/components/writeit', document.baseURI).href);
    const plain = await card(html`<poplus-component-card .component=${entry('writeit')}></poplus-component-card>`);
    expect($(plain, 'h3 a')).to.equal(null);
  });

  it('makes links only of http, https and mailto URLs', async () => {
    const el = await card(html`<poplus-component-card
      href="javascript:alert(1)"
      .component=${{
        name: 'Hostile',
        organisation: 'Org',
        organisationUrl: 'javascript:alert(2)',
        licenseUrl: 'data:text/html,<script>alert(3)</script>',
        usedBy: [
          { name: 'Evil', url: 'vbscript:msgbox' },
          { name: 'Mail', url: 'mailto:team@example.org' },
        ],
        links: {
          code: 'javascript:alert(4)',
          website: ' JAVASCRIPT:alert(5)',
          docs: 'mailto:docs@example.org',
          demo: 'https://demo.example.org/',
        },
      }}
    ></poplus-component-card>`);
    const hrefs = $$(el, 'a').map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['mailto:team@example.org', 'mailto:docs@example.org', 'https://demo.example.org/']);
    expect(said($(el, 'h3'))).to.equal('Hostile');
    expect(facts(el)['Used by']).to.equal('Evil and Mail');
    expect(said($(el, '[part="organisation"]'))).to.equal('Maintained by: Org');
    expect(facts(el)['Licence']).to.equal(undefined);
  });

  it('shows HTML in fields as text, and a missing name and an unknown status as such', async () => {
    const el = await card(html`<poplus-component-card
      .component=${{ tagline: '<img src=x onerror="window.hacked=1">', status: 'Retired<b>!</b>', tags: ['<script>alert(1)</script>'] }}
    ></poplus-component-card>`);
    expect(said($(el, 'h3'))).to.equal('Unnamed component');
    expect(said($(el, '[part="tagline"]'))).to.equal('<img src=x onerror="window.hacked=1">');
    expect($$(el, 'img, script, b')).to.have.length(0);
    expect(said($(el, '[part="status"]'))).to.equal('Status: retired<b>!</b>');
    expect($(el, '[part="status"]')!.dataset.status).to.equal('other');
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('links an SPDX licence to its SPDX page, and shows an expression as written', async () => {
    const el = await card(html`<poplus-component-card .component=${{ name: 'X', license: 'GPL-3.0-or-later' }}></poplus-component-card>`);
    expect($(el, 'dd a')!.getAttribute('href')).to.equal('https://spdx.org/licenses/GPL-3.0-or-later.html');
    el.component = { name: 'X', license: 'MIT OR Apache-2.0' };
    await el.updateComplete;
    expect(facts(el)['Licence']).to.equal('MIT OR Apache-2.0');
    expect($(el, 'dd a')).to.equal(null);
  });

  it('shows the Poplus definition checklist in words, not only marks', async () => {
    const el = await card(html`<poplus-component-card
      show-criteria
      .component=${{ name: 'PopIt', criteria: { civic: true, singleProblem: true, openSource: true, countryAgnostic: false } }}
    ></poplus-component-card>`);
    const details = $(el, 'details[part="criteria"]')!;
    expect(said(details.querySelector('summary'))).to.equal('Definition of a Poplus Component: 3 of 7 criteria met');
    const items = [...details.querySelectorAll('li')].map((li) => said(li).replace(/^[✓✗?] /, ''));
    expect(items).to.deep.equal([
      'It helps civic or democratic websites: Met',
      'It solves a single problem: Met',
      'It is composable with other Poplus Components: Not stated',
      'It is platform agnostic: Not stated',
      'It is country agnostic: Not met',
      'It is free/open source software: Met',
      'It has a stable, documented API: Not stated',
    ]);
    expect([...details.querySelectorAll('.mark')].every((m) => m.getAttribute('aria-hidden') === 'true')).to.equal(true);
    const none = await card(html`<poplus-component-card .component=${{ name: 'PopIt' }}></poplus-component-card>`);
    expect($(none, 'details')).to.equal(null);
  });

  it('keeps the compact layout to name, organisation, status, tagline, stack, licence and links', async () => {
    const el = await card(html`<poplus-component-card layout="compact" .component=${entry('mapit')}></poplus-component-card>`);
    expect(el.getAttribute('layout')).to.equal('compact');
    expect(said($(el, '[part="tagline"]'))).to.equal('Map geographic points to administrative boundaries');
    expect($(el, '[part="description"]')).to.equal(null);
    expect($$(el, '[part="tags"]').map((l) => l.getAttribute('aria-label'))).to.deep.equal(['Built with']);
    expect($(el, '[part="facts"]')).to.equal(null);
    expect($$(el, '[part="links"] a')).to.have.length(4);
    const voteit = await card(html`<poplus-component-card layout="compact" .component=${entry('voteit')}></poplus-component-card>`);
    expect($$(voteit, '[part="description"] p')).to.have.length(1);
  });

  it('reads a Digital Public Goods record: DPG badge, goals, countries by name', async () => {
    const el = await card(html`<poplus-component-card lang="en" src="/tests/fixtures/dpg-consul.json"></poplus-component-card>`);
    await oneEvent(el, 'poplus-load');
    await el.updateComplete;
    expect(said($(el, 'h3'))).to.equal('Consul');
    expect(said($(el, '[part="dpg"]'))).to.equal('Digital Public Good');
    const goals = $$(el, '[part="tags"]').find((l) => l.getAttribute('aria-label') === 'Sustainable Development Goals')!;
    expect([...goals.querySelectorAll('li')].map(said)).to.deep.equal(['SDG 11', 'SDG 16']);
    expect(facts(el)['Licence']).to.equal('AGPL-3.0');
    expect(facts(el)['Countries']).to.contain('Argentina, Bulgaria, Cabo Verde, Chile');
    expect(facts(el)['Countries']).to.contain('Palestine State');
  });

  it('names countries and language tags in the reader’s language, and keeps other names as written', async () => {
    const el = await card(
      html`<poplus-component-card
        lang="es"
        .component=${{ name: 'SayIt', countries: ['cl', 'Taiwan', 'Wallmapu'], languages: ['en', 'pt-BR', 'Mapudungun'] }}
      ></poplus-component-card>`,
    );
    expect(facts(el)['Países']).to.equal('Chile, Taiwán y Wallmapu');
    expect(facts(el)['Idiomas']).to.equal('inglés, portugués de Brasil y Mapudungun');
  });

  it('takes a DPG record or a parsed publiccode.yml as the component property too', async () => {
    const record = await (await fetch('/tests/fixtures/dpg-consul.json')).json();
    const el = await card(html`<poplus-component-card .component=${record}></poplus-component-card>`);
    await waitUntil(() => $(el, 'h3'));
    expect(said($(el, 'h3'))).to.equal('Consul');
    expect(said($(el, '[part="dpg"]'))).to.equal('Digital Public Good');
    el.component = { publiccodeYmlVersion: '0.4', name: 'Decidim', developmentStatus: 'beta', legal: { license: 'AGPL-3.0-or-later' } };
    await waitUntil(() => $(el, 'h3')?.textContent === 'Decidim', 'not Decidim', { timeout: 5000 });
    expect(said($(el, '[part="status"]'))).to.equal('Status: Beta');
  });

  it('reads publiccode.yml from src, in the reader’s language', async () => {
    const el = await card(html`<poplus-component-card lang="de" src="/tests/fixtures/publiccode-mucgpt.yml"></poplus-component-card>`);
    await oneEvent(el, 'poplus-load');
    await el.updateComplete;
    expect(said($(el, 'h3'))).to.equal('MUCGPT');
    expect(said($(el, '[part="tagline"]'))).to.match(/^MUCGPT ist ein KI-Werkzeug/);
    expect(facts(el)['Languages']).to.equal('Deutsch, Französisch, Englisch und Ukrainisch');
    expect(facts(el)['Used by']).to.contain('ChatSTR');
    el.lang = 'en';
    await waitUntil(() => said($(el, '[part="tagline"]')).startsWith('MUCGPT is an AI toolkit'));
    expect(facts(el)['Languages']).to.equal('German, French, English, and Ukrainian');
  });

  it('reads inline JSON and inline YAML children', async () => {
    const el = await card(html`<poplus-component-card
      ><script type="application/json">
        { "name": "WriteIt", "status": "Alpha", "tagline": "Write and send messages to public figures" }
      </script></poplus-component-card
    >`);
    await waitUntil(() => $(el, 'h3'));
    expect(said($(el, '[part="status"]'))).to.equal('Status: In development');
    const yaml = await card(
      html`<poplus-component-card><script type="application/yaml">name: Decidim\ndevelopmentStatus: beta</script></poplus-component-card>`,
    );
    // The YAML parser loads on first use.
    await waitUntil(() => $(yaml, 'h3'), 'no heading', { timeout: 5000 });
    expect(said($(yaml, 'h3'))).to.equal('Decidim');
  });

  it('shows the loading state, then the error state for malformed YAML, and fires poplus-error', async () => {
    const el = await card(html`<poplus-component-card src="/__slow/300/tests/fixtures/publiccode-mucgpt.yml"></poplus-component-card>`);
    expect(said($(el, '[part="loading"]'))).to.equal('Loading…');
    await oneEvent(el, 'poplus-load');
    const broken = await card(html`<poplus-component-card
      ><script type="application/yaml">name: [unclosed</script></poplus-component-card
    >`);
    const event = (await oneEvent(broken, 'poplus-error')) as PoplusErrorEvent;
    expect(event.detail.kind).to.equal('parse');
    const alert = $(broken, '[part="error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(said(alert)).to.contain('it is not valid publiccode.yml');
    expect(await expect(broken).to.be.accessible());
  });

  it('reports a missing file in the error state', async () => {
    const el = await card(html`<poplus-component-card src="/__status/404"></poplus-component-card>`);
    await oneEvent(el, 'poplus-error');
    await el.updateComplete;
    expect(said($(el, '[part="error"] p'))).to.contain('404');
  });

  it('fires no event when the page sets the component', async () => {
    let events = 0;
    const el = await card(
      html`<poplus-component-card @poplus-load=${() => events++} .component=${entry('mapit')}></poplus-component-card>`,
    );
    el.component = entry('sayit');
    await el.updateComplete;
    expect(said($(el, 'h3'))).to.equal('SayIt');
    expect(events).to.equal(0);
  });

  it('keeps its width in a flex row and in a narrow column', async () => {
    const row = await fixture<HTMLElement>(
      html`<div style="display: flex; inline-size: 50rem"><poplus-component-card .component=${entry('mapit')}></poplus-component-card></div>`,
    );
    const inRow = row.querySelector('poplus-component-card')!;
    await inRow.updateComplete;
    expect(inRow.getBoundingClientRect().width).to.be.greaterThan(200);
    const narrow = await card(
      html`<div style="inline-size: 12rem"><poplus-component-card .component=${entry('sayit')}></poplus-component-card></div>`,
    );
    const article = $(narrow, 'article')!;
    expect(article.scrollWidth).to.be.at.most(article.clientWidth);
  });

  it("follows the dark colour scheme of a page that supports it, and stays light on one that doesn't", async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <div style="color-scheme: light dark"><poplus-component-card .component=${entry('mapit')}></poplus-component-card></div>
      <poplus-component-card .component=${entry('sayit')}></poplus-component-card>
    </div>`);
    const [following, plain] = [...wrapper.querySelectorAll('poplus-component-card')];
    await Promise.all([following!.updateComplete, plain!.updateComplete]);
    const background = (el: Element) => getComputedStyle($(el, 'article')!).backgroundColor;
    const light = background(following!);
    await emulateMedia({ 'prefers-color-scheme': 'dark' });
    expect(background(following!)).not.to.equal(light);
    expect(background(plain!)).to.equal(light);
  });

  it('keeps the status in words and the borders visible with forced colours', async () => {
    const el = await card(html`<poplus-component-card .component=${entry('popit')}></poplus-component-card>`);
    await emulateMedia({ 'forced-colors': 'active' });
    const badge = $(el, '[part="status"]')!;
    expect(said(badge)).to.equal('Status: Obsolete');
    expect(getComputedStyle(badge).borderTopStyle).to.equal('solid');
  });

  it('is accessible: full, linked with the checklist, compact, in a catalogue', async () => {
    const full = await card(html`<poplus-component-card linked show-criteria .component=${entry('sayit')}></poplus-component-card>`);
    await expect(full).to.be.accessible();
    const compact = await card(html`<poplus-component-card layout="compact" .component=${entry('writeit')}></poplus-component-card>`);
    await expect(compact).to.be.accessible();
    const grid = await fixture<HTMLElement>(html`<div style="display: grid; grid-template-columns: repeat(3, 1fr); gap: 1rem">
      ${catalogue.components.map((c) => html`<poplus-component-card linked .component=${c}></poplus-component-card>`)}
    </div>`);
    const cards = [...grid.querySelectorAll('poplus-component-card')];
    await Promise.all(cards.map((c) => c.updateComplete));
    // Cards in one row share their height, so the catalogue lines up.
    const [a, b, c] = cards.map((x) => x.shadowRoot!.querySelector('article')!.getBoundingClientRect().height);
    expect(a).to.equal(b);
    expect(b).to.equal(c);
    await expect(grid).to.be.accessible();
  });
});
