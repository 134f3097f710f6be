/**
 * Finds a real Chromium and launches it headless, with the flags this machine needs (no sandbox
 * as root, no background network: the network is closed; WebGL in software, SwiftShader).
 *
 * Where the browser comes from, in this order:
 * 1. $CHROMIUM_PATH, when set. It must exist: a path that is set but wrong is an error, never a
 *    quiet fall-through to another browser.
 * 2. Debian's /usr/bin/chromium (`.ci/run` installs it; it is the faster of the two), unless
 *    KURIL_NO_SYSTEM_CHROMIUM=1 hides it (to try the fallback on a machine that has it).
 * 3. npm's @sparticuz/chromium, a devDependency, so that `npm ci` alone brings a browser. Its
 *    binary ships brotli-compressed in the package and is inflated once per version into a
 *    folder of its own under the OS temp folder (see `inflateSparticuz`). KURIL_NO_NPM_CHROMIUM=1
 *    hides it (test/missing-browser.test.ts uses both to have no browser at all).
 *
 * When none is found, `findChromium` throws `NoChromiumError`, and the browser tests' global
 * setup (global-setup.ts) lets it fail the run.
 */
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export class NoChromiumError extends Error {
  constructor(tried: string[]) {
    super(
      `No Chromium for the browser tests. Tried:\n${tried.map((t) => `  - ${t}`).join('\n')}\n` +
        'Fix: `npm ci` (it installs @sparticuz/chromium), or `apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium binary.',
    );
    this.name = 'NoChromiumError';
  }
}

const isExecutable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** Where the browser came from, for the log line of the global setup. */
export type ChromiumSource = 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';

export async function findChromium(): Promise<{ path: string; source: ChromiumSource }> {
  const tried: string[] = [];
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return { path: fromEnv, source: 'CHROMIUM_PATH' };
    throw new NoChromiumError([`CHROMIUM_PATH=${fromEnv}: not an executable file (unset CHROMIUM_PATH to let the other places be tried)`]);
  }
  tried.push('CHROMIUM_PATH: not set');
  if (process.env.KURIL_NO_SYSTEM_CHROMIUM === '1') tried.push(`${SYSTEM_CHROMIUM}: hidden by KURIL_NO_SYSTEM_CHROMIUM=1`);
  else if (isExecutable(SYSTEM_CHROMIUM)) return { path: SYSTEM_CHROMIUM, source: 'system' };
  else tried.push(`${SYSTEM_CHROMIUM}: not there`);
  try {
    return { path: await inflateSparticuz(), source: '@sparticuz/chromium' };
  } catch (e) {
    tried.push(`@sparticuz/chromium: ${e instanceof Error ? e.message : String(e)}`);
  }
  throw new NoChromiumError(tried);
}

/**
 * @sparticuz/chromium's `executablePath()` inflates its files straight into `os.tmpdir()` and
 * reuses whatever `/tmp/chromium` it finds there: a half-written binary from an interrupted run,
 * another version's, or one that another process is still writing. So it is given a fresh staging
 * folder as its temp folder (`os.tmpdir()` reads $TMPDIR on each call), and the finished folder
 * is renamed into place, which is atomic: a folder under the final name is always complete.
 * Two processes racing both inflate; the first rename wins and the other's copy is dropped.
 */
async function inflateSparticuz(): Promise<string> {
  if (process.env.KURIL_NO_NPM_CHROMIUM === '1') throw new Error('hidden by KURIL_NO_NPM_CHROMIUM=1');
  const version = sparticuzVersion();
  const base = tmpdir();
  const final = join(base, `kuril-atlas-chromium-${version}`);
  const binary = join(final, 'chromium');
  if (isExecutable(binary)) return binary;
  const { default: Sparticuz } = await import('@sparticuz/chromium');
  const staging = mkdtempSync(join(base, `kuril-atlas-chromium-${version}.partial-`));
  const savedTmpdir = process.env.TMPDIR;
  try {
    process.env.TMPDIR = staging;
    const inflated = await Sparticuz.executablePath();
    if (inflated !== join(staging, 'chromium')) throw new Error(`inflated to ${inflated}, not into ${staging}`);
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    throw e;
  } finally {
    if (savedTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmpdir;
  }
  try {
    renameSync(staging, final);
  } catch (e) {
    // Another process renamed its copy first: use that one.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(binary)) throw e;
  }
  return binary;
}

/** The installed version of @sparticuz/chromium (its package.json is not in its `exports`). */
function sparticuzVersion(): string {
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
  } catch {
    throw new Error('not installed (run `npm ci`)');
  }
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const { name, version } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
    if (name === '@sparticuz/chromium' && version) return version;
  }
  throw new Error(`no package.json of @sparticuz/chromium above ${entry}`);
}

export async function launchChromium(): Promise<Browser> {
  const { path } = await findChromium();
  return chromium.launch({
    executablePath: path,
    headless: true,
    // Our own flags, for both browsers. Not @sparticuz/chromium's `args`: they include
    // --single-process, with which a browser cannot open a second page, and
    // --disable-web-security, which the tests have no need of.
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--use-gl=angle',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--ignore-gpu-blocklist',
    ],
  });
}
