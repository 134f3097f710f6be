import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The closing 'N passed, N failed' line, in which a browser test that did not run counts as
    // failed (test/summary-reporter.ts).
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          // test/*.test.ts: the tests of the test set-up itself (test/missing-browser.test.ts).
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'geo/**/*.test.ts', 'test/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/global-setup.ts'],
          setupFiles: ['test/browser/require-browser.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
