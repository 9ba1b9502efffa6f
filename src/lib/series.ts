import type { ArticleMeta } from './types.ts';

type Part = Pick<ArticleMeta, 'slug' | 'series' | 'part' | 'draft'>;

/** The published parts of a series, in part order. */
export function seriesParts<T extends Part>(articles: readonly T[], seriesId: string): T[] {
  return articles
    .filter((a) => a.series === seriesId && !a.draft)
    .sort((a, b) => (a.part ?? 0) - (b.part ?? 0));
}

/** "Part 2 of 7". */
export function partLabel(part: number, total: number): string {
  return `Part ${part} of ${total}`;
}

export interface Neighbours<T> {
  prev?: T;
  next?: T;
}

/** The parts before and after an article in its series; none for the ends or for a standalone. */
export function adjacentParts<T extends Part>(articles: readonly T[], article: T): Neighbours<T> {
  if (!article.series) return {};
  const parts = seriesParts(articles, article.series);
  const index = parts.findIndex((p) => p.slug === article.slug);
  if (index < 0) return {};
  return { prev: parts[index - 1], next: parts[index + 1] };
}
