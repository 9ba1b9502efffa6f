import { describe, expect, it } from 'vitest';
import { en } from '../../../src/lib/site/dictionaries/en.ts';
import {
  followingSeries,
  seriesIndex,
  seriesSummary,
  seriesSummaryLine,
} from '../../../src/lib/stories/series.ts';
import { article, day } from '../helpers.ts';

const parts = [
  article({ slug: 'three', series: 's', part: 3 }),
  article({ slug: 'one', series: 's', part: 1 }),
  article({ slug: 'two', series: 's', part: 2 }),
  article({ slug: 'draft', series: 's', part: 4, draft: true }),
  article({ slug: 'other', series: 'x', part: 1 }),
  article({ slug: 'alone' }),
];

describe('seriesIndex', () => {
  const index = seriesIndex(parts, (id) => (id === 's' ? 'The Saga' : id), en.series.partOf);
  const find = (slug: string) => parts.find((p) => p.slug === slug)!;
  it('groups and orders the published parts of every series once', () => {
    expect(index.parts('s').map((a) => a.slug)).toEqual(['one', 'two', 'three']);
    expect(index.parts('x').map((a) => a.slug)).toEqual(['other']);
    expect(index.parts('nope')).toEqual([]);
  });
  it('names a part "Part N of M · Title", and nothing for a standalone', () => {
    expect(index.label(find('two'))).toBe('Part 2 of 3 · The Saga');
    expect(en.series.partOf(1, 7, 'The Xiaomi Story')).toBe('Part 1 of 7 · The Xiaomi Story');
    expect(index.label(find('alone'))).toBeUndefined();
  });
  it('links the middle part both ways, and the ends and a standalone one way or none', () => {
    expect(index.neighbours(find('two'))).toEqual({ prev: find('one'), next: find('three') });
    expect(index.neighbours(find('one'))).toEqual({ prev: undefined, next: find('two') });
    // Drafts are not parts: the last published part has no next.
    expect(index.neighbours(find('three'))).toEqual({ prev: find('two'), next: undefined });
    expect(index.neighbours(find('alone'))).toEqual({});
  });
});

describe('series summary', () => {
  it('covers the years of its parts, falling back to the publication year, and adds reading time', () => {
    const summary = seriesSummary([
      { pubDate: day('2026-10-19'), years: '1987–2007', minutes: 6 },
      { pubDate: day('2026-11-20'), minutes: 70 },
    ]);
    expect(summary).toEqual({ parts: 2, years: '1987–2026', minutes: 76 });
    expect(seriesSummaryLine(summary, en.series)).toBe(
      '2 parts · 1987–2026 · 1 h 16 min of reading',
    );
    expect(seriesSummaryLine({ parts: 1, years: '2021', minutes: 5 }, en.series)).toBe(
      '1 part · 2021 · 5 min of reading',
    );
  });

  it('offers the next series after the last part, wrapping round, never the same one', () => {
    expect(followingSeries(['a', 'b', 'c'], 'a')).toBe('b');
    expect(followingSeries(['a', 'b', 'c'], 'c')).toBe('a');
    expect(followingSeries(['a'], 'a')).toBeUndefined();
  });
});
