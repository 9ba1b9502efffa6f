import { describe, expect, it } from 'vitest';
import { validateArticles, type KnownIds } from '../../../src/lib/content/checks.ts';
import { article } from '../helpers.ts';

const known: KnownIds = {
  authors: new Set(['nadia-rahman']),
  series: new Set(['s']),
  topics: new Set(['xiaomi', 'ipo']),
};
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('validateArticles', () => {
  it('accepts a consistent set', () => {
    const ok = [
      article({ slug: 'a', series: 's', part: 1 }),
      article({ slug: 'b', series: 's', part: 2, readAlso: ['a'] }),
    ];
    expect(validateArticles(ok, known)).toEqual([]);
  });
  it('names the file and field of unknown references', () => {
    const problems = validateArticles(
      [article({ slug: 'a', author: 'ghost', series: 'nope', part: 1, topics: ['xiaomi', 'x'], readAlso: ['missing'] })],
      known,
    );
    expect(fields(problems)).toEqual(['author', 'series', 'topics[1]', 'readAlso[0]']);
    expect(problems[0]).toMatchObject({
      file: 'content/articles/a/index.md',
      message: expect.stringContaining('unknown author "ghost"'),
    });
  });
  it('reports two articles with the same part of one series', () => {
    const problems = validateArticles(
      [article({ slug: 'a', series: 's', part: 1 }), article({ slug: 'b', series: 's', part: 1 })],
      known,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'part', file: 'content/articles/b/index.md' });
    expect(problems[0]!.message).toContain('part 1 of series "s" is also content/articles/a/index.md');
  });
  it('reports a gap in part numbers, ignoring drafts', () => {
    const gap = validateArticles(
      [article({ slug: 'a', series: 's', part: 1 }), article({ slug: 'c', series: 's', part: 3 })],
      known,
    );
    expect(gap[0]).toMatchObject({ field: 'part', file: 'content/articles/c/index.md' });
    expect(gap[0]!.message).toContain('no part 2');
    const draftEnd = [
      article({ slug: 'a', series: 's', part: 1 }),
      article({ slug: 'c', series: 's', part: 3, draft: true }),
    ];
    expect(validateArticles(draftEnd, known)).toEqual([]);
  });
  it('refuses an article that recommends itself', () => {
    expect(validateArticles([article({ slug: 'a', readAlso: ['a'] })], known)[0]?.message).toMatch(
      /itself/,
    );
  });
});
