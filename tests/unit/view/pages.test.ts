import { describe, expect, it } from 'vitest';
import { FEED_ITEMS, feedHtml, feedItems } from '../../../src/lib/view/feed.ts';
import {
  archivePage,
  authorPage,
  seriesIndexPage,
  topicPage,
  topicsIndex,
} from '../../../src/lib/view/lists.ts';
import { seriesPage } from '../../../src/lib/view/series-page.ts';
import { socialCards } from '../../../src/lib/view/social-cards.ts';
import { article, catalogOf, day } from '../helpers.ts';

const catalog = catalogOf([
  article({ slug: 'b-2', series: 'b', part: 2, pubDate: day('2025-06-01'), topics: ['ipo'] }),
  article({ slug: 'b-1', series: 'b', part: 1, pubDate: day('2024-06-01'), years: '1987–2007' }),
  article({
    slug: 'new',
    pubDate: day('2026-02-01'),
    author: 'tom-becker',
    topics: ['media', 'ipo'],
  }),
  article({ slug: 'draft', draft: true, topics: ['unused'] }),
]);

describe('list pages', () => {
  it('the archive groups by year, newest first, and counts', () => {
    const page = archivePage(catalog, 1);
    expect(page.lede).toBe('3 articles, newest first.');
    expect(page.years.map((y) => [y.year, y.count, y.cards.map((c) => c.slug)])).toEqual([
      [2026, '1 article', ['new']],
      [2025, '1 article', ['b-2']],
      [2024, '1 article', ['b-1']],
    ]);
  });

  it('topic and author pages list their articles newest first', () => {
    const ipo = topicPage(catalog, 'ipo');
    expect(ipo.cards.map((c) => c.slug)).toEqual(['new', 'b-2']);
    const tom = authorPage(catalog, 'tom-becker');
    expect(tom.cards.map((c) => c.slug)).toEqual(['new']);
    expect(tom.bio).toEqual(['tom-becker writes.', 'More.']);
  });

  it('indexes only topics with articles, A to Z, and every series with its parts', () => {
    expect(topicsIndex(catalog).entries.map((t) => [t.title, t.count, t.url])).toEqual([
      ['Topic ipo', 2, '/topics/ipo/'],
      ['Topic media', 1, '/topics/media/'],
      ['Topic xiaomi', 1, '/topics/xiaomi/'],
    ]);
    expect(seriesIndexPage(catalog).entries.map((s) => [s.title, s.count, s.url])).toEqual([
      ['Series b', 2, '/series/b/'],
    ]);
  });
});

describe('seriesPage', () => {
  const page = seriesPage(catalog, 'b', 'https://x.test');
  it('is a table of contents in part order, with years and reading time', () => {
    expect(page.parts.map((p) => p.slug)).toEqual(['b-1', 'b-2']);
    expect(page.first).toEqual({ url: '/articles/b-1/', title: 'b-1' });
    expect(page.summary).toBe('2 parts · 1987–2025 · 2 min of reading');
    expect(page.head.image).toBe('/og/series/b.png');
    const list = page.head.jsonLd![1] as {
      numberOfItems: number;
      itemListElement: { url: string }[];
    };
    expect(list.numberOfItems).toBe(2);
    expect(list.itemListElement[0]?.url).toBe('https://x.test/articles/b-1/');
  });
});

describe('feed and social cards', () => {
  it('feeds every published article, newest first, with topic titles as categories', () => {
    expect(feedItems(catalog, 'https://x.test').map((i) => [i.link, i.categories])).toEqual([
      ['/articles/new/', ['Topic media', 'Topic ipo']],
      ['/articles/b-2/', ['Topic ipo']],
      ['/articles/b-1/', ['Topic xiaomi']],
    ]);
  });

  it('draws a card for the site, each article and each series', () => {
    const cards = socialCards(catalog);
    expect(cards.map((c) => c.param)).toEqual([
      'site',
      'articles/new',
      'articles/b-2',
      'articles/b-1',
      'series/b',
    ]);
    expect(cards[2]?.text.kicker).toBe('Part 2 of 2 · Series b');
    expect(cards[4]?.text.kicker).toBe('Series · 2 parts');
  });
});

describe('a full, bounded feed', () => {
  it('makes links and images absolute and keeps nothing that runs', () => {
    const html =
      '<h2 id="a">A<a class="heading-anchor" href="#a">#</a></h2><p onclick="x()">See <a href="/articles/b/">b</a>' +
      ' <img src="/_astro/x.webp" alt="X"></p><script>alert(1)</script><style>p{}</style>';
    expect(feedHtml(html, 'https://x.test')).toBe(
      '<h2 id="a">A</h2><p>See <a href="https://x.test/articles/b/">b</a> <img src="https://x.test/_astro/x.webp" alt="X" /></p>',
    );
  });

  it('carries the newest FEED_ITEMS articles only', () => {
    const many = catalogOf(
      Array.from({ length: FEED_ITEMS + 5 }, (_, i) =>
        article({
          slug: `n-${i}`,
          pubDate: day(`2026-01-${String((i % 28) + 1).padStart(2, '0')}`),
        }),
      ),
    );
    const items = feedItems(many, 'https://x.test');
    expect(items).toHaveLength(FEED_ITEMS);
    expect(items[0]?.link).toBe(`/articles/${many.articles[0]!.slug}/`);
  });
});
