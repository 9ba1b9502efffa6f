import { describe, expect, it } from 'vitest';
import { formatYears, parseYears } from '../../../src/lib/site/dates.ts';
import {
  FRONT_PAGE_SHELVES,
  shelfSeries,
  followingSeries,
  leadStory,
  seriesSummary,
  seriesSummaryLine,
  topicCounts,
  topTopics,
} from '../../../src/lib/view/front-page.ts';
import { article, day } from '../helpers.ts';

describe('years a story covers', () => {
  it('reads a span or a single year, with an en dash, a hyphen or spaces', () => {
    expect(parseYears('1987–2007')).toEqual({ from: 1987, to: 2007 });
    expect(parseYears('2015 - 2018')).toEqual({ from: 2015, to: 2018 });
    expect(parseYears('2021')).toEqual({ from: 2021, to: 2021 });
  });

  it('rejects spans backwards or not made of years', () => {
    expect(parseYears('2007–1987')).toBeUndefined();
    expect(parseYears('the nineties')).toBeUndefined();
    expect(parseYears('87–07')).toBeUndefined();
  });

  it('joins spans into the span that covers them', () => {
    expect(
      formatYears([
        { from: 2015, to: 2018 },
        { from: 1987, to: 2007 },
      ]),
    ).toBe('1987–2018');
    expect(formatYears([{ from: 2021, to: 2021 }])).toBe('2021');
    expect(formatYears([])).toBeUndefined();
  });
});

describe('leadStory', () => {
  const older = article({ slug: 'older', pubDate: day('2026-01-01') });
  const newer = article({ slug: 'newer', pubDate: day('2026-03-01') });

  it('is the newest featured article', () => {
    const pick = { ...older, featured: true };
    expect(leadStory([newer, pick])?.slug).toBe('older');
  });

  it('is the newest article when none is featured', () => {
    expect(leadStory([older, newer])?.slug).toBe('newer');
    expect(leadStory([])).toBeUndefined();
  });
});

describe('topics with counts', () => {
  const list = [
    article({ slug: 'a', topics: ['xiaomi', 'ipo'] }),
    article({ slug: 'b', topics: ['xiaomi'] }),
    article({ slug: 'c', topics: ['media', 'ipo'] }),
  ];

  it('counts in one pass and lists the most used first, ties by id', () => {
    const counts = topicCounts(list);
    expect(Object.fromEntries(counts)).toEqual({ xiaomi: 2, ipo: 2, media: 1 });
    expect(topTopics(counts, 2)).toEqual([
      { id: 'ipo', count: 2 },
      { id: 'xiaomi', count: 2 },
    ]);
  });
});

describe('series summary', () => {
  it('covers the years of its parts, falling back to the publication year, and adds reading time', () => {
    const summary = seriesSummary([
      { pubDate: day('2026-10-19'), years: '1987–2007', minutes: 6 },
      { pubDate: day('2026-11-20'), minutes: 70 },
    ]);
    expect(summary).toEqual({ parts: 2, years: '1987–2026', minutes: 76 });
    expect(seriesSummaryLine(summary)).toBe('2 parts · 1987–2026 · 1 h 16 min of reading');
    expect(seriesSummaryLine({ parts: 1, years: '2021', minutes: 5 })).toBe(
      '1 part · 2021 · 5 min of reading',
    );
  });

  it('offers the next series after the last part, wrapping round, never the same one', () => {
    expect(followingSeries(['a', 'b', 'c'], 'a')).toBe('b');
    expect(followingSeries(['a', 'b', 'c'], 'c')).toBe('a');
    expect(followingSeries(['a'], 'a')).toBeUndefined();
  });
});

describe('shelfSeries', () => {
  const series = (title: string, parts: number) => ({ title, parts });

  it('shelves the longest series first, ties by title, and none without parts', () => {
    const picked = shelfSeries([
      series('B', 2),
      series('Empty', 0),
      series('A', 2),
      series('Long', 9),
    ]);
    expect(picked.map((s) => s.title)).toEqual(['Long', 'A', 'B']);
  });

  it('keeps the front page bounded however many series there are', () => {
    const many = Array.from({ length: 400 }, (_, i) => series(`Series ${i}`, (i % 10) + 1));
    const picked = shelfSeries(many);
    expect(picked).toHaveLength(FRONT_PAGE_SHELVES);
    expect(picked.every((s) => s.parts === 10)).toBe(true);
  });
});
