// @ts-check
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { plainSummaryReporter } from './scripts/plain-summary-reporter.mjs';
import { CSP } from './scripts/serve.mjs';
import { CHROME, chromiumArgs } from './scripts/chromium.mjs';
import { bytesEndpoint, fuzzSettingsPlugin } from './tests/fuzz/server.mjs';

/**
 * `emulate-media-features`: any CSS media feature through the DevTools protocol (the runner's own
 * emulateMedia command covers only colour scheme and reduced motion with this launcher). An empty list
 * resets every feature.
 */
function emulateMediaFeaturesPlugin() {
  // puppeteer's emulateMediaFeatures refuses forced-colors, so the protocol is spoken directly, through one
  // DevTools session per page (emulation lasts as long as the session that set it).
  const sessions = new WeakMap();
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: payload });
      return true;
    },
  };
}

/**
 * `screenshot`: a PNG, base64, of a rectangle of the page (`{x, y, width, height}` in CSS pixels from the
 * document's top left), for tests that measure what is actually drawn (the banner title's contrast).
 */
function screenshotPlugin() {
  return {
    name: 'screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'screenshot') return undefined;
      return session.browser.getPage(session.id).screenshot({ clip: payload, encoding: 'base64' });
    },
  };
}

/**
 * Test-only endpoints: `/__slow/<ms>/<path>` answers with the file at <path> after a delay (to test aborts
 * and loading states), `/__status/<code>` answers with that HTTP status. Pages under tests/pages/ are served
 * with the demo's strict Content-Security-Policy (no inline script or style, Trusted Types required).
 * @type {import('koa').Middleware}
 */
async function testEndpoints(ctx, next) {
  const slow = ctx.path.match(/^\/__slow\/(\d+)(\/.*)$/);
  if (slow) {
    await new Promise((resolve) => setTimeout(resolve, Number(slow[1])));
    ctx.path = slow[2];
  }
  if (ctx.path.startsWith('/tests/pages/') && ctx.path.endsWith('.html')) {
    await next();
    ctx.set('content-security-policy', CSP);
    return;
  }
  const status = ctx.path.match(/^\/__status\/(\d{3})$/);
  if (status) {
    ctx.status = Number(status[1]);
    ctx.body = 'error';
    return;
  }
  await next();
}

/**
 * The demo pages as `npm start` serves them: under the same strict CSP, with the violation recorder of the
 * test pages loaded first and axe beside it (tests/demo.test.ts opens it in a frame).
 * @type {import('@web/dev-server-core').Plugin}
 */
const demoUnderCsp = {
  name: 'demo-under-csp',
  transform(context) {
    if (!/^\/demo\/[\w-]+\.html$/.test(context.path) || typeof context.body !== 'string') return undefined;
    return {
      body: context.body.replace(
        '<head>',
        '<head><script src="/tests/pages/record-violations.js"></script><script src="/node_modules/axe-core/axe.min.js"></script>',
      ),
      headers: { 'content-security-policy': CSP },
    };
  },
};

// Papaparse is CommonJS (UMD): served to the browser as an ES module, as the one-file bundle has it.
const commonjs = fromRollup(rollupCommonjs);

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  middleware: [testEndpoints, bytesEndpoint],
  // One page at a time: layout, ResizeObserver and animation frames run as in a foreground tab.
  concurrency: 1,
  // Standard decorators are lowered only with an explicit target.
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    emulateMediaFeaturesPlugin(),
    screenshotPlugin(),
    demoUnderCsp,
    fuzzSettingsPlugin(),
    commonjs({ include: ['**/node_modules/papaparse/**'], ignore: ['stream'], strictRequires: false }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROME,
        headless: true,
        args: [
          ...chromiumArgs,
          '--disable-sync',
          // Test pages run side by side; none may be throttled as a background tab (rAF, ResizeObserver).
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  // Lit's development build runs the tests (it catches class-field shadowing and other mistakes); its one
  // "Lit is in dev mode" notice is muted, the Lit-documented way, before Lit loads. Every other warning shows.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <body>
    <script>globalThis.litIssuedWarnings = new Set(['dev-mode']);</script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), plainSummaryReporter()],
};
