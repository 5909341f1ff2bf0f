// In-page side of bench/participant-table.bench.mjs: loads one table library, renders the seeded participants
// and times a sort by name and one search keystroke, each until painted. `window.ptBench` is driven by
// puppeteer.
//
// Each library is set up as its own documentation recommends for large data, and nothing is computed on its
// behalf ahead of time: a peer that sorts or filters through a callback does so when asked (vaadin-grid's
// data provider collates and folds at query time; Tabulator's filter folds each row as it filters).
import { participants } from './participant-table-data.js';

const lib = new URLSearchParams(location.search).get('lib');
const host = document.getElementById('host');
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
const compare = (a, b) => collator.compare(a, b);
const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
/** A row as one searchable text, folded: what a peer's filter callback compares with the query. */
const rowText = (row) => fold(`${row.name}\t${row.organization}\t${row.role}\t${row.country}`);

/** Resolves after the next frame has been painted. */
const painted = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }),
  );

/** Resolves (with the time) once `check()` holds, looking after every DOM change under `root`. */
function when(root, check, timeout = 120_000) {
  return new Promise((resolve, reject) => {
    if (check()) return resolve(performance.now());
    const observer = new MutationObserver(() => {
      if (!check()) return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    setTimeout(() => {
      observer.disconnect();
      reject(new Error(`${lib}: timed out`));
    }, timeout);
  });
}

function css(href) {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  document.head.append(link);
  return new Promise((resolve) => (link.onload = resolve));
}

const COLUMNS = [
  ['name', 'Name'],
  ['organization', 'Organisation'],
  ['role', 'Role'],
  ['country', 'Country'],
];

const libraries = {
  async poplus() {
    await import(new URLSearchParams(location.search).get('src') ?? '/dist/poplus-elements.js');
    return {
      create(data) {
        const el = document.createElement('poplus-participant-table');
        el.lang = 'en';
        el.participants = data;
        host.append(el);
        return el.updateComplete.then(() => performance.now());
      },
      root: () => host.querySelector('poplus-participant-table').shadowRoot,
      firstRow: () =>
        host.querySelector('poplus-participant-table').shadowRoot?.querySelector('tr[part="row"]')?.cells[0]?.textContent ?? null,
      sort: () => host.querySelector('poplus-participant-table').shadowRoot.querySelector('thead th button').click(),
      search(query) {
        const input = host.querySelector('poplus-participant-table').shadowRoot.querySelector('input[type="search"]');
        input.value = query;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: query }));
      },
    };
  },

  async gridjs() {
    const [{ Grid }] = await Promise.all([
      import('/node_modules/gridjs/dist/gridjs.production.es.min.js'),
      css('/node_modules/gridjs/dist/theme/mermaid.min.css'),
    ]);
    return {
      create(data) {
        new Grid({
          columns: COLUMNS.map(([id, name]) => ({ id, name, sort: { compare } })),
          data,
          sort: true,
          // Grid.js treats 0 as "use the default 250 ms"; 1 ms is as close to none as it allows.
          search: { debounceTimeout: 1 },
          pagination: { limit: 50 },
        }).render(host);
        return when(host, () => host.querySelector('tbody td'));
      },
      root: () => host,
      firstRow: () => host.querySelector('tbody tr td')?.textContent ?? null,
      sort: () => host.querySelector('th[data-column-id="name"]').click(),
      search(query) {
        const input = host.querySelector('.gridjs-search-input');
        input.value = query;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, data: query }));
      },
    };
  },

  async tabulator() {
    const [{ Tabulator }] = await Promise.all([
      import('/.out/participant-table-tabulator.js'),
      css('/node_modules/tabulator-tables/dist/css/tabulator.min.css'),
    ]);
    let table;
    return {
      create(data) {
        const div = document.createElement('div');
        host.append(div);
        table = new Tabulator(div, {
          data,
          height: '640px',
          layout: 'fitColumns',
          columns: COLUMNS.map(([field, title]) => ({ field, title, sorter: (a, b) => compare(a, b) })),
        });
        return when(host, () => host.querySelector('.tabulator-row .tabulator-cell'));
      },
      root: () => host,
      firstRow: () => host.querySelector('.tabulator-row .tabulator-cell')?.textContent ?? null,
      sort: () => host.querySelector('.tabulator-col[tabulator-field="name"]').click(),
      search(query) {
        const q = fold(query);
        table.setFilter((row) => rowText(row).includes(q));
      },
    };
  },

  /** A reference, not a peer: the first screen as static markup (20 rows, the toolbar, unstyled, codes as
   * written), inserted at once: what the browser alone takes to lay out and paint it. It neither sorts nor
   * searches. */
  async floor() {
    const cell = (tag, text) => {
      const el = document.createElement(tag);
      el.textContent = text;
      return el.outerHTML;
    };
    return {
      create(data) {
        const rows = data
          .slice(0, 20)
          .map((r) => `<tr>${cell('th', r.name)}${cell('td', r.organization)}${cell('td', r.role)}${cell('td', r.country)}</tr>`);
        const head = COLUMNS.map(([, label]) => `<th><button>${label}</button></th>`).join('');
        host.innerHTML = `<label>Search <input type="search"></label><label>Country <select><option>All</option></select></label>
          <label>Organisation <select><option>All</option></select></label><p>${data.length} participants</p>
          <div style="overflow:auto;block-size:617px"><table style="table-layout:fixed;inline-size:100%">
          <thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
        return Promise.resolve(performance.now());
      },
      root: () => host,
      firstRow: () => host.querySelector('tbody th')?.textContent ?? null,
    };
  },

  async vaadin() {
    await import('/.out/participant-table-vaadin.js');
    let grid;
    let query = '';
    return {
      create(rows) {
        grid = document.createElement('vaadin-grid');
        grid.style.height = '640px';
        for (const [path, header] of COLUMNS) {
          const column = document.createElement(path === 'name' ? 'vaadin-grid-sort-column' : 'vaadin-grid-column');
          Object.assign(column, { path, header });
          grid.append(column);
        }
        // The data provider of vaadin-grid's documentation for large data: each request filters and sorts
        // (with the Collator) the rows it is asked for; the result is kept until the sort or the query changes,
        // so scrolling serves pages from it.
        let served = { key: null, rows };
        grid.dataProvider = ({ page, pageSize, sortOrders }, callback) => {
          const [first] = sortOrders.filter((s) => s.direction);
          const key = `${first?.path}:${first?.direction}:${query}`;
          if (served.key !== key) {
            const matching = query ? rows.filter((row) => rowText(row).includes(query)) : [...rows];
            if (first) {
              const sign = first.direction === 'desc' ? -1 : 1;
              matching.sort((a, b) => sign * compare(a[first.path], b[first.path]));
            }
            served = { key, rows: matching };
          }
          callback(served.rows.slice(page * pageSize, (page + 1) * pageSize), served.rows.length);
        };
        host.append(grid);
        return when(host, () => this.firstRow());
      },
      root: () => host,
      firstRow() {
        const row = [...(grid?.shadowRoot?.querySelectorAll('#items tr') ?? [])].find((tr) => tr.index === 0 && !tr.hidden);
        const slot = row?.querySelector('td slot');
        return slot?.assignedNodes()[0]?.textContent || null;
      },
      sort: () => host.querySelector('vaadin-grid-sorter').click(),
      search(value) {
        query = fold(value);
        grid.clearCache();
      },
    };
  },
};

let table;
let data;

/** Times `action` until the first row's first cell changes (DOM) and until the next paint. */
async function timeChange(action) {
  const before = table.firstRow();
  const start = performance.now();
  const done = when(table.root(), () => {
    const now = table.firstRow();
    return now !== null && now !== before;
  });
  action();
  const dom = (await done) - start;
  await painted();
  return { dom, painted: performance.now() - start };
}

/** Every node under `root`, shadow trees included: elements, text and comments, as the page holds them. */
function countNodes(root) {
  let count = 0;
  const walk = (node) => {
    count++;
    if (node.shadowRoot) walk(node.shadowRoot);
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  for (let child = root.firstChild; child; child = child.nextSibling) walk(child);
  return count;
}

window.ptBench = {
  async prepare(n) {
    table = await libraries[lib]();
    data = participants(n);
    await painted();
  },
  async render() {
    const start = performance.now();
    const dom = (await table.create(data)) - start;
    await painted();
    return { dom, painted: performance.now() - start };
  },
  /** DOM nodes the table put on the page (under the host element, shadow trees included). */
  nodes: () => countNodes(host),
  /** Waits until the page is idle (twice) and a little more, for every library alike. */
  idle: () => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(() => setTimeout(resolve, 200)))),
  sort: () => timeChange(() => table.sort()),
  /** One keystroke: a letter absent from the row now first, so that the first row must change. */
  search() {
    const first = table.firstRow();
    const shown = data
      .filter((row) => row.name === first)
      .map((row) => fold(Object.values(row).join(' ')))
      .join(' ');
    const letter = [...'zqxwkjyvh'].find((c) => !shown.includes(c));
    return timeChange(() => table.search(letter));
  },
};
window.ptBenchReady = true;
