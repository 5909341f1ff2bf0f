// The headless Chromium the tests and the benchmarks run in: Debian's package unless CHROME_PATH names
// another, started the same way for both.

export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags for a quiet, offline browser: no sandbox (containers), no GPU, no background traffic, and every host
 * but this machine unresolvable, so a page can never reach the network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];
