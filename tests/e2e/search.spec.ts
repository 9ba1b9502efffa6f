import { expect, test, type Page } from '@playwright/test';
import { publishedArticles } from '../build/helpers.ts';
import { tabTo } from './helpers.ts';

/** Keywords with a known best answer: the article that is about the thing. */
const KNOWN: [query: string, slug: string][] = [
  ['Sanse', 'from-wuhan-to-kingsoft'],
  ['storeroom', 'xiaomi-ipo-and-slump'],
  ['Grand Tour', 'clarkson-after-the-bbc'],
  ['Flipkart', 'xiaomi-abroad-india-and-europe'],
  ['SU7', 'xiaomi-su7-and-yu7'],
  ['MIUI', 'miui-mi-1-and-the-flash-sale'],
  ['Pangu', 'from-wuhan-to-kingsoft'],
  ['Sewell', 'lei-jun-2021-speech-world-number-one'],
  ['Contreras', 'xiaomi-us-blacklist-fight'],
  ['Dong Mingzhu', 'are-you-ok-and-the-gree-bet'],
  ['Roborock', 'xiaomi-ecosystem-bet'],
];

const results = (page: Page) => page.locator('[data-search-results] a.search-result-link');
const summary = (page: Page) => page.locator('[data-search-summary]');

async function resultHrefs(page: Page): Promise<string[]> {
  // Results fill in as their data arrives: wait for the first one in list order.
  await expect(
    page.locator('[data-search-results] li.search-result').first().locator('a.search-result-link'),
  ).toBeVisible();
  return results(page).evaluateAll((links) =>
    links.map((a) => a.getAttribute('href')!.replace(/\?.*$/, '')),
  );
}

test.describe('the search page', () => {
  for (const [query, slug] of KNOWN) {
    test(`"${query}" finds ${slug} first`, async ({ page }) => {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      expect((await resultHrefs(page))[0]).toBe(`/articles/${slug}/`);
    });
  }

  test('Chinese names find every article that contains them', async ({ page }) => {
    for (const query of ['雷军', '小米']) {
      const containing = publishedArticles().filter((a) =>
        `${a.data.title} ${a.data.description} ${a.body}`.includes(query),
      );
      expect(containing.length, query).toBeGreaterThan(3);
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      await expect(summary(page)).toHaveText(`${containing.length} results for ${query}`);
    }
  });

  test('results show title, series and part, date, highlighted excerpt and thumbnail', async ({
    page,
  }) => {
    await page.goto('/search/?q=Sanse');
    const first = page.locator('[data-search-results] li.search-result').first();
    await expect(first.locator('.search-result-series')).toHaveText(
      /^Part 1 of \d+ · The Xiaomi Story$/,
    );
    await expect(first.locator('.search-result-date')).toHaveText('19 October 2026');
    await expect(first.locator('.search-result-excerpt mark').first()).toHaveText(/Sanse/i);
    await expect(first.locator('img')).toHaveAttribute('src', /\.webp$/);
  });

  test('a series filter narrows the results, and the URL keeps it', async ({ page }) => {
    await page.goto('/search/?q=Lei+Jun');
    const all = await resultHrefs(page);
    await page.goto('/search/?q=Lei+Jun&series=Success+Stories');
    await expect(summary(page)).toContainText('2 results');
    const narrowed = await resultHrefs(page);
    expect(narrowed.length).toBeLessThan(all.length);
    expect([...narrowed].sort()).toEqual([
      '/articles/clarkson-after-the-bbc/',
      '/articles/lei-jun-from-failure-to-xiaomi/',
    ]);
    await expect(page).toHaveURL(/series=Success\+Stories/);
  });

  test('choosing a series in the filter menu narrows results and updates the URL', async ({
    page,
  }) => {
    const filterData: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/pagefind/filter/')) filterData.push(r.url());
    });
    await page.goto('/search/?q=Xiaomi');
    await expect(results(page).first()).toBeVisible();
    const before = await summary(page).innerText();
    // Filter values are fetched when a reader opens a menu, not before.
    expect(filterData).toEqual([]);
    await page.locator('details[data-filter="series"] summary').click();
    await page.getByRole('checkbox', { name: /Success Stories/ }).check();
    expect(filterData.length).toBeGreaterThan(0);
    await expect(summary(page)).not.toHaveText(before);
    await expect(summary(page)).toHaveText('2 results for Xiaomi');
    await expect(page).toHaveURL(/series=Success\+Stories/);
    await expect(page.locator('details[data-filter="series"] summary')).toContainText('(1)');
    // Unchecking it brings every result back.
    await page.getByRole('checkbox', { name: /Success Stories/ }).uncheck();
    await expect(summary(page)).toHaveText(before);
    await expect(page).not.toHaveURL(/series=/);
  });

  test('a filter menu is usable by keyboard alone', async ({ page }) => {
    await page.goto('/search/?q=Lei+Jun');
    await expect(results(page).first()).toBeVisible();
    await tabTo(page, (el) => el.tagName === 'SUMMARY' && el.textContent!.trim() === 'Year');
    await page.keyboard.press('Enter');
    const firstYear = page.locator('details[data-filter="year"] input[type="checkbox"]').first();
    await expect(firstYear).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(firstYear).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/year=\d{4}/);
    await expect(summary(page)).toHaveText(/^\d+ results? for Lei Jun$/);
  });

  test('"Show more results" adds the next results and moves focus to the first of them', async ({
    page,
  }) => {
    await page.goto('/search/?q=Xiaomi');
    await expect(results(page).first()).toBeVisible();
    const total = Number(/^(\d+)/.exec(await summary(page).innerText())![1]);
    expect(total).toBeGreaterThan(10);
    await expect(results(page)).toHaveCount(10);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect(results(page)).toHaveCount(Math.min(20, total));
    await expect(results(page).nth(10)).toBeFocused();
  });

  test('a one- or two-letter query waits for more letters or Enter', async ({ page }) => {
    await page.goto('/search/');
    const input = page.getByLabel('Search for');
    await input.fill('Mi');
    await expect(summary(page)).toHaveText('Type 3 letters or more, or press Enter');
    await expect(results(page)).toHaveCount(0);
    await input.press('Enter');
    await expect(summary(page)).toHaveText(/^\d+ results? for Mi$/);
    await expect(results(page).first()).toBeVisible();
  });

  test('typing keeps the URL in sync', async ({ page }) => {
    await page.goto('/search/');
    await page.getByLabel('Search for').fill('Pangu');
    await expect(results(page).first()).toBeVisible();
    await expect(page).toHaveURL(/\/search\/\?q=Pangu$/);
  });

  test('the form works as a plain GET form', async ({ page }) => {
    await page.goto('/search/');
    await page.getByLabel('Search for').fill('MIUI');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/q=MIUI/);
    expect((await resultHrefs(page))[0]).toBe('/articles/miui-mi-1-and-the-flash-sale/');
  });
});

test.describe('hostile input', () => {
  const hostile = ['<img src=x onerror=alert(1)>', 'ж'.repeat(1_500), '🚗📱🔥', '?!.,;:—()[]{}'];
  for (const query of hostile) {
    test(`"${query.slice(0, 24)}" runs no script, crashes nothing and says no results`, async ({
      page,
    }) => {
      const dialogs: string[] = [];
      const errors: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto('/search/');
      await page.getByLabel('Search for').fill(query);
      await expect(page.locator('[data-search-empty]')).toBeVisible();
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
      // And the same query arriving in the URL.
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      await expect(page.locator('[data-search-empty]')).toBeVisible();
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});

test.describe('the search dialog', () => {
  test('opens from the header, finds, and lands on the article with the terms highlighted', async ({
    page,
  }) => {
    await page.goto('/articles/clarkson-after-the-bbc/');
    await page.getByRole('link', { name: 'Search' }).first().click();
    const dialog = page.locator('dialog.search-dialog');
    await expect(dialog).toBeVisible();
    await page.keyboard.type('Sanse');
    const first = dialog.locator('a.search-result-link').first();
    await expect(first).toHaveAttribute('href', /from-wuhan-to-kingsoft/);
    await first.click();
    await expect(page).toHaveURL(/from-wuhan-to-kingsoft\/\?highlight=sanse/);
    await expect(page.locator('main mark').first()).toHaveText(/Sanse/i);
  });

  test('keyboard only: "/" opens it, focus stays inside, Escape closes and returns focus', async ({
    page,
  }) => {
    await page.goto('/articles/lei-jun-from-failure-to-xiaomi/');
    await tabTo(page, (el) => el.hasAttribute('data-search-open'));
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog.search-dialog');
    await expect(dialog).toBeVisible();
    await expect(page.locator('dialog.search-dialog input')).toBeFocused();
    await page.keyboard.type('Grand Tour');
    await expect(dialog.locator('a.search-result-link').first()).toHaveAttribute(
      'href',
      /clarkson/,
    );
    // Let the last keystroke's results settle: a re-render would replace a focused link.
    await expect(dialog.locator('.search-summary')).toHaveText(/^\d+ results? for Grand Tour$/);
    await page.waitForLoadState('networkidle');
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.locator('[data-search-open]')).toBeFocused();

    await page.keyboard.press('Control+k');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.locator('body').press('/');
    await expect(dialog).toBeVisible();
    await expect(page.locator('dialog.search-dialog input')).toBeFocused();
    await expect(dialog.locator('a.search-result-link').first()).toHaveAttribute(
      'href',
      /clarkson/,
    );
    await page.keyboard.press('ArrowDown');
    await expect(dialog.locator('a.search-result-link').first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/clarkson-after-the-bbc\/\?highlight=/);
  });

  test('typing while the index still loads ends with the results for the whole word', async ({
    page,
  }) => {
    // Hold Pagefind back: the first keystrokes' searches wait for its script, the later ones for
    // their index chunks, which arrive in any order.
    let held = 0;
    const hold = (pattern: string, ms: number) =>
      page.route(pattern, async (route) => {
        held++;
        await new Promise((resolve) => setTimeout(resolve, ms));
        await route.continue();
        held--;
      });
    await hold('**/pagefind/pagefind.js', 600);
    await hold('**/pagefind/index/**', 2_500);
    await page.goto('/articles/clarkson-after-the-bbc/');
    await page.keyboard.press('Control+k');
    const dialog = page.locator('dialog.search-dialog');
    await expect(page.locator('dialog.search-dialog input')).toBeFocused();
    await page.keyboard.type('Sanse', { delay: 250 });
    // Once Pagefind has loaded and the late searches have answered, the whole word's results stay.
    await expect.poll(() => held).toBe(0);
    // Every late search has fetched what it needed: no request in flight for 500 ms.
    await page.waitForLoadState('networkidle');
    await expect(dialog.locator('.search-summary')).toHaveText(/^\d+ results? for Sanse$/);
    const first = dialog.locator('a.search-result-link').first();
    await expect(first).toHaveAttribute('href', /from-wuhan-to-kingsoft\/\?highlight=sanse$/);
  });

  test('reopens at once when asked in the same moment it closed', async ({ page }) => {
    // A busy page can run a keystroke before the dialog's "close" event: the shortcut must still open it.
    await page.goto('/articles/xiaomi-ipo-and-slump/');
    await page.keyboard.press('Control+k');
    const dialog = page.locator('dialog.search-dialog');
    await expect(dialog).toBeVisible();
    await page.evaluate(() => {
      document.querySelector<HTMLDialogElement>('dialog.search-dialog')!.close();
      const shortcut = { key: 'k', ctrlKey: true, bubbles: true, cancelable: true };
      document.body.dispatchEvent(new KeyboardEvent('keydown', shortcut));
    });
    await expect(dialog).toBeVisible();
    await expect(page.locator('dialog.search-dialog input')).toBeFocused();
  });

  test('the result count is announced to screen readers', async ({ page }) => {
    // Live-region text is cleared again after a moment, so record every announcement as it happens.
    await page.addInitScript(() => {
      const heard: string[] = ((window as unknown as { heard: string[] }).heard = []);
      new MutationObserver((changes) => {
        for (const change of changes) {
          const region =
            (change.target as Element).closest?.('[aria-live]') ??
            change.target.parentElement?.closest('[aria-live]');
          if (region?.textContent) heard.push(region.textContent);
        }
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto('/search/');
    await page.getByLabel('Search for').fill('Kingsoft');
    await expect(results(page).first()).toBeVisible();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { heard: string[] }).heard.join(' | ')))
      .toMatch(/\d+ results? for Kingsoft/);
    // What was announced is what the page shows.
    const shown = (await summary(page).textContent())!.trim();
    expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toContain(
      shown,
    );
  });
});

test('a page that never opens search makes no request to /pagefind/', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  for (const path of ['/', '/articles/xiaomi-ipo-and-slump/', '/series/the-xiaomi-story/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
});
