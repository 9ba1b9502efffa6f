import { describe, expect, it } from 'vitest';
import { en } from '../../../src/lib/site/dictionaries/en.ts';
import { publishedNewestFirst } from '../../../src/lib/stories/ordering.ts';
import { relatedIndex } from '../../../src/lib/stories/read-also.ts';
import { seriesIndex } from '../../../src/lib/stories/series.ts';
import type { ArticleMeta } from '../../../src/lib/stories/types.ts';
import { article, day } from '../helpers.ts';

/** Read Also as a build computes it: over the published articles, newest first. */
function readAlso(of: ArticleMeta, all: readonly ArticleMeta[], limit?: number) {
  const published = publishedNewestFirst(all);
  return relatedIndex(
    published,
    seriesIndex(published, (id) => id, en.series.partOf),
  ).readAlso(of, limit);
}

describe('readAlso', () => {
  const all = [
    article({ slug: 'p1', series: 's', part: 1, topics: ['a'] }),
    article({ slug: 'p2', series: 's', part: 2, topics: ['a'], readAlso: ['chosen'] }),
    article({ slug: 'p3', series: 's', part: 3, topics: ['a'] }),
    article({ slug: 'chosen', topics: ['z'] }),
    article({ slug: 'two-shared-old', topics: ['a', 'b'], pubDate: day('2020-01-01') }),
    article({ slug: 'one-shared-new', topics: ['b'], pubDate: day('2026-06-01') }),
    article({ slug: 'one-shared-old', topics: ['b'], pubDate: day('2019-06-01') }),
    article({ slug: 'draft', topics: ['a', 'b'], draft: true }),
    article({ slug: 'unrelated', topics: ['q'] }),
  ];
  const get = (slug: string) => all.find((a) => a.slug === slug)!;
  const slugs = (slug: string, limit?: number) =>
    readAlso(get(slug), all, limit).map((a) => a.slug);

  it('puts the other parts of the series first, in order, then the chosen articles', () => {
    expect(slugs('p2')).toEqual(['p1', 'p3', 'chosen', 'two-shared-old']);
  });
  it('never lists the article itself, a draft or an article twice', () => {
    const result = slugs('p1', 10);
    expect(result).not.toContain('p1');
    expect(result).not.toContain('draft');
    expect(new Set(result).size).toBe(result.length);
  });
  it('ranks by shared topics first, then newest, for an article outside a series', () => {
    const standalone = article({ slug: 'solo', topics: ['a', 'b'] });
    const result = readAlso(standalone, [...all, standalone]).map((a) => a.slug);
    expect(result).toEqual(['two-shared-old', 'one-shared-new', 'p1', 'p2']);
    const onlyB = article({ slug: 'solo-b', topics: ['b'] });
    expect(readAlso(onlyB, [...all, onlyB]).map((a) => a.slug)).toEqual([
      'one-shared-new',
      'two-shared-old',
      'one-shared-old',
    ]);
  });
  it('honours the limit and lists nothing unrelated', () => {
    expect(slugs('p2', 2)).toEqual(['p1', 'p3']);
    expect(slugs('unrelated')).toEqual([]);
  });
});
