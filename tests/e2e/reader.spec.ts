import { expect, test } from '@playwright/test';
import { tabTo } from './helpers.ts';

const ARTICLE = '/articles/xiaomi-ipo-and-slump/';

test('a teaser expands and collapses with the keyboard', async ({ page }) => {
  await page.goto(ARTICLE);
  const first = page.locator('.keep-reading details').first();
  await tabTo(page, (el) => el.tagName === 'SUMMARY' && !!el.closest('.keep-reading'));
  await expect(first.locator('summary')).toContainText('Keep reading');
  await expect(first.locator('p').first()).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(first).toHaveAttribute('open', '');
  await expect(first.locator('p').first()).toBeVisible();
  await expect(first.locator('summary .less')).toBeVisible();
  await page.keyboard.press('Space');
  await expect(first).not.toHaveAttribute('open');
  await expect(first.locator('summary .more')).toBeVisible();
});

test.describe('theme', () => {
  test.use({ colorScheme: 'light' });

  test('the choice persists across pages and paints from the first frame', async ({ page }) => {
    // The first animation frame runs before the first paint: record the background there.
    await page.addInitScript(() => {
      requestAnimationFrame(() => {
        (window as unknown as { firstFrame: string }).firstFrame = getComputedStyle(
          document.body,
        ).backgroundColor;
      });
    });
    const firstFrame = () =>
      page.evaluate(() => (window as unknown as { firstFrame?: string }).firstFrame);
    await page.goto('/');
    await expect.poll(firstFrame).toBe('rgb(251, 248, 242)');

    await page.getByRole('button', { name: 'Dark' }).click();
    await expect(page.getByRole('button', { name: 'Dark' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    await page.goto(ARTICLE);
    await expect.poll(firstFrame).toBe('rgb(20, 22, 28)');
    await expect(page.getByRole('button', { name: 'Dark' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await page.getByRole('button', { name: 'System' }).click();
    await page.reload();
    await expect.poll(firstFrame).toBe('rgb(251, 248, 242)');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  });

  test.describe('with a dark system setting', () => {
    test.use({ colorScheme: 'dark' });
    test('system follows the operating system, and Light overrides it', async ({ page }) => {
      await page.goto('/');
      await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(20, 22, 28)');
      await page.getByRole('button', { name: 'Light' }).click();
      await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(251, 248, 242)');
    });
  });
});

test('print hides navigation and prints link addresses', async ({ page }) => {
  await page.goto(ARTICLE);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.read-also')).toBeHidden();
  const after = await page
    .locator('.sources a')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('http');
});

test('print keeps the list of parts on a series page, which is its content', async ({ page }) => {
  await page.goto('/series/the-xiaomi-story/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Contents' })).toBeVisible();
  await expect(page.getByRole('list', { name: /parts in order/ })).toBeVisible();
});
