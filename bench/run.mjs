// `npm run bench`: runs every bench/*.bench.mjs (or those named on the command line) in headless Chromium
// and writes their Markdown tables, from this one run, to bench/RESULTS.md.
//
// A bench module exports `default async function ({ browser, baseUrl, runs }) => string` (Markdown). Pages it
// opens are served from bench/, with the built library at /dist/ and node_modules at /node_modules/.
import { readdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { serve } from '../scripts/serve.mjs';
import { CHROME, chromiumArgs } from '../scripts/chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const files = (await readdir(here)).filter((f) => f.endsWith('.bench.mjs') && (!only.length || only.some((o) => f.includes(o)))).sort();

const { server, url: baseUrl } = await serve(here, 0, { csp: false, modules: true });
const browser = await puppeteer.launch({
  executablePath: CHROME,
  headless: true,
  args: [...chromiumArgs, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
});
const version = await browser.version();
const sections = [];
try {
  for (const file of files) {
    console.log(`bench: ${file}`);
    const { default: run } = await import(pathToFileURL(join(here, file)).href);
    sections.push(await run({ browser, baseUrl, runs }));
  }
} finally {
  await browser.close();
  server.close();
}
const header = `# Benchmark results\n\nOne run of \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ${version}. Medians of ${runs} runs.\n`;
const report = [header, ...sections].join('\n');
if (!only.length) await writeFile(join(here, 'RESULTS.md'), report);
console.log(report);
