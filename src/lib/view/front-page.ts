import type { Article, Catalog } from '../content/catalog.ts';
import { seriesSummary, seriesSummaryLine } from '../stories/series.ts';
import { topTopics } from '../stories/topics.ts';
import { t } from '../site/i18n.ts';
import {
  archiveUrl,
  articleUrl,
  homeUrl,
  seriesIndexUrl,
  seriesUrl,
  topicsUrl,
  topicUrl,
} from '../site/routes.ts';
import { articleCard, articleCards, type CardProps } from './card.ts';
import { alternates, siteCard, type PageHead } from './head.ts';

/** At most this many series get a shelf on the front page; the rest are a link away. */
export const FRONT_PAGE_SHELVES = 4;
/** At most this many parts on one shelf; the series page has them all. */
export const SHELF_PARTS = 12;
/** Cards in the "Latest stories" grid. */
const LATEST_STORIES = 6;
/** Topics listed at the foot of the front page. */
const FRONT_PAGE_TOPICS = 8;

type Lead = Pick<Article, 'featured'>;

/** The lead: the newest article an editor marked `featured`, else the newest (list newest first). */
export function leadStory<T extends Lead>(newestFirst: readonly T[]): T | undefined {
  return newestFirst.find((a) => a.featured) ?? newestFirst[0];
}

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

interface Shelf {
  id: string;
  title: string;
  description: string;
  url: string;
  /** "9 parts · 1987–2026 · 2 h 5 min of reading". */
  summary: string;
  parts: number;
  /** Its first SHELF_PARTS parts. */
  cards: CardProps[];
  /** Part 1, for "Start at Part 1". */
  start: { url: string; title: string };
}

export interface FrontPage {
  head: PageHead;
  tagline: string;
  description: string;
  lead?: { card: CardProps; authorName?: string; imageAlt: string };
  shelves: Shelf[];
  /** Series without a shelf, and where to find them. */
  moreSeries?: { count: number; url: string };
  latest: CardProps[];
  archiveUrl: string;
  topics: { title: string; count: number; url: string }[];
  topicsUrl: string;
}

/** A bounded front page, however large the archive: a few shelves, the latest, the top topics. */
export function frontPage(catalog: Catalog): FrontPage {
  const { locale } = catalog;
  const text = t(locale);
  const lead = leadStory(catalog.articles);
  const allSeries = [...catalog.series.values()].map((s) => ({
    ...s,
    parts: catalog.seriesIndex.parts(s.id).length,
  }));
  const shelves = shelfSeries(allSeries).map((s) => {
    const parts = catalog.seriesIndex.parts(s.id);
    const summary = seriesSummary(parts.map((p) => ({ ...p, minutes: catalog.minutes(p) })));
    return {
      ...s,
      url: seriesUrl(s.id, locale),
      summary: seriesSummaryLine(summary, text.series),
      cards: articleCards(catalog, parts.slice(0, SHELF_PARTS)),
      start: { url: articleUrl(parts[0]!.slug, locale), title: parts[0]!.title },
    };
  });
  const moreSeries = allSeries.filter((s) => s.parts > 0).length - shelves.length;
  const counts = new Map([...catalog.topics.keys()].map((id) => [id, catalog.byTopic(id).length]));
  return {
    head: {
      locale,
      title: text.site.name,
      description: text.site.description,
      ...siteCard(locale),
      alternates: alternates(catalog, homeUrl(locale)),
    },
    tagline: text.site.tagline,
    description: text.site.description,
    lead: lead && {
      card: articleCard(catalog, lead),
      authorName: catalog.authors.get(lead.author)?.name,
      imageAlt: lead.hero.alt,
    },
    shelves,
    moreSeries: moreSeries > 0 ? { count: moreSeries, url: seriesIndexUrl(locale) } : undefined,
    latest: articleCards(
      catalog,
      catalog.articles.filter((a) => a !== lead).slice(0, LATEST_STORIES),
    ),
    archiveUrl: archiveUrl(1, locale),
    topics: topTopics(counts, FRONT_PAGE_TOPICS).map((topic) => ({
      title: catalog.topics.get(topic.id)?.title ?? topic.id,
      count: topic.count,
      url: topicUrl(topic.id, 1, locale),
    })),
    topicsUrl: topicsUrl(locale),
  };
}
