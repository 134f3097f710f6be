/**
 * Before any browser test: makes sure a Chromium starts (findChromium, then one real launch), and
 * only then builds the production app once and serves it on localhost; the tests read its URL
 * with `inject('baseUrl')`.
 *
 * A browser that is missing or does not start is said once here, loudly, and the app is not
 * built; the unit tests still run, and every browser test fails in its file's `beforeAll`
 * (require-browser.ts) with the same message. test/summary-reporter.ts then counts each of them
 * as failed in the closing line, and test/missing-browser.test.ts holds all of this.
 */
import type { TestProject } from 'vitest/node';
import { findChromium, launchChromium } from './chromium.ts';
import { buildAndServe } from './serve.ts';
import { markBrowserSetup } from '../summary-reporter.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The built app's folder that `baseUrl` serves (read only: tests that change files copy it). */
    builtDir: string;
    /** Set when no Chromium starts: why, and how to fix it. */
    browserSetupError: string | undefined;
  }
}

async function checkChromium(): Promise<string | undefined> {
  let found;
  try {
    found = await findChromium();
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  try {
    const browser = await launchChromium();
    console.log(`browser tests: Chromium ${browser.version()} from ${found.source} (${found.path})`);
    await browser.close();
    return undefined;
  } catch (e) {
    return `The Chromium at ${found.path} (from ${found.source}) does not start: ${e instanceof Error ? e.message : String(e)}\n` +
      'A Chromium needs the shared libraries libnss3 and libnspr4 (Debian: `apt-get install -y libnss3`).';
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  markBrowserSetup('started');
  const error = await checkChromium();
  project.provide('browserSetupError', error);
  if (error) {
    const rule = '='.repeat(78);
    console.error(`\n${rule}\nTHE BROWSER TESTS CANNOT RUN, AND EACH OF THEM WILL FAIL.\n${error}\n${rule}\n`);
    markBrowserSetup('no-browser');
    return undefined;
  }
  const { url, outDir, dispose } = await buildAndServe();
  project.provide('baseUrl', url);
  project.provide('builtDir', outDir);
  markBrowserSetup('ready');
  return dispose;
}
