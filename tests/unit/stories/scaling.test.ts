import { describe, expect, it } from 'vitest';
import {
  languageCatalog,
  toArticle,
  type Article,
  type Catalog,
  type CatalogInput,
} from '../../../src/lib/content/catalog.ts';
import type { ArticleMeta } from '../../../src/lib/stories/types.ts';
import { articlePage } from '../../../src/lib/view/article-page.ts';
import { authorPage, topicPage } from '../../../src/lib/view/lists.ts';
import { article, entryOf } from '../helpers.ts';

/**
 * Nothing quadratic: what a build computes for its article pages (Read Also, Keep Reading, series
 * context, cards) and its topic and author pages must read each article a bounded number of times,
 * not once per other article. A counter, not a timer: every property read of every article and
 * every element read of the list is counted, so a scan hidden behind a copy is counted too.
 */
function corpus(count: number) {
  const reads = { n: 0 };
  let seed = 42;
  const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const topics = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
  const parts = new Map<string, number>();
  const articles = Array.from({ length: count }, (_, i) => {
    const series = rand() < 0.4 ? `s${Math.floor(rand() * (count / 25))}` : undefined;
    const part = series
      ? (parts.set(series, (parts.get(series) ?? 0) + 1), parts.get(series))
      : undefined;
    const meta = toArticle(
      entryOf(
        article({
          slug: `a${i}`,
          pubDate: new Date(Date.UTC(2015, 0, 1) + Math.floor(rand() * 4000) * 86_400_000),
          series,
          part,
          topics: [...new Set([0, 1, 2].map(() => topics[Math.floor(rand() * topics.length)]!))],
          readAlso: rand() < 0.1 ? [`a${Math.floor(rand() * count)}`] : [],
          author: ['x', 'y', 'z'][i % 3]!,
        }),
      ),
    );
    return new Proxy(meta, {
      get(target, key, receiver) {
        reads.n++;
        return Reflect.get(target, key, receiver);
      },
    });
  });
  const list = new Proxy(articles, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads.n++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { articles: list as Article[], topics, reads };
}

/** The English catalog of these (counted) articles, with the entries they name. */
function catalogFor(articles: Article[]): Catalog {
  const ids = (pick: (a: Article) => string[]) => [...new Set(articles.flatMap(pick))];
  const entries = (list: string[], data: (id: string) => object) =>
    list.map((id) => ({ id, data: data(id) }));
  return languageCatalog('en', articles, {
    articles: [],
    translations: [],
    authors: entries(
      ids((a) => [a.author]),
      (id) => ({ name: id, shortBio: id, bio: id }),
    ),
    series: entries(
      ids((a) => (a.series ? [a.series] : [])),
      (id) => ({ title: id, description: id }),
    ),
    topics: entries(
      ids((a) => a.topics),
      (id) => ({ title: id, description: id }),
    ),
  } as unknown as CatalogInput);
}

/** Everything a build derives from other articles, for every page: the real view-models. */
function build(count: number): number {
  const { articles, topics, reads } = corpus(count);
  const catalog = catalogFor(articles);
  for (const a of catalog.articles) articlePage(catalog, a, [], 'https://x.test');
  for (const topic of topics) if (catalog.topics.has(topic)) topicPage(catalog, topic);
  for (const author of catalog.authors.keys()) authorPage(catalog, author);
  return reads.n;
}

describe('scaling', () => {
  it('reads each article a bounded number of times, however many there are', () => {
    const small = build(1000);
    const large = build(4000);
    // Linear work grows 4× from 1,000 to 4,000 articles; one scan per article would grow 16×.
    expect(large / small).toBeLessThan(5);
    expect(large / 4000).toBeLessThan(400);
  });

  it('still ranks Read Also by shared topics, then newest', () => {
    const { articles } = corpus(300);
    const catalog = catalogFor(articles);
    for (const a of articles.slice(0, 50)) {
      const topics = new Set(a.topics);
      const shared = (b: ArticleMeta) => b.topics.filter((t) => topics.has(t)).length;
      // The quadratic definition, for comparison.
      const slow = [
        ...articles
          .filter((b) => a.series && b.series === a.series)
          .sort((x, y) => (x.part ?? 0) - (y.part ?? 0)),
        ...a.readAlso.map((s) => articles.find((b) => b.slug === s)!),
        ...articles
          .filter((b) => shared(b) > 0)
          .sort(
            (x, y) =>
              shared(y) - shared(x) ||
              y.pubDate.getTime() - x.pubDate.getTime() ||
              x.slug.localeCompare(y.slug),
          ),
      ]
        .filter((b, i, all) => b.slug !== a.slug && all.findIndex((c) => c.slug === b.slug) === i)
        .slice(0, 4)
        .map((b) => b.slug);
      expect(catalog.related.readAlso(a).map((b) => b.slug)).toEqual(slow);
    }
  });
});
