import { describe, expect, it } from 'vitest';
import {
  byNewest,
  groupByYear,
  keepReading,
  publishedNewestFirst,
} from '../../../src/lib/stories/ordering.ts';
import { article, day } from '../helpers.ts';

describe('sorting and grouping', () => {
  const items = [
    article({ slug: 'b', pubDate: day('2025-03-01') }),
    article({ slug: 'a', pubDate: day('2026-01-02') }),
    article({ slug: 'c', pubDate: day('2025-03-01') }),
    article({ slug: 'd', pubDate: day('2026-05-05'), draft: true }),
  ];
  it('sorts newest first with a stable tie-break', () => {
    expect([...items].sort(byNewest).map((a) => a.slug)).toEqual(['d', 'a', 'b', 'c']);
  });
  it('drops drafts and sorts newest first', () => {
    expect(publishedNewestFirst(items).map((a) => a.slug)).toEqual(['a', 'b', 'c']);
  });
  it('groups by year, newest year first', () => {
    expect(
      groupByYear(publishedNewestFirst(items)).map((g) => [g.year, g.articles.map((a) => a.slug)]),
    ).toEqual([
      [2026, ['a']],
      [2025, ['b', 'c']],
    ]);
  });
});

describe('keepReading', () => {
  const items = ['a', 'b', 'c', 'd', 'e'].map((slug, i) =>
    article({ slug, pubDate: day(`2026-01-0${i + 1}`) }),
  );
  it('gives the newest other stories, skipping the excluded ones', () => {
    expect(keepReading(items[0]!, [...items].reverse(), ['e']).map((a) => a.slug)).toEqual([
      'd',
      'c',
      'b',
    ]);
    expect(keepReading(items[4]!, [...items].reverse(), [], 2).map((a) => a.slug)).toEqual([
      'd',
      'c',
    ]);
  });
});
