import type { StorybookConfig } from '@storybook/web-components-vite';

// Decorators are TypeScript's (experimentalDecorators, as tsconfig.json sets them), which Vite's Oxc lowers itself.
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|js)'],
  staticDirs: [
    { from: '../demo', to: '/demo' },
    { from: '../tests/fixtures', to: '/fixtures' },
  ],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    viteConfig.build = { ...viteConfig.build, chunkSizeWarningLimit: 2000 };
    return viteConfig;
  },
};
export default config;
