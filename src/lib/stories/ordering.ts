import type { ArticleMeta } from './types.ts';

/**
 * The order of stories. The catalog sorts the published articles newest first once per build;
 * the functions below take such a list and never sort it again.
 */

type Dated = Pick<ArticleMeta, 'pubDate' | 'slug'>;

/** Newest first; ties broken by slug so the order never depends on file-system order. */
export function byNewest<T extends Dated>(a: T, b: T): number {
  return b.pubDate.getTime() - a.pubDate.getTime() || a.slug.localeCompare(b.slug);
}

/** Published articles, newest first: the one list every page reads. */
export function publishedNewestFirst<T extends Dated & Pick<ArticleMeta, 'draft'>>(
  articles: readonly T[],
): T[] {
  return articles.filter((article) => !article.draft).sort(byNewest);
}

export interface YearGroup<T> {
  year: number;
  articles: T[];
}

/** A newest-first list grouped by year of publication, newest year first. */
export function groupByYear<T extends Dated>(newestFirst: readonly T[]): YearGroup<T>[] {
  const groups: YearGroup<T>[] = [];
  for (const article of newestFirst) {
    const year = article.pubDate.getUTCFullYear();
    const last = groups.at(-1);
    if (last?.year === year) last.articles.push(article);
    else groups.push({ year, articles: [article] });
  }
  return groups;
}

/**
 * Other stories for the "Keep reading" teasers: the newest, skipping the article and `exclude`.
 * Only the head of the newest-first list is read, so a build calling this for each of its N
 * articles does O(N) work in all, not O(N²).
 */
export function keepReading<T extends Dated>(
  article: T,
  newestFirst: readonly T[],
  exclude: readonly string[],
  limit = 3,
): T[] {
  const skip = new Set([article.slug, ...exclude]);
  const picked: T[] = [];
  for (const a of newestFirst) {
    if (picked.length >= limit) break;
    if (!skip.has(a.slug)) picked.push(a);
  }
  return picked;
}
