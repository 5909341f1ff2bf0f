// <poplus-participant-table> against Grid.js, Tabulator and @vaadin/grid: the same seeded participants
// (bench/participant-table-data.js) at 1k, 10k and 100k rows, each library loaded alone in a fresh page.
// Measured: bytes loaded (JS + CSS, min+gzip), initial render until painted, sort by name until painted,
// one search keystroke until painted (and until the DOM changed), DOM nodes the table put on the page, JS
// heap growth after the render and once the page went idle (when this element builds its indexes).
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
// PT_SIZES=100000 PT_LIBS=poplus narrow a run while iterating; the report always covers what ran.
const SIZES = (process.env.PT_SIZES ?? '1000,10000,100000').split(',').map(Number);
const LIBS = [
  ['poplus', '<poplus-participant-table>'],
  ['gridjs', 'Grid.js 6.2 (pagination 50)'],
  ['tabulator', 'Tabulator 6.5 (virtual DOM, Sort + Filter modules)'],
  ['vaadin', '@vaadin/grid 25.3 (data provider: Collator sort, folding filter)'],
  // Renders only: how far each library's first screen is from what the browser alone needs for it.
  ['floor', 'Floor: the first screen as static HTML (20 rows, no script, no styles)'],
].filter(([lib]) => !process.env.PT_LIBS || process.env.PT_LIBS.split(',').includes(lib));

/** Pre-bundles what a browser cannot load from node_modules as is, minified like a production build. */
async function prebundle() {
  const common = { bundle: true, minify: true, format: 'esm', target: 'es2022', logLevel: 'error', absWorkingDir: join(here, '..') };
  await build({
    ...common,
    entryPoints: [join(here, 'participant-table-vaadin-entry.js')],
    outfile: join(here, '.out/participant-table-vaadin.js'),
  });
  await build({
    ...common,
    entryPoints: [join(here, 'participant-table-tabulator-entry.js')],
    outfile: join(here, '.out/participant-table-tabulator.js'),
  });
  // The table's own path (one element, Lit included), for the size row; the timings use the one-file bundle.
  // Split so that what loads only on demand (papaparse for CSV, French and Arabic) stays out of the count.
  const own = await build({
    ...common,
    entryPoints: { 'participant-table': join(here, '../src/participant-table.ts') },
    splitting: true,
    outdir: join(here, '.out/own'),
    write: false,
    tsconfig: join(here, '../tsconfig.json'),
  });
  const entry = own.outputFiles.find((file) => file.path.endsWith('participant-table.js'));
  return gzipSync(entry.contents, { level: 9 }).length;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Memory the page's scripts hold after a full GC: the JS heap plus the backing stores of typed arrays and
 * other ArrayBuffers, which live outside it (this element's indexes are typed arrays). */
async function heap(page) {
  await page.evaluate(() => (window.gc ? window.gc() : undefined));
  const session = await page.createCDPSession();
  try {
    const { usedSize, backingStorageSize = 0 } = await session.send('Runtime.getHeapUsage');
    return usedSize + backingStorageSize;
  } finally {
    await session.detach();
  }
}

/**
 * Runs a step of the page under a trace and returns the CPU time of the page's main thread meanwhile (ms): the
 * work the step cost, much less swayed than wall time by other processes sharing the CPU.
 */
async function cpuTime(page, step) {
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await page.evaluate(step);
  const { traceEvents } = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
  const mains = new Set(traceEvents.filter((e) => e.ph === 'M' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map();
  for (const e of traceEvents) {
    if (e.ph !== 'X' || e.name !== 'RunTask' || !mains.has(`${e.pid}:${e.tid}`)) continue;
    const key = `${e.pid}:${e.tid}`;
    byThread.set(key, (byThread.get(key) ?? 0) + (e.tdur ?? 0) / 1000);
  }
  return Math.max(0, ...byThread.values());
}

/** One fresh page: load, render, sort, search. Returns timings (ms), heap growth (bytes) and bytes loaded;
 * with `traced`, the main thread's CPU time of each step instead of wall times. */
async function runOnce(browser, baseUrl, lib, n, traced = false) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const assets = [];
  page.on('response', async (response) => {
    const url = response.url();
    if (!/\.(m?js|css)(\?|$)/.test(url) || /participant-table-(harness|data)\.js/.test(url)) return;
    try {
      assets.push(gzipSync(await response.buffer(), { level: 9 }).length);
    } catch {
      /* a redirect or an aborted load has no body */
    }
  });
  try {
    await page.goto(`${baseUrl}pages/participant-table.html?lib=${lib}`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.ptBenchReady === true);
    await page.evaluate((count) => window.ptBench.prepare(count), n);
    const renderOnly = lib === 'floor';
    if (traced) {
      // As before the timed render: the data the page just made is collected first, so that no library's
      // render pays for promoting it.
      await page.evaluate(() => window.gc?.());
      const render = await cpuTime(page, () => window.ptBench.render());
      if (renderOnly) return { cpuRender: render };
      await page.evaluate(() => window.ptBench.idle());
      const sort = await cpuTime(page, () => window.ptBench.sort());
      await page.evaluate(() => window.ptBench.idle());
      return { cpuRender: render, cpuSort: sort, cpuSearch: await cpuTime(page, () => window.ptBench.search()) };
    }
    const before = await heap(page);
    const render = await page.evaluate(() => window.ptBench.render());
    const nodes = await page.evaluate(() => window.ptBench.nodes());
    const after = await heap(page);
    /** What the page loaded so far (chunks loaded on demand count once they have). */
    const bytes = () => assets.reduce((a, b) => a + b, 0);
    if (renderOnly) return { render: render.painted, nodes, heap: after - before, bytes: bytes() };
    await page.evaluate(() => window.ptBench.idle());
    const idle = await heap(page);
    const sort = await page.evaluate(() => window.ptBench.sort());
    await page.evaluate(() => window.ptBench.idle());
    const search = await page.evaluate(() => window.ptBench.search());
    return {
      render: render.painted,
      sort: sort.painted,
      search: search.painted,
      searchDom: search.dom,
      heap: after - before,
      heapIdle: idle - before,
      nodes,
      bytes: bytes(),
    };
  } finally {
    await page.close();
  }
}

export default async function ({ browser, baseUrl, runs }) {
  const ownBytes = await prebundle();
  const results = {};
  const failures = [];
  for (const n of SIZES) {
    for (const [lib] of LIBS) {
      const samples = [];
      for (let run = 0; run < runs; run++) {
        try {
          samples.push(await runOnce(browser, baseUrl, lib, n));
        } catch (error) {
          failures.push(`${lib} at ${n}: ${error.message.split('\n')[0]}`);
          break;
        }
      }
      if (!samples.length) continue;
      // CPU time from traced runs apart: tracing slows the page, so it stays out of the timed runs.
      const traced = [];
      for (let run = 0; run < Math.ceil(runs / 2); run++) traced.push(await runOnce(browser, baseUrl, lib, n, true));
      const pick = (key) => {
        const values = (key.startsWith('cpu') ? traced : samples).map((s) => s[key]).filter((v) => v !== undefined);
        return values.length ? median(values) : undefined;
      };
      results[`${lib}:${n}`] = {
        render: pick('render'),
        sort: pick('sort'),
        search: pick('search'),
        searchDom: pick('searchDom'),
        heap: pick('heap'),
        heapIdle: pick('heapIdle'),
        nodes: pick('nodes'),
        bytes: pick('bytes'),
        cpuRender: pick('cpuRender'),
        cpuSort: pick('cpuSort'),
        cpuSearch: pick('cpuSearch'),
      };
      console.log(
        `  ${lib} ${n}: ${JSON.stringify(results[`${lib}:${n}`], (k, v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v))}`,
      );
    }
  }

  const ms = (v) => (v === undefined ? '—' : `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`);
  const kb = (v) => (v === undefined ? '—' : `${(v / 1024).toFixed(1)} KB`);
  const mb = (v) => (v === undefined ? '—' : `${(v / 1024 / 1024).toFixed(1)} MB`);
  const ratio = (peer, own) => (peer === undefined || !own ? '' : ` (${(peer / own).toFixed(1)}×)`);
  const lines = [
    '## `<poplus-participant-table>` against Grid.js, Tabulator and @vaadin/grid',
    '',
    `Same seeded participants (Latin names with accents, Chinese, Japanese, Arabic; 4 columns) for every library, each in a fresh page; medians of ${runs} runs. Times are from the action to the next painted frame; "keystroke (DOM)" stops when the first row changed. Sort and keystroke start after the page went idle, for every library alike: this element builds its sort and search indexes in that idle time (after its first paint), while the peers are set up as their documentation recommends and compute nothing ahead: vaadin-grid's data provider sorts with the same \`Intl.Collator\` and folds accents at query time, Tabulator's filter folds each row as it filters, Grid.js uses its own search. Bytes: JS + CSS the page loaded, min+gzip each. Nodes: DOM nodes under the table's host after the first render (elements, text and comments, shadow trees included). Heap: growth of the JS heap plus ArrayBuffer backing stores (typed arrays live there), from before the render to after it and to once the page went idle, after GC; small figures are within the noise of a GC. (×) = peer ÷ this element: above 1 means this element is better. The floor is no peer: the same first screen (20 rows, the toolbar) written as static HTML, unstyled, inserted at once; its render is what the browser alone takes to lay out and paint that text, which every library pays too.`,
    '',
    '| rows | library | bytes | render | sort by name | keystroke | keystroke (DOM) | DOM nodes | heap after render / idle |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  /** One line per size and library: `cells(r, vs)` gives the cells after the two first, `vs(key)` the ratio to this element. */
  const rows = (cells) => {
    for (const n of SIZES) {
      const own = results[`poplus:${n}`];
      for (const [lib, label] of LIBS) {
        const r = results[`${lib}:${n}`];
        const vs = (key) => (lib === 'poplus' || !own ? '' : ratio(r?.[key], own[key]));
        lines.push(`| ${n.toLocaleString('en')} | ${label} | ${cells(r, vs).join(' | ')} |`);
      }
    }
  };
  rows((r, vs) => [
    `${kb(r?.bytes)}${vs('bytes')}`,
    ...['render', 'sort', 'search', 'searchDom'].map((key) => `${ms(r?.[key])}${vs(key)}`),
    `${r?.nodes?.toLocaleString('en') ?? '—'}${vs('nodes')}`,
    `${mb(r?.heap)} / ${mb(r?.heapIdle)}${vs('heapIdle')}`,
  ]);
  lines.push(
    '',
    `CPU time of the page's main thread for the same steps (from ${Math.ceil(runs / 2)} traced runs apart, medians): the work each library did, which other processes on a shared machine sway much less than the wall times above.`,
    '',
    '| rows | library | render (CPU) | sort by name (CPU) | keystroke (CPU) |',
    '| ---: | --- | ---: | ---: | ---: |',
  );
  rows((r, vs) => ['cpuRender', 'cpuSort', 'cpuSearch'].map((key) => `${ms(r?.[key])}${vs(key)}`));
  lines.push(
    '',
    `The one-file bundle holds all four Poplus elements; the table's own path (src/participant-table.ts with Lit and the shared base, bundled and minified alone, on-demand chunks apart) is ${kb(ownBytes)} min+gzip.`,
  );
  // The targets: at the largest size, render, sort and a keystroke each ≥ 2× faster than vaadin-grid, ≤ 1,000 nodes.
  const n = Math.max(...SIZES);
  const [own, vaadin] = [results[`poplus:${n}`], results[`vaadin:${n}`]];
  if (own && vaadin) {
    const target = ([label, wall, cpu]) => {
      const [w, c] = [vaadin[wall] / own[wall], vaadin[cpu] / own[cpu]];
      return `${label} ${w.toFixed(1)}× (CPU ${c.toFixed(1)}×, ${Math.min(w, c) >= 2 ? 'met' : 'not met'})`;
    };
    const ratios = [
      ['render', 'render', 'cpuRender'],
      ['sort', 'sort', 'cpuSort'],
      ['keystroke', 'search', 'cpuSearch'],
    ].map(target);
    lines.push(
      '',
      `Against the targets at ${n.toLocaleString('en')} rows (vaadin-grid ÷ this element, at least 2× each): ${ratios.join('; ')}; ${own.nodes.toLocaleString('en')} DOM nodes (at most 1,000: ${own.nodes <= 1000 ? 'met' : 'not met'}).`,
    );
    const floor = results[`floor:${n}`];
    if (floor)
      lines.push(
        '',
        `Above the floor's ${ms(floor.render)} (CPU ${ms(floor.cpuRender)}), this element's render takes ${ms(own.render - floor.render)} more (CPU ${ms(own.cpuRender - floor.cpuRender)}), vaadin-grid's ${ms(vaadin.render - floor.render)} (CPU ${ms(vaadin.cpuRender - floor.cpuRender)}).`,
      );
  }
  if (failures.length) lines.push('', 'Failures:', ...failures.map((f) => `- ${f}`));
  return lines.join('\n') + '\n';
}
