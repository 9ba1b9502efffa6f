import { describe, expect, it } from 'vitest';
import { archiveUrl, topicUrl } from '../../../src/lib/site/routes.ts';
import { archivePage, archivePaths, topicPage } from '../../../src/lib/view/lists.ts';
import {
  PAGE_SIZE,
  pageCount,
  pageItems,
  pageOf,
  pagination,
} from '../../../src/lib/view/pagination.ts';
import { article, catalogOf, day } from '../helpers.ts';

describe('pagination', () => {
  it('keeps the first page at the list URL and puts later ones under page/N/', () => {
    expect(archiveUrl()).toBe('/articles/');
    expect(archiveUrl(1)).toBe('/articles/');
    expect(archiveUrl(2)).toBe('/articles/page/2/');
    expect(topicUrl('xiaomi', 3)).toBe('/topics/xiaomi/page/3/');
  });

  it('counts pages and slices them', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(PAGE_SIZE)).toBe(1);
    expect(pageCount(PAGE_SIZE + 1)).toBe(2);
    expect(pageItems([1, 2, 3, 4, 5], 2, 2)).toEqual([3, 4]);
    expect(pageOf(0)).toBe(1);
    expect(pageOf(PAGE_SIZE)).toBe(2);
  });

  it('says where the reader is, links both ways, and lists pages compactly', () => {
    const nav = pagination(7, 20, archiveUrl);
    expect(nav.label).toBe('Page 7 of 20');
    expect(nav.prev).toBe('/articles/page/6/');
    expect(nav.next).toBe('/articles/page/8/');
    const shown = nav.links.map((l) => ('gap' in l ? '…' : l.current ? `[${l.page}]` : l.page));
    expect(shown).toEqual([1, '…', 5, 6, '[7]', 8, 9, '…', 20]);
    expect(pagination(1, 1, archiveUrl)).toMatchObject({ prev: undefined, next: undefined });
    expect(pagination(2, 2, archiveUrl).prev).toBe('/articles/');
  });
});

describe('paginated lists', () => {
  // 60 articles over three years, newest first: 2026 has 10, 2025 has 30, 2024 has 20.
  const years = [...Array(10).fill(2026), ...Array(30).fill(2025), ...Array(20).fill(2024)];
  const catalog = catalogOf(
    years.map((year, i) =>
      article({
        slug: `a-${String(i).padStart(2, '0')}`,
        pubDate: day(`${year}-06-${String(28 - (i % 28)).padStart(2, '0')}`),
      }),
    ),
  );

  it('reaches every article once by following the archive pages', () => {
    const paths = archivePaths(catalog, { en: catalog, zh: catalogOf([]) });
    expect(paths.map((p) => p.params.page)).toEqual([undefined, 'page/2', 'page/3']);
    expect(paths[0]?.props.pages).toEqual({ en: 3, zh: 0 });
    const seen = paths.flatMap((p) =>
      archivePage(catalog, p.props.number).years.flatMap((y) => y.cards.map((c) => c.slug)),
    );
    expect(seen).toHaveLength(60);
    expect(new Set(seen).size).toBe(60);
    expect(seen).toEqual(catalog.articles.map((a) => a.slug));
  });

  it('indexes the years, each linked to the page where it starts', () => {
    const page = archivePage(catalog, 2);
    expect(page.head).toMatchObject({
      title: 'All articles, page 2',
      prev: '/articles/',
      next: '/articles/page/3/',
    });
    expect(page.yearIndex).toEqual([
      { year: 2026, count: '10 articles', url: '/articles/#year-2026' },
      { year: 2025, count: '30 articles', url: '/articles/#year-2025' },
      { year: 2024, count: '20 articles', url: '/articles/page/2/#year-2024' },
    ]);
    expect(page.years.map((y) => [y.year, y.cards.length])).toEqual([
      [2025, 16],
      [2024, 8],
    ]);
  });

  it('pages topics the same way', () => {
    const last = topicPage(catalog, 'xiaomi', 3);
    expect(last.nav.label).toBe('Page 3 of 3');
    expect(last.cards).toHaveLength(60 - 2 * PAGE_SIZE);
    expect(last.count).toBe('60 articles');
  });
});
