import { describe, expect, it } from 'vitest';
import {
  byNewest,
  groupByYear,
  keepReading,
  leadParagraph,
  published,
  readingMinutes,
  wordCount,
} from '../../../src/lib/stories/ordering.ts';
import { formatDate, isCalendarDate, isoDay } from '../../../src/lib/site/dates.ts';
import { licenseUrl } from '../../../src/lib/site/licenses.ts';
import { articleSlug, isValidSlug } from '../../../src/lib/content/slugs.ts';
import { tocHeadings } from '../../../src/lib/view/article-page.ts';
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
  it('drops drafts', () => {
    expect(published(items).map((a) => a.slug)).toEqual(['b', 'a', 'c']);
  });
  it('groups by year, newest year first', () => {
    expect(groupByYear(published(items)).map((g) => [g.year, g.articles.map((a) => a.slug)])).toEqual([
      [2026, ['a']],
      [2025, ['b', 'c']],
    ]);
  });
});

describe('wordCount and readingMinutes', () => {
  it('counts prose words, not markup, links or front matter; each Han character counts', () => {
    const body = '---\ntitle: x y z\n---\n## A heading\n\nSome [linked text](https://example.com/a/b) and **bold** words, 1,999 yuan. 雷军\n';
    // 2 heading words + 8 in the sentence ("1,999" is one) + 2 Han characters
    expect(wordCount(body)).toBe(2 + 8 + 2);
  });
  it('rounds reading time and never says zero', () => {
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(1150)).toBe(5);
  });
});

describe('dates', () => {
  it('accepts only real calendar days', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2021-02-29')).toBe(false);
    expect(isCalendarDate('2021-13-45')).toBe(false);
    expect(isCalendarDate('10/08/2021')).toBe(false);
  });
  it('formats in UTC, so the day never shifts with the build machine', () => {
    expect(formatDate(day('2021-08-10'))).toBe('10 August 2021');
    expect(isoDay(day('2021-08-10'))).toBe('2021-08-10');
  });
});

describe('slugs', () => {
  it('uses the folder of a page bundle, else the file name', () => {
    expect(articleSlug('xiaomi-story-5/index.md')).toBe('xiaomi-story-5');
    expect(articleSlug('2026/notes.mdx')).toBe('notes');
    expect(articleSlug('plain.md')).toBe('plain');
  });
  it('accepts lower-case hyphenated slugs only', () => {
    expect(isValidSlug('lei-jun-2021')).toBe(true);
    expect(isValidSlug('Lei Jun')).toBe(false);
    expect(isValidSlug('a--b')).toBe(false);
  });
});

describe('licenseUrl', () => {
  it('links known licences and prefers an explicit URL', () => {
    expect(licenseUrl('CC BY 4.0')).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(licenseUrl('Custom', 'https://example.com/l')).toBe('https://example.com/l');
    expect(licenseUrl('All rights reserved')).toBeUndefined();
  });
});

describe('tocHeadings', () => {
  const h = (depth: number, slug: string) => ({ depth, slug, text: slug });
  it('lists h2s only from three up, and never the footnotes heading', () => {
    expect(tocHeadings([h(2, 'a'), h(3, 'b'), h(2, 'c'), h(2, 'footnote-label')])).toEqual([]);
    expect(tocHeadings([h(2, 'a'), h(2, 'b'), h(3, 'x'), h(2, 'c')]).map((x) => x.slug)).toEqual(['a', 'b', 'c']);
  });
});

describe('leadParagraph', () => {
  it('takes the first prose paragraph as plain text', () => {
    const body = '\n## Heading\n\n| a | b |\n\nThe **first** [real](https://x.y) paragraph, with a note.[^1]\nSecond line.\n\nLater.';
    expect(leadParagraph(body)).toBe('The first real paragraph, with a note. Second line.');
  });
  it('cuts long paragraphs at a word', () => {
    expect(leadParagraph('one two three four', 2)).toBe('one two…');
  });
});

describe('keepReading', () => {
  const items = ['a', 'b', 'c', 'd', 'e'].map((slug, i) =>
    article({ slug, pubDate: day(`2026-01-0${i + 1}`) }),
  );
  it('gives the newest other stories, skipping the excluded ones', () => {
    expect(keepReading(items[0]!, items, ['e']).map((a) => a.slug)).toEqual(['d', 'c', 'b']);
    expect(keepReading(items[4]!, items, [], 2).map((a) => a.slug)).toEqual(['d', 'c']);
  });
});
