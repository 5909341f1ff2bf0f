import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';
import { transform } from 'esbuild';

// Vite 8 transpiles TypeScript with Oxc, which lowers only legacy decorators: lower the standard ones first.
const lowerStandardDecorators = (): Plugin => ({
  name: 'lower-standard-decorators',
  enforce: 'pre',
  async transform(code, id) {
    if (!/\.[cm]?ts$/.test(id) || id.includes('/node_modules/') || !code.includes('@')) return null;
    const result = await transform(code, { loader: 'ts', target: 'es2022', sourcemap: true, sourcefile: id });
    return { code: result.code, map: result.map };
  },
});

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|js)'],
  staticDirs: [
    { from: '../demo', to: '/demo' },
    { from: '../tests/fixtures', to: '/fixtures' },
  ],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    viteConfig.plugins = [...(viteConfig.plugins ?? []), lowerStandardDecorators()];
    viteConfig.build = { ...viteConfig.build, chunkSizeWarningLimit: 2000 };
    return viteConfig;
  },
};
export default config;
