import { byNewest } from './articles.ts';
import { seriesParts } from './series.ts';
import type { ArticleMeta } from './types.ts';

export const READ_ALSO_LIMIT = 4;

/**
 * "Read Also" for an article, best first: the other parts of its series in order, then the
 * articles its author chose, then those sharing the most topics (newest first). Never the article
 * itself, never a draft, never twice.
 */
export function readAlso<T extends ArticleMeta>(
  article: T,
  articles: readonly T[],
  limit = READ_ALSO_LIMIT,
): T[] {
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const chosen: T[] = [];
  const add = (candidate: T | undefined) => {
    if (!candidate || candidate.draft || candidate.slug === article.slug) return;
    if (chosen.some((c) => c.slug === candidate.slug)) return;
    chosen.push(candidate);
  };

  if (article.series) seriesParts(articles, article.series).forEach(add);
  article.readAlso.forEach((slug) => add(bySlug.get(slug)));

  const topics = new Set(article.topics);
  const shared = (a: T) => a.topics.filter((t) => topics.has(t)).length;
  articles
    .filter((a) => shared(a) > 0)
    .sort((a, b) => shared(b) - shared(a) || byNewest(a, b))
    .forEach(add);

  return chosen.slice(0, limit);
}
