import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { SHELF_PARTS } from '../../src/lib/view/front-page.ts';
import { contentDir, publishedArticles } from '../build/helpers.ts';

const articles = publishedArticles();
const seriesTitle = (id: string) =>
  (parse(readFileSync(join(contentDir, 'series', `${id}.yaml`), 'utf8')) as { title: string })
    .title;
const seriesIds = [...new Set(articles.flatMap((a) => (a.data.series ? [a.data.series] : [])))];

test.describe('the front page', () => {
  test('leads with the featured story and its picture', async ({ page }) => {
    await page.goto('/');
    const featured = articles.find((a) => (a.data as { featured?: boolean }).featured);
    expect(featured, 'an article is featured').toBeDefined();
    const lead = page.getByRole('region', { name: 'Top story' });
    await expect(lead.getByRole('heading', { level: 2 })).toHaveText(featured!.data.title);
    const image = lead.locator('picture img');
    await expect(image).toBeVisible();
    await expect(image).toHaveAttribute('fetchpriority', 'high');
    await expect(image).toHaveAttribute('alt', featured!.data.hero!.alt!);
    await expect(lead.locator('picture source[type="image/avif"]')).toHaveAttribute(
      'srcset',
      /\d+w/,
    );
    expect(
      await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
    ).toBe(true);
  });

  test('shows every series as a shelf of its first parts, with a way in at Part 1', async ({
    page,
  }) => {
    await page.goto('/');
    expect(seriesIds.length).toBeGreaterThan(1);
    for (const id of seriesIds) {
      const parts = articles
        .filter((a) => a.data.series === id)
        .sort((a, b) => a.data.part! - b.data.part!);
      const shelf = page
        .locator('section.shelf')
        .filter({ has: page.getByRole('heading', { name: seriesTitle(id) }) });
      await expect(shelf, id).toHaveCount(1);
      await expect(shelf.locator('ol > li')).toHaveCount(Math.min(parts.length, SHELF_PARTS));
      // A series longer than a shelf links to all its parts.
      await expect(shelf.getByRole('link', { name: /^All \d+ parts/ })).toHaveCount(
        parts.length > SHELF_PARTS ? 1 : 0,
      );
      await expect(shelf.locator('ol > li').first()).toContainText('Part 1');
      await expect(shelf.getByRole('link', { name: /^Start at Part 1/ })).toHaveAttribute(
        'href',
        `/articles/${parts[0]!.slug}/`,
      );
    }
  });

  test('every card links to a page that exists, and every card image is sized', async ({
    page,
  }) => {
    await page.goto('/');
    const hrefs = await page
      .locator('main a')
      .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')!))]);
    expect(hrefs.length).toBeGreaterThan(20);
    for (const href of hrefs) {
      const res = await page.request.get(href, { maxRedirects: 0 });
      expect(res.status(), href).toBe(200);
    }
    const unsized = await page
      .locator('main img')
      .evaluateAll(
        (imgs) => imgs.filter((i) => !i.getAttribute('width') || !i.getAttribute('height')).length,
      );
    expect(unsized).toBe(0);
  });

  test('lays the latest stories out in 3 columns on a desktop and 1 on a phone, shelves scrolling sideways', async ({
    page,
  }) => {
    const columns = () =>
      page
        .locator('ul.grid')
        .evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(' ').length);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    expect(await columns()).toBe(3);
    await page.setViewportSize({ width: 800, height: 800 });
    expect(await columns()).toBe(2);
    await page.setViewportSize({ width: 375, height: 812 });
    expect(await columns()).toBe(1);
    const longest = page.locator('section.shelf ol').first();
    expect(await longest.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - innerWidth),
    ).toBeLessThanOrEqual(0);
  });

  test('loads no script but the search opener, and nothing shifts as it loads', async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on(
      'request',
      (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname),
    );
    await page.addInitScript(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as {
          value: number;
          hadRecentInput: boolean;
        }[]) {
          if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto('/', { waitUntil: 'networkidle' });
    await page.mouse.wheel(0, 3000);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(
      0.01,
    );
    expect(scripts.every((path) => path.startsWith('/_astro/'))).toBe(true);
    expect(scripts.length).toBeLessThanOrEqual(2);
  });
});

test.describe('a series page', () => {
  test('reads as a table of contents: parts in order with thumbnail, years, dek and reading time', async ({
    page,
  }) => {
    const id = 'the-xiaomi-story';
    const parts = articles
      .filter((a) => a.data.series === id)
      .sort((a, b) => a.data.part! - b.data.part!);
    await page.goto(`/series/${id}/`);
    await expect(
      page.getByText(new RegExp(`^${parts.length} parts · \\d{4}–\\d{4} · .* of reading$`)),
    ).toBeVisible();
    const items = page.locator('main ol > li');
    await expect(items).toHaveCount(parts.length);
    for (const [i, part] of parts.entries()) {
      const item = items.nth(i);
      await expect(item.getByRole('link', { name: part.data.title })).toHaveAttribute(
        'href',
        `/articles/${part.slug}/`,
      );
      await expect(item.locator('.eyebrow')).toHaveText(`Part ${i + 1}`);
      await expect(item).toContainText(part.data.description);
      await expect(item).toContainText(/\d+ min read/);
      await expect(item.locator('img')).toHaveAttribute('srcset', /\d+w/);
    }
  });
});

test.describe('the end of a series article', () => {
  test('offers the next part as a card, the previous as a link, and after the last part another series', async ({
    page,
  }) => {
    const parts = articles
      .filter((a) => a.data.series === 'the-xiaomi-story')
      .sort((a, b) => a.data.part! - b.data.part!);
    await page.goto(`/articles/${parts[1]!.slug}/`);
    const nav = page.locator('nav.series-nav');
    await expect(nav.locator('a[rel="next"]')).toHaveText(parts[2]!.data.title);
    await expect(nav).toContainText(`Next: Part 3`);
    await expect(nav).toContainText(parts[2]!.data.description);
    await expect(nav.locator('img')).toHaveCount(1);
    await expect(nav.locator('a[rel="prev"]')).toContainText(`Previous: Part 1`);

    await page.goto(`/articles/${parts.at(-1)!.slug}/`);
    await expect(nav.locator('a[rel="next"]')).toHaveCount(0);
    await expect(nav).toContainText('That was the last part of The Xiaomi Story');
    await expect(nav).toContainText('Start another series: Success Stories');
  });
});
