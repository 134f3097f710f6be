/**
 * The closing line of every `npm test`: 'N passed, N failed', in which a test that could not run
 * counts as failed: every browser test that did not pass, whatever the reason (its file's
 * `beforeAll`, the browser launch, threw; `.skip`; no Chromium at all, see global-setup.ts), and
 * any test of a file whose hooks failed. vitest's own summary counts such tests as "skipped"
 * beside the passes ("603 passed | 44 skipped"), which reads like a green run; this line cannot.
 *
 * Such a test also sets a failing exit code, so `.skip` on a browser test cannot turn a run green
 * either. A unit test skipped on purpose stays skipped.
 */
import type { Reporter, SerializedError, TestModule } from 'vitest/node';

/** The vitest project whose tests must all run (vitest.config.ts). */
export const BROWSER_PROJECT = 'browser';

export interface Counts {
  passed: number;
  /** Tests that failed, and tests that could not run (see `notRun`). */
  failed: number;
  /** Tests counted in `failed` because they did not run: every browser test that did not pass,
   * and any test of a file whose hooks or loading failed. */
  notRun: number;
  /** Unit tests skipped on purpose (`.skip`, `.todo`, `ctx.skip()` in a file that had no error). */
  skipped: number;
  /** Files that failed with no failed test to show for it (a syntax error, an `afterAll` that threw). */
  failedFiles: number;
}

export function countResults(testModules: ReadonlyArray<TestModule>): Counts {
  const c: Counts = { passed: 0, failed: 0, notRun: 0, skipped: 0, failedFiles: 0 };
  for (const m of testModules) {
    const mustRun = m.project.name === BROWSER_PROJECT;
    const fileFailed = m.errors().length > 0;
    let failedHere = 0;
    for (const t of m.children.allTests()) {
      const state = t.result().state;
      if (state === 'passed') c.passed++;
      else if (state === 'failed') failedHere++;
      else if (mustRun || fileFailed) {
        failedHere++;
        c.notRun++;
      } else c.skipped++;
    }
    c.failed += failedHere;
    if (fileFailed && failedHere === 0) c.failedFiles++;
  }
  return c;
}

/**
 * global-setup.ts, which runs in vitest's main process like this reporter, says here how far it
 * got: 'started' when the browser tests were selected and their setup began; 'no-browser' when no
 * Chromium starts (each browser test then fails in its file); 'ready' when a Chromium started and
 * the app was built and served. Left at 'started', the setup threw (the build failed, say) and
 * vitest stopped the run before any test.
 */
export const BROWSER_SETUP = Symbol.for('kuril-atlas.browser-setup');
type SetupMark = 'started' | 'no-browser' | 'ready' | undefined;
export function markBrowserSetup(mark: Exclude<SetupMark, undefined>): void {
  (globalThis as Record<symbol, SetupMark>)[BROWSER_SETUP] = mark;
}
const browserSetupMark = (): SetupMark => (globalThis as Record<symbol, SetupMark>)[BROWSER_SETUP];

export function summaryLine(c: Counts, browserSetupFailed: boolean, unhandledErrors = 0): string {
  const failed = c.failed + c.failedFiles;
  const notes: string[] = [];
  if (browserSetupFailed) notes.push("FAILED: the run stopped in the browser tests' setup, before any test (its error is printed as an Unhandled Error)");
  if (c.notRun) notes.push(`${c.notRun} of them did not run and count as failed`);
  if (c.failedFiles) notes.push(`${c.failedFiles} test file(s) failed outside their tests`);
  if (unhandledErrors) notes.push(`and ${unhandledErrors} error(s) outside any test, printed as Unhandled Error`);
  if (c.skipped) notes.push(`${c.skipped} unit test(s) skipped on purpose`);
  return `${c.passed} passed, ${failed} failed${notes.length ? ` (${notes.join('; ')})` : ''}`;
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    const counts = countResults(testModules);
    const mark = browserSetupMark();
    const setupFailed = mark === 'started';
    console.log(`\n${summaryLine(counts, setupFailed, unhandledErrors.length)}`);
    if (mark === 'no-browser') console.log('No Chromium started: see the message above the test results.');
    if (counts.failed > 0 || counts.failedFiles > 0 || unhandledErrors.length > 0 || setupFailed || mark === 'no-browser') process.exitCode = 1;
  }
}
