/**
 * The closing line of every `npm test`: 'N passed, N failed', in which a browser test that did
 * not pass counts as failed, whatever the reason: skipped because its file's `beforeAll` (the
 * browser launch) threw, skipped with `.skip`, or never run because the run stopped before the
 * browser tests (global-setup.ts throws when no Chromium starts). vitest's own summary counts such
 * tests as "skipped" beside the passes, which reads like a green run; this line cannot.
 *
 * Any browser test that did not pass also sets a failing exit code, so `.skip` on a browser test
 * cannot turn a run green either. Unit tests keep vitest's meaning of skipped.
 */
import type { Reporter, SerializedError, TestModule } from 'vitest/node';

/** The vitest project whose tests must all run (vitest.config.ts). */
export const BROWSER_PROJECT = 'browser';

export interface Counts {
  passed: number;
  failed: number;
  /** Browser tests that did not run (skipped or never finished), counted in `failed` too. */
  browserNotRun: number;
  /** Unit tests skipped on purpose (`.skip`, `.todo`): not failures. */
  skipped: number;
  /** Test files that failed before any of their tests were collected (a syntax or import error). */
  brokenFiles: number;
}

export function countResults(testModules: ReadonlyArray<TestModule>): Counts {
  const c: Counts = { passed: 0, failed: 0, browserNotRun: 0, skipped: 0, brokenFiles: 0 };
  for (const m of testModules) {
    const browser = m.project.name === BROWSER_PROJECT;
    let tests = 0;
    for (const t of m.children.allTests()) {
      tests++;
      const state = t.result().state;
      if (state === 'passed') c.passed++;
      else if (state === 'failed') c.failed++;
      else if (browser) {
        c.failed++;
        c.browserNotRun++;
      } else c.skipped++;
    }
    if (tests === 0 && m.errors().length > 0) c.brokenFiles++;
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

export function summaryLine(c: Counts, browserSetupFailed: boolean): string {
  const failed = c.failed + c.brokenFiles;
  const notes: string[] = [];
  if (browserSetupFailed) notes.push("FAILED: the run stopped in the browser tests' setup, before any test (its error is printed as an Unhandled Error)");
  if (c.browserNotRun) notes.push(`${c.browserNotRun} browser test(s) did not run and count as failed`);
  if (c.brokenFiles) notes.push(`${c.brokenFiles} test file(s) failed to load`);
  if (c.skipped) notes.push(`${c.skipped} unit test(s) skipped on purpose`);
  return `${c.passed} passed, ${failed} failed${notes.length ? ` (${notes.join('; ')})` : ''}`;
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, _unhandledErrors: ReadonlyArray<SerializedError>): void {
    const counts = countResults(testModules);
    const mark = browserSetupMark();
    const setupFailed = mark === 'started';
    console.log(`\n${summaryLine(counts, setupFailed)}`);
    if (mark === 'no-browser') console.log('No Chromium started: see the message above the test results.');
    if (counts.browserNotRun > 0 || setupFailed || mark === 'no-browser') process.exitCode = 1;
  }
}
