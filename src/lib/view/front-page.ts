import { byNewest } from '../stories/ordering.ts';
import { formatYears, parseYears } from '../site/dates.ts';
import type { ArticleMeta } from '../stories/types.ts';

type Lead = Pick<ArticleMeta, 'slug' | 'pubDate' | 'featured'>;

/** The front page's lead: the newest article an editor marked `featured`, else the newest of all. */
export function leadStory<T extends Lead>(articles: readonly T[]): T | undefined {
  const newest = [...articles].sort(byNewest);
  return newest.find((a) => a.featured) ?? newest[0];
}

export interface TopicCount {
  id: string;
  count: number;
}

/** How many articles each topic has, in one pass; topics without articles are left out. */
export function topicCounts(articles: readonly Pick<ArticleMeta, 'topics'>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of articles) for (const t of a.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/** The most-used topics first (ties by id), at most `limit`. */
export function topTopics(counts: ReadonlyMap<string, number>, limit: number): TopicCount[] {
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
    .slice(0, limit);
}

/** At most this many series get a shelf on the front page; the rest are a link away. */
export const FRONT_PAGE_SHELVES = 4;
/** At most this many parts on one shelf; the series page has them all. */
export const SHELF_PARTS = 12;

/** The series that get a shelf: the longest first (ties by title), at most `limit`. */
export function shelfSeries<T extends { title: string; parts: number }>(
  series: readonly T[],
  limit = FRONT_PAGE_SHELVES,
): T[] {
  return series
    .filter((s) => s.parts > 0)
    .sort((a, b) => b.parts - a.parts || a.title.localeCompare(b.title))
    .slice(0, limit);
}

type SeriesPart = Pick<ArticleMeta, 'pubDate' | 'years'> & { minutes?: number };

export interface SeriesSummary {
  parts: number;
  /** The years its parts cover ("1987–2026"); publication years where a part gives none. */
  years?: string;
  /** Minutes to read every part. */
  minutes: number;
}

/** What a shelf or a table of contents says about a series as a whole. */
export function seriesSummary(parts: readonly SeriesPart[]): SeriesSummary {
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

/** "9 parts · 1987–2026 · 2 h 5 min of reading". */
export function seriesSummaryLine({ parts, years, minutes }: SeriesSummary): string {
  const time =
    minutes >= 60 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${minutes} min`;
  return [`${parts} ${parts === 1 ? 'part' : 'parts'}`, years, `${time} of reading`]
    .filter(Boolean)
    .join(' · ');
}

/** The series to offer after the last part of `current`: the next one in order, wrapping round. */
export function followingSeries(ids: readonly string[], current: string): string | undefined {
  const others = ids.filter((id) => id !== current);
  if (others.length === 0) return undefined;
  const index = ids.indexOf(current);
  return ids.slice(index + 1).find((id) => id !== current) ?? others[0];
}
