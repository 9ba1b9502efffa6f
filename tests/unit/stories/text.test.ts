import { describe, expect, it } from 'vitest';
import { leadParagraph, readingMinutes, wordCount } from '../../../src/lib/stories/text.ts';

describe('wordCount and readingMinutes', () => {
  it('counts prose words, not markup, links or front matter; each Han character counts', () => {
    const body =
      '---\ntitle: x y z\n---\n## A heading\n\nSome [linked text](https://example.com/a/b) and **bold** words, 1,999 yuan. 雷军\n';
    // 2 heading words + 8 in the sentence ("1,999" is one) + 2 Han characters
    expect(wordCount(body)).toBe(2 + 8 + 2);
  });
  it('rounds reading time and never says zero', () => {
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(1150)).toBe(5);
  });
});

describe('leadParagraph', () => {
  it('takes the first prose paragraph as plain text', () => {
    const body =
      '\n## Heading\n\n| a | b |\n\nThe **first** [real](https://x.y) paragraph, with a note.[^1]\nSecond line.\n\nLater.';
    expect(leadParagraph(body)).toBe('The first real paragraph, with a note. Second line.');
  });
  it('cuts long paragraphs at a word', () => {
    expect(leadParagraph('one two three four', 2)).toBe('one two…');
  });
});

describe('leadParagraph in Chinese', () => {
  it('cuts Chinese text by characters, and English with a Chinese name by words', () => {
    expect(leadParagraph('雷军'.repeat(40), 10)).toBe(`${'雷军'.repeat(15)}…`);
    const english = 'Lei Jun (雷军) is quoted constantly in China, and rarely exactly.';
    expect(leadParagraph(english, 5)).toBe('Lei Jun (雷军) is quoted…');
  });
});
