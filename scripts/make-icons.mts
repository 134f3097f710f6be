/**
 * Draws the installed app's PNG icons (public/icons/icon-192.png, icon-512.png and
 * icon-maskable-512.png, listed in the manifest: vite.config.ts) from their SVGs, in the same
 * Chromium the tests use: `npx tsx scripts/make-icons.mts`. The PNGs are committed; run this
 * again after changing an SVG.
 */
import { readFileSync } from 'node:fs';
import { launchChromium } from '../test/browser/chromium.ts';

const icons = [
  { svg: 'public/icons/icon.svg', out: 'public/icons/icon-192.png', size: 192 },
  { svg: 'public/icons/icon.svg', out: 'public/icons/icon-512.png', size: 512 },
  { svg: 'public/icons/icon-maskable.svg', out: 'public/icons/icon-maskable-512.png', size: 512 },
];
const browser = await launchChromium();
try {
  for (const { svg, out, size } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const src = `data:image/svg+xml;base64,${readFileSync(svg).toString('base64')}`;
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}">`);
    await page.locator('img').screenshot({ path: out, omitBackground: true });
    await page.close();
    console.log(out);
  }
} finally {
  await browser.close();
}
