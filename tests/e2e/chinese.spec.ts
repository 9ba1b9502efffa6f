import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { markdownBody } from '../../src/lib/content/frontmatter.ts';
import { contentDir, publishedArticles } from '../build/helpers.ts';

/** The Chinese edition as a reader uses it: switching language, and searching in Chinese. */

const chinese = publishedArticles().map((a) => ({
  slug: a.slug,
  text: markdownBody(
    readFileSync(join(contentDir, 'articles', a.slug, 'index.zh.md'), 'utf8'),
  ).replace(/\]\([^)]*\)/g, ']'),
}));

test('the language switch goes to the same page in the other language and back', async ({
  page,
}) => {
  await page.goto('/articles/xiaomi-ipo-and-slump/');
  await page.getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL(/\/zh\/articles\/xiaomi-ipo-and-slump\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/articles\/xiaomi-ipo-and-slump\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a Chinese reader follows the series in Chinese', async ({ page }) => {
  await page.goto('/zh/series/the-xiaomi-story/');
  await page.getByRole('link', { name: /^从第1篇读起/ }).click();
  await expect(page).toHaveURL(/\/zh\/articles\/from-wuhan-to-kingsoft\/$/);
  const next = page
    .getByRole('navigation', { name: /上一篇与下一篇/ })
    .getByRole('link')
    .first();
  await next.click();
  await expect(page).toHaveURL(/\/zh\/articles\/lei-jun-kingsoft-decade\/$/);
});

/**
 * Sixteen words of two to four characters from the Chinese articles: names, places, products and ordinary
 * words. Every Chinese article that contains one is found, and the one that uses it most ranks in
 * the first three.
 */
const WORDS = [
  '雷军',
  '小米',
  '林斌',
  '卢伟冰',
  '董明珠',
  '武汉',
  '印度',
  '北京',
  '手环',
  '汽车',
  '芯片',
  '上市',
  '供应链',
  '演讲',
  '创业',
  '利润',
];

for (const word of WORDS) {
  test(`searching the Chinese index for ${word} finds every article that contains it`, async ({
    page,
  }) => {
    const containing = chinese
      .map((a) => ({ slug: a.slug, count: a.text.split(word).length - 1 }))
      .filter((a) => a.count > 0)
      .sort((a, b) => b.count - a.count);
    expect(containing.length, `${word} is in the articles`).toBeGreaterThan(0);
    await page.goto(`/zh/search/?q=${encodeURIComponent(word)}`);
    // The page shows results for the word…
    await expect(page.locator('[data-search-results] a.search-result-link').first()).toBeVisible();
    await expect(page.locator('[data-search-summary]')).toContainText(word);
    // …and the index it searched, read in full through Pagefind's own API in the same page (the
    // results list draws only what scrolls into view).
    const found = await page.evaluate(async (query) => {
      const bundle: string = '/pagefind/pagefind.js';
      const pagefind = await import(bundle);
      const search = await pagefind.search(query);
      const data = await Promise.all(
        search.results.map((r: { data: () => Promise<{ url: string }> }) => r.data()),
      );
      return data.map((d) => new URL(d.url, 'http://x').pathname);
    }, word);
    expect(found.every((path) => path.startsWith('/zh/'))).toBe(true);
    const slugs = found.map((path) => path.split('/').filter(Boolean).pop());
    expect(containing.filter((a) => !slugs.includes(a.slug)).map((a) => a.slug)).toEqual([]);
    const articleSlugs = slugs.filter((slug) => chinese.some((a) => a.slug === slug));
    // Pagefind ranks matches in headings above matches in the text, so for a word in most of the
    // articles (雷军 is in 20 of 21, nearly always in a headline) the one that says it most need
    // not be first: there it must rank in the first half. Elsewhere, in the first three.
    const near = containing.length > chinese.length / 2 ? Math.ceil(containing.length / 2) : 3;
    expect(
      articleSlugs.slice(0, near),
      `${containing[0]!.slug} uses ${word} most (${containing[0]!.count} times)`,
    ).toContain(containing[0]!.slug);
  });
}

test('the search dialog on a Chinese page searches the Chinese index, in Chinese', async ({
  page,
}) => {
  await page.goto('/zh/articles/xiaomi-founders/');
  await page.keyboard.press('/');
  const input = page.locator('dialog.search-dialog input');
  await expect(input).toBeFocused();
  await input.fill('林斌');
  const first = page.locator('dialog.search-dialog a.search-result-link').first();
  await expect(first).toHaveAttribute('href', /^\/zh\/articles\//);
  // Pagefind's own interface text follows the page's language.
  await expect(page.locator('dialog.search-dialog .search-summary')).toContainText(
    /[\u4e00-\u9fff]/,
  );
});

test('a missing Chinese page answers with the Chinese 404 page', async ({ page }) => {
  const response = await page.goto('/zh/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('这个页面不在这里');
  await page.getByRole('link', { name: '全部文章' }).first().click();
  await expect(page).toHaveURL(/\/zh\/articles\/$/);
});
