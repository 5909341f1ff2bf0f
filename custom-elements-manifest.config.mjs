/**
 * Elements register through `defineElement(tag, ctor)` (a guarded `customElements.define`), which the analyzer
 * cannot follow: this plugin drops the generic definition it finds there and adds one per `@tagname`.
 * It also tidies the events the analyzer infers.
 */
function guardedDefinitions() {
  return {
    name: 'poplus-guarded-definitions',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        mod.exports = (mod.exports ?? []).filter(
          (e) => !(e.kind === 'custom-element-definition' && e.declaration?.module === 'src/shared/define.ts'),
        );
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.tagName) continue;
          // `this.dispatchEvent(new PoplusSortChangeEvent(…))` is seen as a second, nameless event beside the
          // documented `@fires` entry: keep only named events.
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          mod.exports.push({
            kind: 'custom-element-definition',
            name: declaration.tagName,
            declaration: { name: declaration.name, module: mod.path },
          });
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/locales/**'],
  outdir: '.',
  litelement: true,
  plugins: [guardedDefinitions()],
};
