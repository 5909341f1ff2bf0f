// `npm run size`: the min+gzip size of the one-file bundle (dist/poplus-elements.js, Lit included), checked
// against the budget in package.json ("size-limit"). Lazily loaded chunks (parsers for optional formats,
// extra languages) are listed apart and do not count.
import { readFile, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const pkg = JSON.parse(await readFile('package.json', 'utf8'));
const { bundle, budgetKB } = pkg['size-limit'];
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

const main = await readFile(bundle);
const size = gz(main);
console.log(`${bundle}: ${kb(main.length)} min, ${kb(size)} min+gzip (budget ${budgetKB} KB)`);

const chunkDir = join('dist', 'chunks');
const chunks = await readdir(chunkDir).catch(() => []);
for (const name of chunks.filter((n) => n.endsWith('.js')).sort()) {
  const buf = await readFile(join(chunkDir, name));
  console.log(`  lazy chunk ${name}: ${kb(gz(buf))} min+gzip`);
}
if (size > budgetKB * 1024) {
  console.error(`Over budget by ${kb(size - budgetKB * 1024)}.`);
  process.exit(1);
}
