// `npm run size`: the min+gzip weight of the one-file bundle (dist/poplus-elements.js, Lit included) and of
// each element's own script-tag build (dist/standalone/<name>/<name>.js), checked against the budgets in
// package.json ("size-limit"). Lazily loaded chunks (parsers for optional formats, languages other than
// English) are listed apart and do not count.
import { readFile, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';

const pkg = JSON.parse(await readFile('package.json', 'utf8'));
const { bundle, budgetKB, paths = {} } = pkg['size-limit'];
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const failures = [];

async function check(label, file, budget) {
  const buf = await readFile(file);
  const size = gz(buf);
  console.log(`${label.padEnd(22)} ${kb(size).padStart(9)} min+gzip  (${kb(buf.length)} min; budget ${budget} KB)  ${file}`);
  if (size > budget * 1024) failures.push(`${label} is over its ${budget} KB budget by ${kb(size - budget * 1024)}`);
}

await check('all elements', bundle, budgetKB);
for (const [name, budget] of Object.entries(paths)) await check(name, `dist/standalone/${name}/${name}.js`, budget);

const chunkDir = join(dirname(bundle), 'chunks');
const chunks = (await readdir(chunkDir).catch(() => [])).filter((n) => n.endsWith('.js')).sort();
if (chunks.length) console.log('lazy chunks of the one-file bundle (not counted):');
for (const name of chunks) console.log(`  ${name.padEnd(32)} ${kb(gz(await readFile(join(chunkDir, name)))).padStart(9)} min+gzip`);

if (failures.length) {
  for (const failure of failures) console.error(failure);
  process.exit(1);
}
