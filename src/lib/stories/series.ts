import { groupBy } from './grouping.ts';
import type { ArticleMeta } from './types.ts';

type Part = Pick<ArticleMeta, 'slug' | 'series' | 'part' | 'draft'>;

/** The published parts of a series, in part order. */
export function seriesParts<T extends Part>(articles: readonly T[], seriesId: string): T[] {
  return articles.filter((a) => a.series === seriesId && !a.draft).sort(byPart);
}

const byPart = (a: Part, b: Part) => (a.part ?? 0) - (b.part ?? 0);

/** "Part 2 of 7". */
export function partLabel(part: number, total: number): string {
  return `Part ${part} of ${total}`;
}

/** "Part 2 of 7 · The Xiaomi Story": how a part is named everywhere it appears. */
export function seriesPartLabel(part: number, total: number, seriesTitle: string): string {
  return `${partLabel(part, total)} · ${seriesTitle}`;
}

export interface Neighbours<T> {
  prev?: T;
  next?: T;
}

/** The parts before and after an article in a series' ordered parts. */
function neighboursIn<T extends Part>(parts: readonly T[], article: T): Neighbours<T> {
  const index = parts.findIndex((p) => p.slug === article.slug);
  if (index < 0) return {};
  return { prev: parts[index - 1], next: parts[index + 1] };
}

/** The parts before and after an article in its series; none for the ends or for a standalone. */
export function adjacentParts<T extends Part>(articles: readonly T[], article: T): Neighbours<T> {
  return article.series ? neighboursIn(seriesParts(articles, article.series), article) : {};
}

/** Every series' parts, grouped and ordered once per build instead of once per card or page. */
export interface SeriesIndex<T> {
  parts(seriesId: string): T[];
  title(seriesId: string): string;
  /** "Part 2 of 7 · The Xiaomi Story"; undefined for an article outside a series. */
  label(article: T): string | undefined;
  neighbours(article: T): Neighbours<T>;
}

export function seriesIndex<T extends Part>(
  articles: readonly T[],
  title: (seriesId: string) => string,
): SeriesIndex<T> {
  const bySeries = groupBy(articles, (a) => (a.series && !a.draft ? [a.series] : []));
  for (const list of bySeries.values()) list.sort(byPart);
  const parts = (id: string) => bySeries.get(id) ?? [];
  return {
    parts,
    title,
    label: (a) =>
      a.series && a.part !== undefined
        ? seriesPartLabel(a.part, parts(a.series).length, title(a.series))
        : undefined,
    neighbours: (a) => (a.series ? neighboursIn(parts(a.series), a) : {}),
  };
}
