import type { ArticleMeta } from '../../src/lib/stories/types.ts';

/** A valid article with overrides; dates default to a day in 2026 derived from the slug length. */
export function article(overrides: Partial<ArticleMeta> & { slug: string }): ArticleMeta {
  return {
    file: `content/articles/${overrides.slug}/index.md`,
    title: overrides.slug,
    description: `About ${overrides.slug}`,
    pubDate: new Date('2026-01-01T00:00:00Z'),
    author: 'nadia-rahman',
    topics: ['xiaomi'],
    readAlso: [],
    draft: false,
    ...overrides,
  };
}

export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
