// `npm run screenshots` (after `npm run build`): PNGs of the pages a reader sees first, for
// checking the design by eye: the front page, an article, a series page and a search with
// results, at 375 and 1280 px wide, light and dark. Written to a fresh folder it prints; not committed.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { serve } from './serve.mjs';

const root = new URL('../..', import.meta.url).pathname;
const dist = join(root, process.env.OUT_DIR ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No built site in ${dist}: run \`npm run build\` first.`);
  process.exit(1);
}
const out = mkdtempSync(join(tmpdir(), 'second-act-screenshots-'));
const server = await serve(dist);
const port = server.address().port;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

const pages = {
  front: '/',
  article: '/articles/xiaomi-ipo-and-slump/',
  series: '/series/the-xiaomi-story/',
  search: '/search/?q=Lei+Jun',
};
const viewports = { 375: { width: 375, height: 812 }, 1280: { width: 1280, height: 800 } };

try {
  for (const scheme of ['light', 'dark']) {
    for (const [width, viewport] of Object.entries(viewports)) {
      const context = await browser.newContext({
        viewport,
        colorScheme: scheme,
        deviceScaleFactor: 1,
      });
      const page = await context.newPage();
      for (const [name, path] of Object.entries(pages)) {
        await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
        if (name === 'search')
          await page.locator('pagefind-results a.pf-result-link').first().waitFor();
        // Lazy images below the fold load as a reader scrolls: scroll through once so they show.
        await page.evaluate(async () => {
          for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
            scrollTo(0, y);
            await new Promise((r) => setTimeout(r, 50));
          }
          scrollTo(0, 0);
        });
        await page.waitForLoadState('networkidle');
        const file = join(out, `${name}-${width}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`Screenshots in ${out}`);
