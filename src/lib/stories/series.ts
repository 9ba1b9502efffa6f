import { formatYears, parseYears } from '../site/dates.ts';
import { groupBy } from './grouping.ts';
import type { ArticleMeta } from './types.ts';

type Part = Pick<ArticleMeta, 'slug' | 'series' | 'part' | 'draft'>;

const byPart = (a: Part, b: Part) => (a.part ?? 0) - (b.part ?? 0);

interface Neighbours<T> {
  prev?: T;
  next?: T;
}

/** Every series' parts, grouped and ordered once per build instead of once per card or page. */
export interface SeriesIndex<T> {
  parts(seriesId: string): T[];
  title(seriesId: string): string;
  /** "Part 2 of 7 · The Xiaomi Story"; undefined for an article outside a series. */
  label(article: T): string | undefined;
  /** The parts before and after an article in its series; none for the ends or a standalone. */
  neighbours(article: T): Neighbours<T>;
}

export function seriesIndex<T extends Part>(
  articles: readonly T[],
  title: (seriesId: string) => string,
  /** How a part is named in the catalog's language: "Part 2 of 7 · The Xiaomi Story". */
  partLabel: (part: number, total: number, title: string) => string,
): SeriesIndex<T> {
  const bySeries = groupBy(articles, (a) => (a.series && !a.draft ? [a.series] : []));
  for (const list of bySeries.values()) list.sort(byPart);
  const parts = (id: string) => bySeries.get(id) ?? [];
  return {
    parts,
    title,
    label: (a) =>
      a.series && a.part !== undefined
        ? partLabel(a.part, parts(a.series).length, title(a.series))
        : undefined,
    neighbours: (a) => {
      const list = a.series ? parts(a.series) : [];
      const index = list.findIndex((p) => p.slug === a.slug);
      return index < 0 ? {} : { prev: list[index - 1], next: list[index + 1] };
    },
  };
}

type SummaryPart = Pick<ArticleMeta, 'pubDate' | 'years'> & { minutes?: number };

export interface SeriesSummary {
  parts: number;
  /** The years its parts cover ("1987–2026"); publication years where a part gives none. */
  years?: string;
  /** Minutes to read every part. */
  minutes: number;
}

/** What a shelf or a table of contents says about a series as a whole. */
export function seriesSummary(parts: readonly SummaryPart[]): SeriesSummary {
  const spans = parts.map((p) => {
    const year = p.pubDate.getUTCFullYear();
    return (p.years && parseYears(p.years)) || { from: year, to: year };
  });
  return {
    parts: parts.length,
    years: formatYears(spans),
    minutes: parts.reduce((sum, p) => sum + (p.minutes ?? 0), 0),
  };
}

/** How a summary is worded in a language (the dictionaries' `series`). */
export interface SummaryWords {
  parts(count: number): string;
  reading(minutes: number): string;
}

/** "9 parts · 1987–2026 · 2 h 5 min of reading". */
export function seriesSummaryLine(
  { parts, years, minutes }: SeriesSummary,
  words: SummaryWords,
): string {
  return [words.parts(parts), years, words.reading(minutes)].filter(Boolean).join(' · ');
}

/** The series to offer after the last part of `current`: the next one in order, wrapping round. */
export function followingSeries(ids: readonly string[], current: string): string | undefined {
  const others = ids.filter((id) => id !== current);
  if (others.length === 0) return undefined;
  const index = ids.indexOf(current);
  return ids.slice(index + 1).find((id) => id !== current) ?? others[0];
}
