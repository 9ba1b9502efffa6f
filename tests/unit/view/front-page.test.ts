import { describe, expect, it } from 'vitest';
import {
  FRONT_PAGE_SHELVES,
  SHELF_PARTS,
  frontPage,
  leadStory,
  shelfSeries,
} from '../../../src/lib/view/front-page.ts';
import { article, catalogOf, day } from '../helpers.ts';

describe('leadStory', () => {
  const older = article({ slug: 'older', pubDate: day('2026-01-01') });
  const newer = article({ slug: 'newer', pubDate: day('2026-03-01') });

  it('is the newest featured article', () => {
    const pick = { ...older, featured: true };
    expect(leadStory([newer, pick])?.slug).toBe('older');
  });

  it('is the newest article when none is featured', () => {
    expect(leadStory([newer, older])?.slug).toBe('newer');
    expect(leadStory([])).toBeUndefined();
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

describe('frontPage', () => {
  const long = Array.from({ length: SHELF_PARTS + 3 }, (_, i) =>
    article({ slug: `long-${i + 1}`, series: 'long', part: i + 1, pubDate: day('2026-02-01') }),
  );
  const short = [1, 2].map((part) =>
    article({ slug: `short-${part}`, series: 'short', part, topics: ['media'] }),
  );
  const lead = article({ slug: 'lead', featured: true, pubDate: day('2025-01-01') });
  const page = frontPage(catalogOf([...long, ...short, lead]));

  it('leads with the featured story and leaves it out of the latest grid', () => {
    expect(page.lead?.card.slug).toBe('lead');
    expect(page.lead?.imageAlt).toBe('Hero of lead');
    expect(page.latest.map((c) => c.slug)).not.toContain('lead');
    expect(page.latest).toHaveLength(6);
  });

  it('gives each series a shelf of at most SHELF_PARTS parts, linking every part beyond', () => {
    const [first, second] = page.shelves;
    expect(first?.id).toBe('long');
    expect(first?.cards).toHaveLength(SHELF_PARTS);
    expect(first?.parts).toBe(SHELF_PARTS + 3);
    expect(first?.url).toBe('/series/long/');
    expect(first?.start).toEqual({ url: '/articles/long-1/', title: 'long-1' });
    expect(first?.summary).toMatch(/^15 parts · 2026 · \d+ min of reading$/);
    expect(second?.cards.map((c) => c.seriesLabel)).toEqual([
      'Part 1 of 2 · Series short',
      'Part 2 of 2 · Series short',
    ]);
    expect(page.moreSeries).toBeUndefined();
  });

  it('counts topics from the catalog, most used first', () => {
    expect(page.topics[0]).toEqual({ title: 'Topic xiaomi', count: 16, url: '/topics/xiaomi/' });
    expect(page.topics[1]).toEqual({ title: 'Topic media', count: 2, url: '/topics/media/' });
  });
});
