import { expect, test } from '@playwright/test';
import { feedItems, page as builtPage, publishedArticles, sitemapUrls } from '../build/helpers.ts';

test('every published article is on its page, in the search index, sitemap, feed and its series', async ({
  page,
}) => {
  const articles = publishedArticles();
  const sitemap = sitemapUrls().map((u) => new URL(u.loc).pathname);
  const feed = feedItems().map((i) => new URL(i.link).pathname);

  await page.goto('/search/');
  const missing: string[] = [];
  for (const a of articles) {
    const url = `/articles/${a.slug}/`;
    if (builtPage(url).querySelector('h1')?.text.trim() !== a.data.title)
      missing.push(`${url}: page`);
    if (!sitemap.includes(url)) missing.push(`${url}: sitemap`);
    if (!feed.includes(url)) missing.push(`${url}: feed`);
    if (a.data.series) {
      const parts = builtPage(`/series/${a.data.series}/`)
        .querySelectorAll('main a')
        .map((l) => l.getAttribute('href'));
      if (!parts.includes(url)) missing.push(`${url}: series page`);
    }
    // The real index, queried in the browser with the article's title.
    const found = await page.evaluate(async (title) => {
      const bundle: string = '/pagefind/pagefind.js';
      const pagefind = await import(bundle);
      const search = await pagefind.search(title);
      const data = await Promise.all(
        search.results.slice(0, 5).map((r: { data: () => Promise<{ url: string }> }) => r.data()),
      );
      return data.map((d) => d.url.replace(/\?.*$/, ''));
    }, a.data.title);
    if (!found.includes(url)) missing.push(`${url}: search index (got ${found.join(', ')})`);
  }
  expect(articles.length).toBeGreaterThan(0);
  expect(missing).toEqual([]);
});
