// Runs `npm run build` unless dist/ is newer than every source file: the browser tests load the built
// one-file bundle, and CI has just built it.
import { execSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

let built = 0;
try {
  built = statSync('dist/poplus-elements.js').mtimeMs;
} catch {
  // not built yet
}
const sources = Math.max(newest('src'), ...['package.json', 'rollup.config.ts', 'tsconfig.json'].map((f) => statSync(f).mtimeMs));
if (built < sources) execSync('npm run build', { stdio: 'inherit' });
else console.log('dist/ is up to date');
