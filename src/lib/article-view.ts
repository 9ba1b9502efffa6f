import type { MarkdownHeading } from 'astro';
import { readAlso } from './related.ts';
import { adjacentParts, partLabel, seriesParts } from './series.ts';
import type { ArticleMeta } from './types.ts';

/** The sections of an article page that come from other articles, computed in one place. */
export interface SeriesContext<T> {
  id: string;
  title: string;
  part: number;
  total: number;
  prev?: T;
  next?: T;
}

export function seriesContext<T extends ArticleMeta>(
  article: T,
  articles: readonly T[],
  seriesTitle: (id: string) => string,
): SeriesContext<T> | undefined {
  if (!article.series || article.part === undefined) return undefined;
  const total = seriesParts(articles, article.series).length;
  return {
    id: article.series,
    title: seriesTitle(article.series),
    part: article.part,
    total,
    ...adjacentParts(articles, article),
  };
}

export interface ReadAlsoEntry {
  slug: string;
  title: string;
  description: string;
  label?: string;
}

export function readAlsoEntries<T extends ArticleMeta>(
  article: T,
  articles: readonly T[],
  seriesTitle: (id: string) => string,
): ReadAlsoEntry[] {
  return readAlso(article, articles).map((a) => ({
    slug: a.slug,
    title: a.title,
    description: a.description,
    label:
      a.series && a.part !== undefined
        ? `${partLabel(a.part, seriesParts(articles, a.series).length)} · ${seriesTitle(a.series)}`
        : undefined,
  }));
}

/** The table of contents: the article's own h2s, shown from three up. */
export function tocHeadings(headings: readonly MarkdownHeading[], minimum = 3): MarkdownHeading[] {
  const sections = headings.filter((h) => h.depth === 2 && h.slug !== 'footnote-label');
  return sections.length >= minimum ? sections : [];
}

export interface CardProps {
  slug: string;
  title: string;
  description: string;
  pubDate: Date;
  seriesTitle?: string;
  part?: number;
  total?: number;
}

/** What an article card shows, including its place in a series. */
export function cardProps<T extends ArticleMeta>(
  article: T,
  articles: readonly T[],
  seriesTitle: (id: string) => string,
): CardProps {
  const { slug, title, description, pubDate, series, part } = article;
  return {
    slug,
    title,
    description,
    pubDate,
    ...(series && part !== undefined
      ? { seriesTitle: seriesTitle(series), part, total: seriesParts(articles, series).length }
      : {}),
  };
}

export interface Teaser {
  slug: string;
  title: string;
  description: string;
  authorName: string;
  authorBio: string;
  summary: string;
}
