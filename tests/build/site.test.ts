import { describe, expect, it } from 'vitest';
import { page, publishedArticles, resolves } from './helpers.ts';

const articles = publishedArticles();
const series = [...new Set(articles.flatMap((a) => (a.data.series ? [a.data.series] : [])))];
const partsOf = (id: string) =>
  articles.filter((a) => a.data.series === id).sort((a, b) => a.data.part! - b.data.part!);

describe('article pages', () => {
  it('exist for every published article, with its title as the one h1', () => {
    expect(articles.length).toBeGreaterThan(0);
    for (const a of articles) {
      const doc = page(`/articles/${a.slug}/`);
      const h1s = doc.querySelectorAll('h1');
      expect(h1s, a.slug).toHaveLength(1);
      expect(h1s[0]!.text.trim()).toBe(a.data.title);
    }
  });

  it('are semantic: lang, skip link to main, one article, labelled navs, only the search opener', () => {
    for (const a of articles) {
      const doc = page(`/articles/${a.slug}/`);
      expect(doc.querySelector('html')?.getAttribute('lang')).toBe('en');
      expect(doc.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
      expect(doc.querySelector('main#main')).not.toBeNull();
      expect(doc.querySelectorAll('article')).toHaveLength(1);
      for (const nav of doc.querySelectorAll('nav')) {
        const labelled = nav.getAttribute('aria-label') ?? nav.getAttribute('aria-labelledby');
        expect(labelled, `${a.slug}: ${nav.outerHTML.slice(0, 80)}`).toBeTruthy();
      }
      const scripts = doc.querySelectorAll('script:not([type="application/ld+json"])');
      expect(scripts.length, a.slug).toBeLessThanOrEqual(2);
      for (const script of scripts.filter((s) => s.getAttribute('src'))) {
        expect(script.getAttribute('src')).toMatch(/^\/_astro\/SearchOpener[^/]*\.js$/);
        expect(script.getAttribute('type')).toBe('module');
      }
    }
  });

  it('show the hero as AVIF and WebP with srcset, sizes, dimensions and high priority', () => {
    for (const a of articles) {
      const doc = page(`/articles/${a.slug}/`);
      const picture = doc.querySelector('figure.hero picture');
      expect(picture, a.slug).not.toBeNull();
      const avif = picture!.querySelector('source[type="image/avif"]');
      expect(avif?.getAttribute('srcset')).toMatch(/\.avif \d+w/);
      const img = picture!.querySelector('img')!;
      expect(img.getAttribute('srcset')).toMatch(/\.webp \d+w/);
      expect(img.getAttribute('sizes')).toBeTruthy();
      expect(Number(img.getAttribute('width'))).toBeGreaterThan(0);
      expect(Number(img.getAttribute('height'))).toBeGreaterThan(0);
      expect(img.getAttribute('fetchpriority')).toBe('high');
      expect(img.getAttribute('alt')).toBe(a.data.hero?.alt);
      expect(doc.querySelector('figure.hero a[rel="license"]')).not.toBeNull();
    }
  });

  it('list their sources and show a table of contents from three h2 sections', () => {
    for (const a of articles) {
      const doc = page(`/articles/${a.slug}/`);
      const sources = doc.querySelectorAll('#sources-heading + ol li');
      expect(sources.length, a.slug).toBe(a.data.sources?.length);
      const sections = doc.querySelectorAll('.prose h2').filter((h) => h.id !== 'footnote-label');
      const toc = doc.querySelectorAll('nav.toc li a');
      expect(toc.length, a.slug).toBe(sections.length >= 3 ? sections.length : 0);
      for (const link of toc) {
        expect(doc.querySelector(link.getAttribute('href')!), link.text).not.toBeNull();
      }
    }
  });

  it('give every h2 and h3 in the body a build-time anchor link', () => {
    for (const a of articles) {
      const doc = page(`/articles/${a.slug}/`);
      for (const h of doc.querySelectorAll('.prose h2, .prose h3')) {
        if (h.id === 'footnote-label') continue;
        expect(h.querySelector('a.heading-anchor')?.getAttribute('href'), a.slug).toBe(`#${h.id}`);
      }
    }
  });
});

describe('series', () => {
  it('each series page lists every part, in order', () => {
    expect(series.length).toBeGreaterThan(0);
    for (const id of series) {
      const links = page(`/series/${id}/`)
        .querySelectorAll('main ol.article-list h3 a')
        .map((a) => a.getAttribute('href'));
      expect(links).toEqual(partsOf(id).map((a) => `/articles/${a.slug}/`));
    }
  });

  it('each part says "Part N of M", links its series and its neighbours with rel prev/next', () => {
    for (const id of series) {
      const parts = partsOf(id);
      parts.forEach((a, i) => {
        const doc = page(`/articles/${a.slug}/`);
        const label = doc.querySelector('.series-label a');
        expect(label?.text, a.slug).toContain(`Part ${i + 1} of ${parts.length}`);
        expect(label?.getAttribute('href')).toBe(`/series/${id}/`);
        const prev = doc.querySelector('a[rel="prev"]')?.getAttribute('href');
        const next = doc.querySelector('a[rel="next"]')?.getAttribute('href');
        expect(prev, `${a.slug} prev`).toBe(i > 0 ? `/articles/${parts[i - 1]!.slug}/` : undefined);
        expect(next, `${a.slug} next`).toBe(
          i < parts.length - 1 ? `/articles/${parts[i + 1]!.slug}/` : undefined,
        );
      });
    }
  });
});

describe('Read Also', () => {
  it('lists 1 to 4 other published articles, each resolving to a built page', () => {
    for (const a of articles) {
      const links = page(`/articles/${a.slug}/`)
        .querySelectorAll('nav.read-also li a')
        .map((l) => l.getAttribute('href')!);
      expect(links.length, a.slug).toBeGreaterThan(0);
      expect(links.length).toBeLessThanOrEqual(4);
      expect(links).not.toContain(`/articles/${a.slug}/`);
      for (const href of links) expect(resolves(href), href).toBe(true);
    }
  });

  it('starts with the other parts of the series', () => {
    for (const id of series) {
      const parts = partsOf(id);
      for (const a of parts) {
        const links = page(`/articles/${a.slug}/`)
          .querySelectorAll('nav.read-also li a')
          .map((l) => l.getAttribute('href'));
        const others = parts.filter((p) => p.slug !== a.slug).map((p) => `/articles/${p.slug}/`);
        expect(links.slice(0, Math.min(4, others.length))).toEqual(others.slice(0, 4));
      }
    }
  });
});

describe('index pages', () => {
  it('the home page links every series and the latest article', () => {
    const home = page('/');
    const hrefs = home.querySelectorAll('a').map((a) => a.getAttribute('href'));
    for (const id of series) expect(hrefs).toContain(`/series/${id}/`);
    const newest = [...articles].sort(
      (a, b) =>
        String(b.data.pubDate).localeCompare(String(a.data.pubDate)) ||
        a.slug.localeCompare(b.slug),
    )[0]!;
    expect(hrefs).toContain(`/articles/${newest.slug}/`);
  });
  it('the archive, followed page by page, lists every published article once', () => {
    const links: string[] = [];
    const visited: string[] = [];
    for (let path: string | undefined = '/articles/'; path;) {
      visited.push(path);
      const doc = page(path);
      links.push(...doc.querySelectorAll('main .card h3 a').map((a) => a.getAttribute('href')!));
      path = doc.querySelector('link[rel="next"]')?.getAttribute('href');
      expect(visited.length).toBeLessThan(1000);
    }
    expect([...links].sort()).toEqual(articles.map((a) => `/articles/${a.slug}/`).sort());
  });
  it('the 404 page exists', () => {
    expect(resolves('/404.html')).toBe(true);
  });
});
