import { expect, test } from '@playwright/test';
import { sitemapUrls } from '../build/helpers.ts';
import { violations } from './helpers.ts';

const sitemapPaths = sitemapUrls().map((u) => new URL(u.loc).pathname);

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test('every page in the sitemap has no WCAG 2.2 AA violations', async ({ page }) => {
      test.setTimeout(420_000);
      expect(sitemapPaths.length).toBeGreaterThan(20);
      const found: string[] = [];
      for (const path of sitemapPaths) {
        await page.goto(path);
        found.push(...(await violations(page)).map((v) => `${path} ${v}`));
      }
      expect(found).toEqual([]);
    });

    for (const [search, article, word] of [
      ['/search/?q=Xiaomi', '/articles/from-wuhan-to-kingsoft/', 'Kingsoft'],
      ['/zh/search/?q=%E5%B0%8F%E7%B1%B3', '/zh/articles/from-wuhan-to-kingsoft/', '金山'],
    ] as const) {
      test(`${search}: the search page with results and filters has no violations`, async ({
        page,
      }) => {
        await page.goto(search);
        await expect(
          page.locator('[data-search-results] a.search-result-link').first(),
        ).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });

      test(`${article}: the open search dialog with results has no violations`, async ({
        page,
      }) => {
        await page.goto(article);
        await page.keyboard.press('/');
        await expect(page.locator('dialog.search-dialog input')).toBeFocused();
        await page.keyboard.type(word);
        await expect(
          page.locator('dialog.search-dialog a.search-result-link').first(),
        ).toBeVisible();
        expect(await violations(page, 'dialog.search-dialog')).toEqual([]);
      });
    }
  });
}
