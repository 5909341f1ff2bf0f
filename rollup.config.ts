import type { Plugin, RollupOptions } from 'rollup';
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/** One entry per element (`poplus-elements/event-banner.js`, …) beside the one that registers them all. */
export const elementEntries = ['event-banner'];

const ts = (options: Parameters<typeof typescript>[0] = {}): Plugin =>
  typescript({ tsconfig: './tsconfig.build.json', ...options });

/**
 * Terser leaves template literals alone: squeeze the whitespace and comments out of the `css` templates of
 * our own modules (the CSS has no strings in which spacing matters), and collapse runs of whitespace in
 * `html`/`svg` templates to one space (never removed, since a space between inline elements is visible).
 */
const minifyTemplates = (): Plugin => ({
  name: 'minify-lit-templates',
  transform(code, id) {
    if (!id.includes('/src/')) return null;
    const squeezed = code
      .replace(/\bcss`([^`]*)`/g, (_, body: string) =>
        `css\`${body.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};,>])\s*/g, '$1').trim()}\``)
      .replace(/\b(html|svg)`([^`]*)`/g, (_, tag: string, body: string) => `${tag}\`${body.replace(/\s{2,}/g, ' ')}\``);
    return { code: squeezed, map: null };
  },
});

const external = [/^lit(\/.*)?$/, /^@lit\//, /^@lit-labs\//, /^lit-html(\/.*)?$/, /^lit-element(\/.*)?$/, /^papaparse$/, /^yaml$/, /^ical\.js$/];

const config: RollupOptions[] = [
  // npm: ES modules and declarations, dependencies left to the app's bundler so that lit is deduplicated.
  {
    input: Object.fromEntries([['index', 'src/index.ts'], ...elementEntries.map((name) => [name, `src/${name}.ts`])]),
    external,
    output: { dir: 'dist', format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: 'src' },
    plugins: [ts()],
  },
  // <script type="module" src=".../poplus-elements.js">: lit inlined, minified. Optional parsers and
  // languages stay separate chunks beside it, fetched only when a page uses them.
  {
    input: { 'poplus-elements': 'src/index.ts' },
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins: [
      resolve({ browser: true }),
      ts({ declaration: false, declarationMap: false, outDir: 'dist' }),
      minifyTemplates(),
      terser({ ecma: 2020, module: true, format: { comments: false } }),
    ],
  },
];
export default config;
