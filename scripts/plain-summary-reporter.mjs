// Prints one plain closing line, "wtr: N passed, N failed, N skipped", after @web/test-runner's own summary.
// The runner's dynamic terminal swallows ordinary stdout writes, so it writes to fd 1 when the process exits.
import { writeSync } from 'node:fs';

function count(results, totals) {
  for (const test of results?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const suite of results?.suites ?? []) count(suite, totals);
}

export function plainSummaryReporter() {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that fails to load has no test results but errors: count it as a failure.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) totals.failed++;
      }
      process.once('exit', () => {
        writeSync(1, `\nwtr: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
      });
    },
  };
}
