// Runs `npm run build` unless dist/ is newer than every source file: the browser tests load the built
// one-file bundle, and CI has just built it. `isStale` serves other scripts that build something only when
// its inputs changed (the screenshots' Storybook build).
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The latest modification time of the files and folders given (folders searched through). */
export function newest(...paths) {
  let latest = 0;
  for (const path of paths.filter((p) => existsSync(p))) {
    const stats = statSync(path);
    if (!stats.isDirectory()) latest = Math.max(latest, stats.mtimeMs);
    else for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

/** True when `output` is missing or older than any of `inputs`. */
export const isStale = (output, inputs) => !existsSync(output) || statSync(output).mtimeMs < newest(...inputs);

if (import.meta.url === `file://${process.argv[1]}`) {
  if (isStale('dist/poplus-elements.js', ['src', 'package.json', 'rollup.config.ts', 'tsconfig.json'])) {
    // The build's output goes to stderr: stdout may be read by a program (`npm pack --json` runs this as prepack).
    execSync('npm run build', { stdio: ['inherit', 2, 'inherit'] });
  } else console.error('dist/ is up to date');
}
