import { describe, expect, it } from 'vitest';
import { topTopics } from '../../../src/lib/stories/topics.ts';

describe('topTopics', () => {
  it('lists the most used first, ties by id, without empty topics', () => {
    const counts = new Map([
      ['xiaomi', 2],
      ['ipo', 2],
      ['media', 1],
      ['empty', 0],
    ]);
    expect(topTopics(counts, 2)).toEqual([
      { id: 'ipo', count: 2 },
      { id: 'xiaomi', count: 2 },
    ]);
    expect(topTopics(counts).map((t) => t.id)).toEqual(['ipo', 'xiaomi', 'media']);
  });
});
