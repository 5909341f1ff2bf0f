export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/locales/**'],
  outdir: '.',
  litelement: true,
};
