/**
 * A missing browser fails the run, loudly, and no browser test reads as a pass: the browser
 * project is run in a child vitest with no Chromium to be found, and its exit code, its banner
 * and its closing line are checked. No browser starts and the app is not built, so this is quick.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function runBrowserTestsWith(env: Record<string, string>) {
  const { CHROMIUM_PATH: _unset, ...inherited } = process.env;
  const r = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--project', 'browser'], {
    env: { ...inherited, ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}

/** Checks what any run without a browser must show, and returns its output. */
function expectLoudFailure(run: { status: number | null; out: string }): string {
  expect(run.status, run.out).not.toBe(0);
  expect(run.status, run.out).not.toBeNull(); // null: killed by the timeout, not a failure of its own
  expect(run.out).toContain('THE BROWSER TESTS CANNOT RUN, AND EACH OF THEM WILL FAIL.');
  // The closing line: nothing passed, every browser test counted as failed.
  const closing = /^0 passed, (\d+) failed \((\d+) of them did not run and count as failed\)$/m.exec(run.out);
  expect(closing, run.out).not.toBeNull();
  const [, failed, notRun] = closing!;
  expect(Number(failed)).toBeGreaterThan(0);
  expect(notRun).toBe(failed);
  return run.out;
}

describe('a missing browser', () => {
  it('fails the browser tests when CHROMIUM_PATH names no file, and says which path', () => {
    const out = expectLoudFailure(runBrowserTestsWith({ CHROMIUM_PATH: '/nonexistent/chromium' }));
    expect(out).toContain('CHROMIUM_PATH=/nonexistent/chromium: not an executable file');
  });

  it('fails the browser tests when neither the system nor the npm Chromium is there, and names both', () => {
    const out = expectLoudFailure(runBrowserTestsWith({ KURIL_NO_SYSTEM_CHROMIUM: '1', KURIL_NO_NPM_CHROMIUM: '1' }));
    expect(out).toContain('/usr/bin/chromium: hidden by KURIL_NO_SYSTEM_CHROMIUM=1');
    expect(out).toContain('@sparticuz/chromium: hidden by KURIL_NO_NPM_CHROMIUM=1');
  });
});
