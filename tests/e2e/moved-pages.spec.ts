import { expect, test } from '@playwright/test';
import { readRedirects } from '../../src/lib/content/redirects.ts';
import { contentDir } from '../build/helpers.ts';

// A plain static host serves Astro's redirect stubs: a reader following an old link still lands
// on the article.
for (const { from, to } of readRedirects(contentDir)) {
  test(`an old link to ${from} lands on ${to}`, async ({ page }) => {
    await page.goto(from);
    await expect(page).toHaveURL(new RegExp(`${to}$`));
    await expect(page.locator('h1')).toBeVisible();
  });
}
