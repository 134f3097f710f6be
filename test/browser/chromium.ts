/**
 * Finds a real Chromium: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then the binary of
 * npm's @sparticuz/chromium if it is installed. Launches it headless, with the flags this
 * machine needs (no sandbox as root, no background network: the network is closed).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export async function findChromium(): Promise<string> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  try {
    const name = '@sparticuz/chromium';
    const mod = (await import(/* @vite-ignore */ name)) as { default: { executablePath: () => Promise<string> } };
    return await mod.default.executablePath();
  } catch {
    throw new Error('No Chromium found: set CHROMIUM_PATH, or `apt-get install -y chromium` (see .ci/run).');
  }
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: await findChromium(),
    headless: true,
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
