import type { ImageMetadata, MarkdownHeading } from 'astro';
import { readAlso } from '../stories/read-also.ts';
import type { SeriesIndex } from '../stories/series.ts';
import type { ArticleMeta } from '../stories/types.ts';

/** The sections of an article page that come from other articles, computed in one place. */
export interface SeriesContext<T> {
  id: string;
  title: string;
  part: number;
  /** "Part 2 of 7 · The Xiaomi Story". */
  label: string;
  prev?: T;
  next?: T;
}

export function seriesContext<T extends ArticleMeta>(
  article: T,
  series: SeriesIndex<T>,
): SeriesContext<T> | undefined {
  if (!article.series || article.part === undefined) return undefined;
  return {
    id: article.series,
    title: series.title(article.series),
    part: article.part,
    label: series.label(article)!,
    ...series.neighbours(article),
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
  series: SeriesIndex<T>,
): ReadAlsoEntry[] {
  return readAlso(article, articles).map((a) => ({
    slug: a.slug,
    title: a.title,
    description: a.description,
    label: series.label(a),
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
  /** "Part 2 of 7 · The Xiaomi Story", when the article belongs to a series. */
  seriesLabel?: string;
  /** Its part number in that series. */
  part?: number;
  /** The years the story covers, e.g. "1987–2007". */
  years?: string;
  /** Reading time in minutes. */
  minutes?: number;
  /** The hero, drawn small as the card's thumbnail. */
  image?: ImageMetadata;
}

/** What an article card shows, including its place in a series. */
export function cardProps<T extends ArticleMeta>(
  article: T,
  series: SeriesIndex<T>,
  extra: Pick<CardProps, 'minutes' | 'image'> = {},
): CardProps {
  const { slug, title, description, pubDate, part, years } = article;
  return { slug, title, description, pubDate, seriesLabel: series.label(article), part, years, ...extra };
}

export interface Teaser {
  slug: string;
  title: string;
  description: string;
  authorName: string;
  authorBio: string;
  summary: string;
}
