import { expect, test, type Page } from '@playwright/test';

/** Records every Content-Security-Policy violation the page reports. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { violations: string[] }).violations = []);
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
}

test('the home page, an article and a search with results break no CSP rule', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(await violations()).toEqual([]);

  await page.goto('/articles/xiaomi-ipo-and-slump/');
  await page.getByRole('button', { name: 'Dark' }).click();
  await page.keyboard.press('/');
  await expect(page.locator('dialog.search-dialog input')).toBeFocused();
  await page.keyboard.type('storeroom');
  await expect(page.locator('dialog.search-dialog a.search-result-link').first()).toBeVisible();
  expect(await violations()).toEqual([]);

  await page.goto('/search/?q=Canalys&series=The+Xiaomi+Story');
  await expect(page.locator('[data-search-results] a.search-result-link').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await violations()).toEqual([]);
});

test('every page carries a strict policy: hashes, no unsafe-inline, wasm allowed', async ({
  page,
}) => {
  for (const path of ['/', '/articles/clarkson-after-the-bbc/', '/search/']) {
    await page.goto(path);
    const policy = await page
      .locator('meta[http-equiv="content-security-policy"]')
      .getAttribute('content');
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(policy).toMatch(/worker-src 'self' blob:/);
    expect(policy).toMatch(/connect-src 'self'/);
    expect(policy).not.toContain('unsafe-inline');
  }
});

test('the Chinese edition breaks no CSP rule: front page, an article with search, the search page', async ({
  page,
}) => {
  const violations = await watchViolations(page);
  await page.goto('/zh/');
  await page.waitForLoadState('networkidle');
  await page.goto('/zh/articles/xiaomi-ipo-and-slump/');
  await page.getByRole('button', { name: '深色' }).click();
  await page.keyboard.press('/');
  await expect(page.locator('dialog.search-dialog input')).toBeFocused();
  await page.keyboard.type('林斌');
  await expect(page.locator('dialog.search-dialog a.search-result-link').first()).toBeVisible();
  await page.goto('/zh/search/?q=%E5%B0%8F%E7%B1%B3');
  await expect(page.locator('[data-search-results] a.search-result-link').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await violations()).toEqual([]);
});
