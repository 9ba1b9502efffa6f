import { describe, expect, it } from 'vitest';
import { articleSlug, isValidSlug } from '../../../src/lib/content/article-files.ts';

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
