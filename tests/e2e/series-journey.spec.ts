import { expect, test } from '@playwright/test';
import { expectArticle, tabTo } from './helpers.ts';

const TWO = 'lei-jun-from-failure-to-xiaomi';
const ONE = 'clarkson-after-the-bbc';

test('a reader follows Success Stories from the home page, through Read Also and Next', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .locator('main')
    .getByRole('link', { name: /never ran a 'Little Tiger'/ })
    .first()
    .click();
  await expectArticle(page, TWO, /never ran a 'Little Tiger'/);
  await expect(page.getByRole('link', { name: 'Part 2 of 2 · Success Stories' })).toBeVisible();

  const readAlso = page.getByRole('navigation', { name: 'Read also' });
  await readAlso.getByRole('link', { name: /Clarkson/ }).click();
  await expectArticle(page, ONE, /Clarkson/);
  await expect(page.locator('a[rel="prev"]')).toHaveCount(0);

  await page.locator('a[rel="next"]').click();
  await expectArticle(page, TWO, /Lei Jun/);
  await expect(page.locator('a[rel="next"]')).toHaveCount(0);
});

test('the same journey with the keyboard only', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Skip to content');

  await tabTo(
    page,
    (el) =>
      el.closest('main') !== null &&
      /lei-jun-from-failure-to-xiaomi/.test(el.getAttribute('href') ?? ''),
  );
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/lei-jun-from-failure-to-xiaomi\/$/);

  await tabTo(
    page,
    (el) =>
      el.closest('.read-also') !== null &&
      /clarkson-after-the-bbc/.test(el.getAttribute('href') ?? ''),
  );
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/clarkson-after-the-bbc\/$/);

  await tabTo(page, (el) => el.getAttribute('rel') === 'next');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/lei-jun-from-failure-to-xiaomi\/$/);
  await expect(page.locator('h1')).toContainText('Lei Jun');
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto(`/articles/${TWO}/`);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
  expect(inMain).toBe(true);
});

test('an article page loads only the small search opener and works at 320 px wide', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on(
    'request',
    (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname),
  );
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`/articles/${TWO}/`);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  expect(scripts.every((path) => path.startsWith('/_astro/'))).toBe(true);
  expect(scripts.length).toBeLessThanOrEqual(2);
});
