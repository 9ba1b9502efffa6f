import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/site/dictionaries/en.ts';
import { dist, htmlPages, page, publishedArticles, resolves } from './helpers.ts';

/** The Chinese edition, checked over the built site: every English page's counterpart, linked both ways. */
const urlOf = (file: string) => `/${file}`.replace(/index\.html$/, '');
const pages = htmlPages().filter((f) => !f.startsWith('pagefind/'));
const chinese = pages.filter((f) => f.startsWith('zh/'));
const english = pages.filter((f) => !f.startsWith('zh/'));
const articles = publishedArticles();
const site = 'https://second-act.example';

describe('the Chinese edition', () => {
  it('has a Chinese counterpart for every English article, series page and the front page', () => {
    const series = [...new Set(articles.flatMap((a) => (a.data.series ? [a.data.series] : [])))];
    const expected = [
      '/zh/',
      ...series.map((id) => `/zh/series/${id}/`),
      ...articles.map((a) => `/zh/articles/${a.slug}/`),
      '/zh/articles/',
      '/zh/topics/',
      '/zh/search/',
      '/zh/rss.xml',
    ];
    expect(expected.filter((path) => !resolves(path))).toEqual([]);
  });

  it('marks each page with its language', () => {
    for (const file of pages) {
      const lang = page(urlOf(file)).querySelector('html')?.getAttribute('lang');
      expect(lang, file).toBe(file.startsWith('zh/') ? 'zh-CN' : 'en');
    }
  });

  it('links each page to itself in the other language: hreflang, x-default and the switch', () => {
    const pairs = english.filter((f) => resolves(`/zh${urlOf(f)}`) && !f.startsWith('404'));
    expect(pairs.length).toBeGreaterThan(40);
    for (const file of pairs) {
      for (const [path, other] of [
        [urlOf(file), `/zh${urlOf(file)}`],
        [`/zh${urlOf(file)}`, urlOf(file)],
      ] as const) {
        const doc = page(path);
        const alternate = (lang: string) =>
          doc.querySelector(`link[rel="alternate"][hreflang="${lang}"]`)?.getAttribute('href');
        expect(alternate('en'), path).toBe(`${site}${urlOf(file)}`);
        expect(alternate('zh-CN'), path).toBe(`${site}/zh${urlOf(file)}`);
        expect(alternate('x-default'), path).toBe(`${site}${urlOf(file)}`);
        const toggle = doc.querySelector('header a[hreflang]');
        expect(toggle?.getAttribute('href'), path).toBe(other);
        const locale = doc.querySelector('meta[property="og:locale"]')?.getAttribute('content');
        expect(locale, path).toBe(path.startsWith('/zh/') ? 'zh_CN' : 'en_GB');
        expect(doc.querySelector('meta[property="og:locale:alternate"]'), path).not.toBeNull();
      }
    }
  });

  it('never sends a reader of a Chinese page to an English article', () => {
    for (const file of chinese) {
      const links = page(urlOf(file))
        .querySelectorAll(
          'main a[href^="/articles/"], main a[href^="/series/"], main a[href^="/topics/"]',
        )
        .map((a) => a.getAttribute('href'));
      expect(links, file).toEqual([]);
    }
  });

  it('shows no English interface text on a Chinese page', () => {
    // Every English interface string of more than one word, as the reader would see it.
    const strings = new Set<string>();
    const collect = (value: unknown) => {
      if (typeof value === 'string' && /[a-z]{3,} [a-z]{2,}/i.test(value)) strings.add(value);
      else if (typeof value === 'function') {
        const sample = String(value(2, 9, 'X'));
        if (/[a-z]{3,} [a-z]{2,}/i.test(sample)) strings.add(sample.replace(/[0-9X]+/g, '').trim());
      } else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect({ ...en, site: { tagline: en.site.tagline, description: en.site.description } });
    const chrome = (file: string) => {
      const doc = page(urlOf(file));
      // Content is the writers': only the chrome, labels and navigation count here.
      doc
        .querySelectorAll('.prose, .sources, .dek, h1, .card, .read-also li a, .corrections li')
        .forEach((e) => e.remove());
      return `${doc.querySelector('body')?.text ?? ''} ${doc
        .querySelectorAll('[aria-label], [title]')
        .map((e) => `${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('title') ?? ''}`)
        .join(' ')}`;
    };
    const found = chinese.flatMap((file) => {
      const text = chrome(file);
      return [...strings]
        .filter((s) => s.length > 5 && text.includes(s))
        .map((s) => `${file}: "${s}"`);
    });
    expect(found).toEqual([]);
  });

  it('gives hosts a Chinese 404 page for missing Chinese paths', () => {
    expect(resolves('/zh/404.html')).toBe(true);
    expect(readFileSync(join(dist, '_redirects'), 'utf8')).toMatch(
      /^\/zh\/\* \/zh\/404\.html 404$/m,
    );
  });

  it('announces hreflang alternates in the sitemap', () => {
    const xml = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const urls = new XMLParser({ ignoreAttributes: false }).parse(xml).urlset.url as {
      loc: string;
      'xhtml:link'?: { '@_hreflang': string; '@_href': string }[];
    }[];
    const home = urls.find((u) => u.loc === `${site}/`);
    expect(home?.['xhtml:link']?.map((l) => [l['@_hreflang'], l['@_href']])).toEqual(
      expect.arrayContaining([
        ['en', `${site}/`],
        ['zh-CN', `${site}/zh/`],
      ]),
    );
  });

  it('has its own feed in zh-CN, announced on Chinese pages', () => {
    const xml = readFileSync(join(dist, 'zh/rss.xml'), 'utf8');
    expect(xml).toContain('<language>zh-CN</language>');
    expect(xml).toContain(`${site}/zh/articles/`);
    expect(xml).not.toContain(`<link>${site}/articles/`);
  });
});
