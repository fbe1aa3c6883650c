/**
 * Screenshots for docs/screenshots. A run rewrites a file only when the picture changed: a few pixels of
 * antialiasing on rounded corners differ from run to run, and rewriting for those would leave every working tree
 * with modified PNGs after each e2e run. Images are compared in the browser (a canvas decodes both).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';

/** Pixels that may differ before a screenshot counts as changed. */
const NOISE_PIXELS = 200;

const COMPARE = `async ([a, b]) => {
  const load = (src) => new Promise((ok, fail) => { const i = new Image(); i.onload = () => ok(i); i.onerror = fail; i.src = src; });
  const [ia, ib] = await Promise.all([load(a), load(b)]);
  if (ia.width !== ib.width || ia.height !== ib.height) return Infinity;
  const pixels = (i) => {
    const c = document.createElement('canvas');
    c.width = i.width;
    c.height = i.height;
    const x = c.getContext('2d');
    x.drawImage(i, 0, 0);
    return x.getImageData(0, 0, i.width, i.height).data;
  };
  const pa = pixels(ia);
  const pb = pixels(ib);
  let differing = 0;
  for (let i = 0; i < pa.length; i += 4) {
    if (pa[i] !== pb[i] || pa[i + 1] !== pb[i + 1] || pa[i + 2] !== pb[i + 2]) differing += 1;
  }
  return differing;
}`;

export async function saveScreenshot(page: Page, browser: Browser, path: string): Promise<void> {
  const fresh = await page.screenshot({ fullPage: true });
  if (existsSync(path) && (await differingPixels(browser, readFileSync(path), fresh)) <= NOISE_PIXELS) return;
  writeFileSync(path, fresh);
}

async function differingPixels(browser: Browser, before: Buffer, after: Buffer): Promise<number> {
  const scratch = await browser.newPage();
  try {
    const url = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
    // A function given as source text: the test's transpiler must not rewrite what runs in the page.
    return await scratch.evaluate(`(${COMPARE})(${JSON.stringify([url(before), url(after)])})`);
  } finally {
    await scratch.close();
  }
}
