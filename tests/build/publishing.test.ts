import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { FEED_ITEMS } from '../../src/lib/view/feed.ts';
import { dist, feedItems, htmlPages, page, publishedArticles, sitemapUrls } from './helpers.ts';

const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const articles = publishedArticles();
const seriesIds = [...new Set(articles.flatMap((a) => (a.data.series ? [a.data.series] : [])))];

describe('RSS feed', () => {
  const items = feedItems();

  it('lists the newest published articles (all of them, up to FEED_ITEMS) once, newest first', () => {
    const links = items.map((i) => new URL(i.link).pathname);
    const newest = [...articles]
      .sort((a, b) => b.data.pubDate.localeCompare(a.data.pubDate) || a.slug.localeCompare(b.slug))
      .slice(0, FEED_ITEMS);
    expect(links.length).toBe(Math.min(FEED_ITEMS, articles.length));
    expect([...links].sort()).toEqual(newest.map((a) => `/articles/${a.slug}/`).sort());
    const dates = items.map((i) => Date.parse(i.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });
  it('uses absolute links, valid dates and categories', () => {
    for (const item of items) {
      expect(item.link).toMatch(/^https?:\/\/[^/]+\/articles\/[a-z0-9-]+\/$/);
      expect(Number.isNaN(Date.parse(item.pubDate)), item.pubDate).toBe(false);
      expect(item.categories.length, item.title).toBeGreaterThan(0);
    }
  });
  it('carries the whole text of each article, with absolute links and no script', () => {
    for (const item of items) {
      expect(item.content.length, item.title).toBeGreaterThan(3000);
      expect(item.content, item.title).not.toMatch(/<script|<style|\son\w+=|heading-anchor/i);
      const hrefs = [...item.content.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);
      for (const href of hrefs) expect(href, item.title).toMatch(/^(https?:|mailto:|#)/);
    }
  });
  it('is announced on every page', () => {
    for (const file of htmlPages()) {
      const link = page(`/${file}`.replace(/index\.html$/, '')).querySelector(
        'link[type="application/rss+xml"]',
      );
      // Each language announces its own feed.
      expect(link?.getAttribute('href'), file).toBe(
        file.startsWith('zh/') ? '/zh/rss.xml' : '/rss.xml',
      );
    }
  });
});

describe('sitemap and robots.txt', () => {
  const urls = sitemapUrls();

  it('lists every built page except the 404 page, each with a lastmod', () => {
    const built = htmlPages()
      .filter((f) => !/(^|\/)404(\.html|\/index\.html)$/.test(f))
      .map((f) => `/${f.replace(/index\.html$/, '')}`);
    expect(urls.map((u) => new URL(u.loc).pathname).sort()).toEqual(built.sort());
    for (const u of urls) expect(u.lastmod, u.loc).toMatch(/^\d{4}-\d{2}-\d{2}/);
  });
  it('dates an article by its update, else its publication', () => {
    const updated = articles.find((a) => (a.data as { updatedDate?: string }).updatedDate);
    expect(updated).toBeDefined();
    const entry = urls.find((u) => u.loc.endsWith(`/articles/${updated!.slug}/`));
    expect(entry?.lastmod?.slice(0, 10)).toBe(
      String((updated!.data as { updatedDate?: string }).updatedDate),
    );
  });
  it('robots.txt points to the sitemap', () => {
    expect(read('robots.txt')).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
  });
});

describe('page metadata', () => {
  it('every page has a canonical URL, a description and Open Graph and Twitter tags', () => {
    for (const file of htmlPages()) {
      const doc = page(`/${file}`.replace(/index\.html$/, ''));
      const meta = (sel: string) => doc.querySelector(sel)?.getAttribute('content');
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), file).toMatch(
        /^https?:\/\//,
      );
      expect(meta('meta[name="description"]'), file).toBeTruthy();
      expect(meta('meta[property="og:image"]'), file).toMatch(/^https?:\/\/.+\.png$/);
      expect(meta('meta[property="og:image:width"]')).toBe('1200');
      expect(meta('meta[property="og:image:height"]')).toBe('630');
      expect(meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    }
  });
  it('articles are og:type article with times, section and tags', () => {
    for (const a of articles) {
      const doc = page(`/articles/${a.slug}/`);
      const meta = (p: string) =>
        doc.querySelectorAll(`meta[property="${p}"]`).map((m) => m.getAttribute('content'));
      expect(meta('og:type')).toEqual(['article']);
      expect(meta('article:published_time')[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(meta('article:modified_time')[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(meta('article:tag').length).toBe(a.data.topics?.length);
      if (a.data.series) expect(meta('article:section')).toHaveLength(1);
    }
  });
});

function jsonLd(path: string): Record<string, unknown>[] {
  return page(path)
    .querySelectorAll('script[type="application/ld+json"]')
    .map((s) => JSON.parse(s.textContent) as Record<string, unknown>);
}

describe('structured data', () => {
  it('articles carry an Article with the required fields and a BreadcrumbList', () => {
    for (const a of articles) {
      const data = jsonLd(`/articles/${a.slug}/`);
      const article = data.find((d) => d['@type'] === 'Article')!;
      expect(article, a.slug).toBeDefined();
      expect(article.headline).toBe(a.data.title);
      expect(Date.parse(String(article.datePublished))).not.toBeNaN();
      expect(Date.parse(String(article.dateModified))).not.toBeNaN();
      expect(article.author).toMatchObject({ '@type': 'Person', name: expect.any(String) });
      expect(article.publisher).toMatchObject({ '@type': 'Organization', name: 'Second Act' });
      expect((article.image as string[])[0]).toMatch(/^https?:\/\/.+\/og\/articles\/.+\.png$/);
      const crumbs = data.find((d) => d['@type'] === 'BreadcrumbList')!;
      expect((crumbs.itemListElement as unknown[]).length).toBe(3);
    }
  });
  it('series pages carry a BreadcrumbList and an ItemList of the parts in order', () => {
    for (const id of seriesIds) {
      const data = jsonLd(`/series/${id}/`);
      expect(data.find((d) => d['@type'] === 'BreadcrumbList')).toBeDefined();
      const list = data.find((d) => d['@type'] === 'ItemList')!;
      const parts = articles
        .filter((a) => a.data.series === id)
        .sort((x, y) => x.data.part! - y.data.part!);
      const urls = (list.itemListElement as { url: string; position: number }[]).map(
        (i) => new URL(i.url).pathname,
      );
      expect(urls).toEqual(parts.map((p) => `/articles/${p.slug}/`));
    }
  });
});

describe('social images', () => {
  it('exist at 1200x630 for every article and series', async () => {
    const paths = [
      ...articles.map((a) => `og/articles/${a.slug}.png`),
      ...seriesIds.map((id) => `og/series/${id}.png`),
    ];
    for (const path of paths) {
      const meta = await sharp(join(dist, path)).metadata();
      expect([meta.format, meta.width, meta.height], path).toEqual(['png', 1200, 630]);
    }
  });
});

describe('reader features', () => {
  it('articles have up to three "Keep reading" teasers built with details/summary', () => {
    for (const a of articles) {
      const teasers = page(`/articles/${a.slug}/`).querySelectorAll('.keep-reading li');
      expect(teasers.length, a.slug).toBeGreaterThan(0);
      expect(teasers.length).toBeLessThanOrEqual(3);
      for (const t of teasers) {
        expect(t.querySelector('details summary')?.text).toContain('Keep reading');
        expect(t.querySelector('details p')?.text.length).toBeGreaterThan(40);
        expect(t.querySelector('.bio')?.text.length).toBeGreaterThan(10);
      }
    }
  });
  it('share links are plain URLs to the article, with no third-party script', () => {
    for (const a of articles) {
      const doc = page(`/articles/${a.slug}/`);
      const hrefs = doc.querySelectorAll('nav.share a').map((l) => l.getAttribute('href')!);
      expect(hrefs.length).toBe(5);
      for (const href of hrefs.slice(1))
        expect(decodeURIComponent(href)).toContain(`/articles/${a.slug}/`);
      for (const s of doc.querySelectorAll('script[src]'))
        expect(s.getAttribute('src')).toMatch(/^\//);
    }
  });
});
