import { describe, expect, it } from 'vitest';
import { fileProblems, invalidDates, missingHeroImage } from '../../../src/lib/content/checks.ts';
import { frontmatterText, markdownBody, readFrontmatter } from '../../../src/lib/content/frontmatter.ts';
import { ContentError } from '../../../src/lib/content/problems.ts';

const md = (yaml: string) => `---\n${yaml}\n---\n\nBody text.\n`;

describe('frontmatterText', () => {
  it('returns the YAML between the fences, or undefined', () => {
    expect(frontmatterText(md('title: x'))).toBe('title: x');
    expect(frontmatterText('No front matter')).toBeUndefined();
  });
  it('reads dates as the strings an editor wrote, and gives the body after the fences', () => {
    expect(readFrontmatter(md('pubDate: 2021-13-45'))).toEqual({ pubDate: '2021-13-45' });
    expect(readFrontmatter(md('title: [unclosed'))).toBeUndefined();
    expect(markdownBody(md('title: x'))).toBe('\nBody text.\n');
  });
});

describe('invalidDates', () => {
  it('accepts real dates', () => {
    const source = md(
      'pubDate: 2021-08-10\nupdatedDate: "2024-02-29"\nsources:\n  - date: 2021-01-14\ncorrections:\n  - date: 2026-11-21\n    text: x',
    );
    expect(invalidDates('a.md', readFrontmatter(source)!)).toEqual([]);
  });
  it('catches dates YAML would roll over, in every date field', () => {
    const source = md(
      'pubDate: 2021-13-45\nupdatedDate: 2023-02-29\nsources:\n  - title: t\n  - date: 2021-1-5\ncorrections:\n  - date: tomorrow',
    );
    expect(invalidDates('a.md', readFrontmatter(source)!)).toEqual([
      { file: 'a.md', field: 'pubDate', message: expect.stringContaining('"2021-13-45" is not a real date') },
      { file: 'a.md', field: 'updatedDate', message: expect.stringContaining('2023-02-29') },
      { file: 'a.md', field: 'sources[1].date', message: expect.stringContaining('2021-1-5') },
      { file: 'a.md', field: 'corrections[0].date', message: expect.stringContaining('tomorrow') },
    ]);
  });
});

describe('ContentError', () => {
  it('lists every problem with file and field, without a stack trace', () => {
    const error = new ContentError([
      { file: 'a.md', field: 'author', message: 'unknown author "x"' },
      { file: 'b.md', field: 'part', message: 'duplicate' },
    ]);
    expect(error.message).toBe(
      'Content has 2 problems:\n  a.md: author: unknown author "x"\n  b.md: part: duplicate',
    );
    expect(error.stack).not.toMatch(/\n\s+at /);
  });
});

describe('missingHeroImage', () => {
  const source = md('hero:\n  image: ./hero.png\n  alt: x');
  it('is quiet when the image exists and names file and field when it does not', () => {
    expect(missingHeroImage('a.md', readFrontmatter(source)!, () => true)).toEqual([]);
    expect(fileProblems('a.md', source, () => false)).toEqual([
      { file: 'a.md', field: 'hero.image', message: 'image file "./hero.png" not found next to the article' },
    ]);
  });
});
