import type { Plugin, RollupOptions } from 'rollup';
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import terser from '@rollup/plugin-terser';
import { resolve as resolvePath } from 'node:path';

/** One entry per element (`poplus-elements/event-banner.js`, …) beside the one that registers them all. */
export const elementEntries = ['event-banner', 'participant-table', 'session-list', 'component-card'];

const ts = (options: Parameters<typeof typescript>[0] = {}): Plugin => typescript({ tsconfig: './tsconfig.build.json', ...options });

/**
 * How a piece of the text of our own tagged templates is squeezed, by tag: each piece between their `${…}`,
 * `first` and `last` of its template or not.
 */
const SQUEEZE: Record<string, (text: string, first: boolean, last: boolean) => string> = {
  // The CSS has no strings in which spacing matters: a style sheet's first and last spaces go too.
  css: (text, first, last) => {
    const css = text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      // No space follows a colon in a selector, nor needs to in a declaration.
      .replace(/:\s+/g, ':');
    return first && last ? css.trim() : first ? css.trimStart() : last ? css.trimEnd() : css;
  },
  // Runs of whitespace in markup become one space, never none: a space between inline elements is visible.
  html: (text) => text.replace(/\s{2,}/g, ' '),
};
SQUEEZE.svg = SQUEEZE.staticHtml = SQUEEZE.html;

/**
 * Terser leaves template literals alone: squeeze the whitespace (and comments) out of the `css`, `html` and
 * `svg` templates of our own modules, every piece of their text, also after a template nested in them.
 */
const minifyTemplates = (): Plugin => ({
  name: 'minify-lit-templates',
  transform(code, id) {
    if (!id.includes('/src/')) return null;
    const pieces: { start: number; end: number; text: string }[] = [];
    const visit = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach(visit);
      const { type, tag, quasi } = node as { type?: string; tag?: { type: string; name: string }; quasi?: { quasis: Quasi[] } };
      const squeeze = type === 'TaggedTemplateExpression' && tag?.type === 'Identifier' ? SQUEEZE[tag.name] : undefined;
      const quasis = squeeze ? quasi!.quasis : [];
      quasis.forEach(({ start, end }, i) =>
        pieces.push({ start, end, text: squeeze!(code.slice(start, end), !i, i === quasis.length - 1) }),
      );
      Object.values(node).forEach(visit);
    };
    visit(this.parse(code));
    let squeezed = code;
    for (const { start, end, text } of pieces.sort((a, b) => b.start - a.start))
      squeezed = squeezed.slice(0, start) + text + squeezed.slice(end);
    return { code: squeezed, map: null };
  },
});
type Quasi = { start: number; end: number };

/**
 * Left as imports in the npm build. tslib is there because @rollup/plugin-typescript always imports its helpers
 * (the standard decorators' `__esDecorate`): bundled, `preserveModules` would emit it as dist/node_modules/.
 */
const external = [
  /^tslib$/,
  /^lit(\/.*)?$/,
  /^@lit\//,
  /^@lit-labs\//,
  /^lit-html(\/.*)?$/,
  /^lit-element(\/.*)?$/,
  /^papaparse$/,
  /^yaml$/,
  /^ical\.js$/,
  /^txml(\/.*)?$/,
];

/** A self-contained, minified ES module build (Lit inlined); optional parsers and languages stay lazy chunks. */
const scriptTagBuild = (input: Record<string, string>, dir: string): RollupOptions => ({
  input,
  // Lazy chunks import shared code from the entry itself: without this, Rollup keeps the entry's export
  // list exact by moving all the code into a chunk and leaving the entry a two-line re-export.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir,
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    // The lazily loaded parsers by their package's name (yaml's own module is an anonymous `index.js`).
    manualChunks: (id) => /\/node_modules\/(yaml|ical\.js|papaparse|txml)\//.exec(id)?.[1]?.replace('.js', ''),
  },
  plugins: [
    resolve({ browser: true }),
    // Papaparse ships only as a UMD script: give it to our code as an ES module's default export.
    commonjs({ include: /node_modules/, ignore: ['stream'] }),
    // Type errors are the lint step's job (tsc); checking again in each of these builds only costs time.
    // TypeScript writes map sources relative to the file it would emit under `outDir`, Rollup reads them relative
    // to the source module: the two agree only when `dir` is as deep as src/. An absolute sourceRoot makes
    // dist/standalone/<name>/*.map name ../../../src/ rather than a path above the package.
    ts({ declaration: false, declarationMap: false, outDir: dir, noCheck: true, sourceRoot: resolvePath('src') }),
    minifyTemplates(),
    terser({ ecma: 2020, module: true, format: { comments: false } }),
  ],
});

const config: RollupOptions[] = [
  // npm: ES modules and declarations, dependencies left to the app's bundler so that lit is deduplicated.
  {
    input: Object.fromEntries([['index', 'src/index.ts'], ...elementEntries.map((name) => [name, `src/${name}.ts`])]),
    external,
    output: { dir: 'dist', format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: 'src' },
    plugins: [ts()],
  },
  // <script type="module" src=".../poplus-elements.js">: every element, Lit inlined, minified.
  scriptTagBuild({ 'poplus-elements': 'src/index.ts' }, 'dist'),
  // One element alone for a script tag (dist/standalone/<name>.js); `npm run size` checks each path's weight.
  ...elementEntries.map((name) => scriptTagBuild({ [name]: `src/${name}.ts` }, `dist/standalone/${name}`)),
];
export default config;
