// `npm run check-package`: packs the library as `npm publish` would and meets it as a new user does.
//  1. The tarball holds no node_modules/ and no orphan: every file is reached from package.json (`exports`,
//     `types`, `customElements`) through the imports, chunks, source maps and declarations it ships, or is one
//     of the files npm always includes (README, LICENSE, package.json).
//  2. Installed from the tarball into an empty project: every export resolves, the JSON exports import in
//     Node, a bundler (esbuild) bundles each entry with one copy of Lit, and TypeScript reads the types.
// Needs a build (`npm run build`); exits non-zero with the reasons on any failure.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const failures = [];
const fail = (message) => failures.push(message);
const started = Date.now();

if (!existsSync(join(root, 'dist/index.js'))) {
  console.error('No dist/: run `npm run build` first.');
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'poplus-package-'));
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

try {
  // --- 1. What the tarball holds ---------------------------------------------------------------------
  const [packed] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], root));
  const files = new Set(packed.files.map((f) => f.path));
  for (const path of files) if (path.split('/').includes('node_modules')) fail(`ships ${path}`);

  /** Every target named by `exports` (patterns expanded over the packed files), plus the other entry fields. */
  const targets = (value) =>
    typeof value === 'string' ? [value] : Object.values(value ?? {}).flatMap((v) => (v === null ? [] : targets(v)));
  const roots = [
    ...targets(pkg.exports),
    pkg.main,
    pkg.module,
    pkg.types,
    pkg.customElements,
    'package.json',
    'README.md',
    'LICENSE',
  ].filter(Boolean);
  const reached = new Set();
  const queue = [];
  const reach = (path, from) => {
    const clean = posix.normalize(path.replace(/^\.\//, ''));
    if (clean.includes('*')) {
      const [head, tail] = clean.split('*');
      const matches = [...files].filter((f) => f.startsWith(head) && f.endsWith(tail));
      if (!matches.length) fail(`${from}: ${path} matches no file`);
      matches.forEach((f) => reach(f, from));
      return;
    }
    if (!files.has(clean)) return fail(`${from}: ${path} is not in the package`);
    if (reached.has(clean)) return;
    reached.add(clean);
    queue.push(clean);
  };
  roots.forEach((path) => reach(path, 'package.json'));

  // Relative module specifiers in built JavaScript and declarations: static and dynamic imports, re-exports.
  const SPECIFIER = /(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g;
  while (queue.length) {
    const path = queue.shift();
    const dir = posix.dirname(path);
    const near = (specifier) => posix.join(dir, specifier);
    if (!/\.(js|ts|map)$/.test(path)) continue;
    const text = readFileSync(join(root, path), 'utf8');
    if (path.endsWith('.map')) {
      // A source must ship, or be written into the map (Lit's and the parsers' in the minified builds).
      const { sources, sourcesContent = [] } = JSON.parse(text);
      sources.forEach((source, i) => {
        if (sourcesContent[i] == null) reach(near(source), path);
      });
      continue;
    }
    // A module's declarations sit beside it.
    if (path.endsWith('.js') && files.has(path.replace(/\.js$/, '.d.ts'))) reach(path.replace(/\.js$/, '.d.ts'), path);
    const map = /\/[/*][#@] sourceMappingURL=(\S+?)(?:\s*\*\/)?\s*$/.exec(text)?.[1];
    if (map && !map.startsWith('data:')) reach(near(map), path);
    if (path.startsWith('src/')) continue; // the sources are read through the maps, not imported
    for (const [, specifier] of text.matchAll(SPECIFIER)) {
      reach(near(path.endsWith('.d.ts') ? specifier.replace(/\.js$/, '.d.ts') : specifier), path);
    }
  }
  for (const path of files) if (!reached.has(path)) fail(`${path} is in the package but nothing reaches it`);

  // --- 2. Installed as a dependency --------------------------------------------------------------------
  const app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  npm(['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock', join(work, packed.filename)], app);

  const subpaths = Object.keys(pkg.exports).map((key) => key.replace('*', 'event-banner/event-banner.js'));
  const specifiers = subpaths.map((key) => `${pkg.name}${key.slice(1)}`);
  const probe = `
    const out = {};
    for (const s of ${JSON.stringify(specifiers)}) out[s] = import.meta.resolve(s);
    const { default: manifest } = await import('${pkg.name}/package.json', { with: { type: 'json' } });
    const { default: elements } = await import('${pkg.name}/custom-elements.json', { with: { type: 'json' } });
    out.version = manifest.version;
    out.modules = elements.modules.length;
    console.log(JSON.stringify(out));`;
  const resolved = JSON.parse(execFileSync('node', ['--input-type=module', '-e', probe], { cwd: app, encoding: 'utf8' }));
  if (resolved.version !== pkg.version) fail(`package.json imported from the package says ${resolved.version}`);
  if (!(resolved.modules > 0)) fail('custom-elements.json imported from the package lists no module');
  for (const specifier of specifiers) {
    const file = resolved[specifier] && new URL(resolved[specifier]).pathname;
    if (!file || !existsSync(file)) fail(`${specifier} resolves to ${file ?? 'nothing'}`);
  }

  // Each JavaScript entry, bundled by an app's bundler: no error, and the npm entries share the app's Lit.
  for (const specifier of specifiers.filter((s) => s.endsWith('.js') || s === pkg.name)) {
    const result = await build({
      stdin: { contents: `import '${specifier}';`, resolveDir: app },
      absWorkingDir: app,
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      logLevel: 'silent',
    }).catch((error) => ({ error }));
    if (result.error) {
      fail(`esbuild cannot bundle ${specifier}: ${result.error.message.split('\n')[0]}`);
      continue;
    }
    const inputs = Object.keys(result.metafile.inputs);
    const lits = inputs.filter((input) => /node_modules\/lit-html\/lit-html\.js$/.test(input));
    const standalone = specifier.includes('/standalone/') || specifier.endsWith('/poplus-elements.js');
    if (!standalone && lits.length !== 1) fail(`${specifier} bundles ${lits.length} copies of lit-html`);
    if (!result.outputFiles[0].text.includes('poplus-')) fail(`${specifier} bundles no element`);
  }

  // The declarations, read by TypeScript as an app would: public classes and the tag name map.
  writeFileSync(
    join(app, 'check.ts'),
    `import { PoplusEventBanner, PoplusSessionList } from '${pkg.name}';
import '${pkg.name}/participant-table.js';
const banner: PoplusEventBanner = document.createElement('poplus-event-banner');
const list: PoplusSessionList | null = document.querySelector('poplus-session-list');
document.createElement('poplus-participant-table').locale satisfies string;
console.log(banner, list);
`,
  );
  const compilerOptions = { noEmit: true, strict: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler', types: [] };
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['check.ts'] }));
  try {
    execFileSync('node', [join(root, 'node_modules/typescript/bin/tsc'), '-p', '.'], { cwd: app, encoding: 'utf8' });
  } catch (error) {
    fail(`TypeScript cannot read the declarations:\n${error.stdout}`);
  }

  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  console.log(
    `${packed.filename}: ${packed.entryCount} files, ${kb(packed.size)} packed, ${kb(packed.unpackedSize)} unpacked; ` +
      `${specifiers.length} exports checked (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures.length) {
  for (const failure of failures) console.error(failure);
  console.error(`The package check failed: ${failures.length} problem${failures.length === 1 ? '' : 's'}.`);
  process.exit(1);
}
