// `npm run screenshots [-- words…]`: full-page PNGs of every Storybook story and of the demo pages, at 375,
// 768 and 1440 px wide, light and dark, in English and in Arabic (right to left), under screenshots/ (not
// committed), with an index.html to look through them. Words given keep only the stories whose id holds
// one of them (`npm run screenshots -- catalogue demo`; `demo` is the demo's two pages).
//
// Storybook is built first when storybook-static/ is missing or older than the sources, and the library
// when dist/ is. Each story loads once; the language, colour scheme and width then change on the same page,
// and each shot waits for the elements to settle (fonts, pending Lit updates, data and lazy chunks).
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { isStale } from './build-if-stale.mjs';
import { CHROME, chromiumArgs } from './chromium.mjs';
import { serve } from './serve.mjs';

const WIDTHS = [375, 768, 1440];
const LANGUAGES = [
  { lang: 'en', dir: 'ltr' },
  { lang: 'ar', dir: 'rtl' },
];
/** `dark` emulates the reader's preference; `dark-page` is the demo page's own switch on a light system. */
const SCHEMES = ['light', 'dark'];
const DEMO_SCHEMES = [...SCHEMES, 'dark-page'];
const OUT = 'screenshots';
const words = process.argv.slice(2).map((word) => word.toLowerCase());
const wanted = (id) => !words.length || words.some((word) => id.includes(word));
const started = Date.now();

execSync('node scripts/build-if-stale.mjs', { stdio: 'inherit' });
if (isStale('storybook-static/index.json', ['src', 'stories', '.storybook', 'demo', 'tests/fixtures', 'custom-elements.json'])) {
  execSync('npm run build-storybook', { stdio: 'inherit' });
}
const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story' && wanted(entry.id));

const storybook = await serve('storybook-static', 0, { csp: false });
const demo = await serve('demo', 0);
// Tabs side by side: none may be throttled as a background tab (animation frames, ResizeObserver).
const browser = await puppeteer.launch({
  executablePath: CHROME,
  headless: true,
  protocolTimeout: 30000,
  args: [
    ...chromiumArgs,
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
  ],
});

/** Waits, in the page, until every Poplus element (in light and shadow DOM) is defined and has no update pending. */
async function settleInPage() {
  const within = (promise, ms) => Promise.race([promise, new Promise((resolve) => setTimeout(resolve, ms))]);
  const frames = () => within(new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))), 500);
  const poplusElements = (root, found = []) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.startsWith('poplus-')) found.push(el);
      if (el.shadowRoot) poplusElements(el.shadowRoot, found);
    }
    return found;
  };
  await within(document.fonts.ready, 3000);
  for (let round = 0; round < 10; round++) {
    const elements = poplusElements(document);
    await within(Promise.all(elements.map((el) => customElements.whenDefined(el.localName))), 3000);
    await within(Promise.all(elements.map((el) => el.updateComplete)), 3000);
    await frames();
    if (elements.every((el) => !el.isUpdatePending)) return;
  }
}

/**
 * Waits for the elements, and first, after a load or a change of language, for data, messages and parsers
 * still on the wire (a story may hold a request open: it gives up after 3 s).
 */
async function settle(page, { network = false } = {}) {
  if (network) await page.waitForNetworkIdle({ idleTime: 150, timeout: 3000 }).catch(() => {});
  await page.evaluate(settleInPage);
}

/**
 * Makes the viewport as tall as the page at this width. A full-page screenshot beyond the viewport would
 * miss what the browser skips off screen (`content-visibility: auto` in the session list); a viewport that
 * holds the whole page renders all of it, as a reader scrolling down would see it.
 */
async function fitPage(page, width) {
  let height = 800;
  for (let round = 0; round < 4; round++) {
    await page.setViewport({ width, height });
    await settle(page);
    const needed = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    if (needed === height || (round > 0 && needed < height)) return;
    height = Math.max(needed, 200);
  }
}

const problems = [];
/** Loads a URL in the tab, then shoots it in each language (set on <html> by `apply`), scheme and width. */
async function shoot(page, { name, url, languages, schemes, apply }) {
  const log = (text) => problems.push(`${name}: ${text}`);
  const onError = (error) => log(error.message.split('\n')[0]);
  const onConsole = (message) => message.type() === 'error' && !message.text().startsWith('Failed to load') && log(message.text());
  // Stories that show an error state ask for missing files on purpose; the list says which answered 404.
  const onResponse = (response) =>
    response.status() >= 400 && !response.url().endsWith('/favicon.ico') && log(`${response.status()} ${response.url()}`);
  page.on('pageerror', onError);
  page.on('console', onConsole);
  page.on('response', onResponse);
  const files = [];
  try {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await page.setViewport({ width: WIDTHS[0], height: 800 });
    await page.goto(url, { waitUntil: 'load', timeout: 15000 });
    await settle(page, { network: true });
    for (const language of languages) {
      if (apply) await page.evaluate(apply, language);
      if (apply) await settle(page, { network: true }); // another language's messages load once
      for (const scheme of schemes) {
        const dark = scheme === 'dark';
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' }]);
        for (const width of WIDTHS) {
          const path = join(OUT, name, `${language.lang}-${scheme}-${width}.png`);
          await fitPage(page, width);
          await page.screenshot({ path, optimizeForSpeed: true });
          files.push(path);
        }
      }
    }
  } finally {
    page.off('pageerror', onError);
    page.off('console', onConsole);
    page.off('response', onResponse);
  }
  return files;
}

const setLanguage = ({ lang, dir }) => {
  document.documentElement.lang = lang;
  document.documentElement.dir = dir;
};
const jobs = stories.map((story) => ({
  name: join('stories', story.id),
  url: `${storybook.url}iframe.html?id=${story.id}&viewMode=story`,
  languages: LANGUAGES,
  schemes: SCHEMES,
  apply: setLanguage,
}));
// The demo page takes its language and its own colour scheme from the address, as a reader's link would.
if (wanted('demo')) {
  for (const language of LANGUAGES) {
    for (const scheme of DEMO_SCHEMES) {
      const query = new URLSearchParams({ lang: language.lang, ...(scheme === 'dark-page' ? { scheme: 'dark' } : {}) });
      jobs.push({ name: 'demo', url: `${demo.url}?${query}`, languages: [language], schemes: [scheme] });
      jobs.push({ name: 'programme', url: `${demo.url}programme.html?${query}`, languages: [language], schemes: [scheme] });
    }
  }
}
// Shots of earlier runs stay, but not those of the pages shot again.
for (const job of jobs) rmSync(join(OUT, job.name), { recursive: true, force: true });
for (const job of jobs) mkdirSync(join(OUT, job.name), { recursive: true });

// One tab per core: each shot waits on layout and rendering, so more tabs than cores only slow every tab.
let count = 0;
const queue = [...jobs];
const tabs = Math.max(1, Math.min(availableParallelism(), 4, jobs.length));
await Promise.all(
  Array.from({ length: tabs }, async () => {
    let page = await browser.newPage();
    for (let job = queue.shift(); job; job = queue.shift()) {
      // On a busy machine a tab now and then stops answering: the page is shot again in a fresh tab.
      for (let attempt = 1; attempt <= 2; attempt++) {
        try {
          const files = await shoot(page, job);
          count += files.length;
          break;
        } catch (error) {
          if (attempt === 2) problems.push(`${job.name}: not captured: ${error.message.split('\n')[0]}`);
          await page.close().catch(() => {});
          page = await browser.newPage();
        }
      }
    }
    await page.close();
  }),
);
await browser.close();
storybook.server.close();
demo.server.close();

// A page to look through every shot in screenshots/ (this run's and earlier ones'): one row per page.
const escape = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const titles = new Map(Object.values(index.entries).map((entry) => [join('stories', entry.id), `${entry.title} / ${entry.name}`]));
const folders = [
  'demo',
  'programme',
  ...(existsSync(join(OUT, 'stories')) ? readdirSync(join(OUT, 'stories'), { withFileTypes: true }) : [])
    .filter((entry) => entry.isDirectory())
    .map((entry) => join('stories', entry.name))
    .sort(),
].filter((folder) => existsSync(join(OUT, folder)));
const figure = (href) =>
  `<figure><a href="${href}"><img loading="lazy" src="${href}" alt="" /></a><figcaption>${href.split('/').pop()}</figcaption></figure>`;
const sections = folders.map((folder) => {
  const images = readdirSync(join(OUT, folder))
    .filter((file) => file.endsWith('.png'))
    .sort();
  return `<section><h2>${escape(titles.get(folder) ?? 'Demo page')}</h2><div>${images.map((file) => figure(escape(`${folder}/${file}`))).join('')}</div></section>`;
});
writeFileSync(
  join(OUT, 'index.html'),
  `<!doctype html>
<meta charset="utf-8" />
<title>Poplus Elements screenshots</title>
<style>
  body { font: 14px system-ui, sans-serif; margin: 1rem; }
  div { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: start; }
  figure { margin: 0; }
  img { inline-size: 180px; border: 1px solid #ccc; }
  figcaption { font-size: 12px; }
</style>
<h1>Poplus Elements screenshots</h1>
${sections.join('\n')}
`,
);
rmSync(join(OUT, 'console.txt'), { force: true });
if (problems.length) writeFileSync(join(OUT, 'console.txt'), `${problems.join('\n')}\n`);

const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(
  `${count} screenshots of ${stories.length} stories${wanted('demo') ? ' and the demo pages' : ''} in ${seconds} s, ${tabs} tabs`,
);
console.log(`  ${join(process.cwd(), OUT)}/  (open index.html to look through them)`);
if (problems.length) console.log(`  ${problems.length} page errors or console errors: ${join(OUT, 'console.txt')}`);
