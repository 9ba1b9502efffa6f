import { getCollection, type CollectionEntry } from 'astro:content';
import { cardProps, type CardProps } from '../view/article-page.ts';
import { byNewest, published, readingMinutes, wordCount } from '../stories/ordering.ts';
import { ContentError } from './frontmatter.ts';
import { indexBy } from '../stories/grouping.ts';
import { seriesIndex, type SeriesIndex } from '../stories/series.ts';
import type { ArticleMeta } from '../stories/types.ts';
import { validateArticles } from './checks.ts';

/** The one place pages read content from: loaded once per build, validated, sorted. */

export type ArticleEntry = CollectionEntry<'articles'>;
export type Article = ArticleMeta & { entry: ArticleEntry };
export type Author = CollectionEntry<'authors'>;
export type Series = CollectionEntry<'series'>;
export type Topic = CollectionEntry<'topics'>;

export interface Site {
  /** Published articles, newest first. */
  articles: Article[];
  authors: Map<string, Author>;
  series: Map<string, Series>;
  topics: Map<string, Topic>;
  /** Each series' parts in order, its title and the "Part N of M" labels. */
  seriesIndex: SeriesIndex<Article>;
  /** Card data for an article, with its place in a series. */
  card: (article: Article) => CardProps;
  /** Published articles on a topic, newest first: grouped once per build, not once per page. */
  byTopic: (topicId: string) => Article[];
  /** Published articles by an author, newest first: grouped once per build. */
  byAuthor: (authorId: string) => Article[];
}

function toArticle(entry: ArticleEntry): Article {
  const { data } = entry;
  return {
    entry,
    slug: entry.id,
    file: entry.filePath ?? entry.id,
    title: data.title,
    description: data.description,
    pubDate: data.pubDate,
    updatedDate: data.updatedDate,
    author: data.author.id,
    series: data.series?.id,
    part: data.part,
    topics: data.topics.map((t) => t.id),
    readAlso: (data.readAlso ?? []).map((r) => r.id),
    draft: data.draft,
    featured: data.featured,
    years: data.years,
  };
}

const byId = <T extends { id: string }>(entries: T[]) => new Map(entries.map((e) => [e.id, e]));

async function load(): Promise<Site> {
  const [entries, authors, series, topics] = await Promise.all([
    getCollection('articles'),
    getCollection('authors'),
    getCollection('series'),
    getCollection('topics'),
  ]);
  const all = entries.map(toArticle);
  const problems = validateArticles(all, {
    authors: new Set(authors.map((a) => a.id)),
    series: new Set(series.map((s) => s.id)),
    topics: new Set(topics.map((t) => t.id)),
  });
  if (problems.length > 0) throw new ContentError(problems);
  const articles = published(all).sort(byNewest);
  const seriesById = byId(series);
  const index = seriesIndex(articles, (id) => seriesById.get(id)?.data.title ?? id);
  const cards = new Map<string, CardProps>();
  return {
    articles,
    authors: byId(authors),
    series: seriesById,
    topics: byId(topics),
    seriesIndex: index,
    card: (article) => {
      // Each card is built once per build: its reading time scans the whole body.
      let card = cards.get(article.slug);
      if (!card) {
        const minutes = readingMinutes(wordCount(article.entry.body ?? ''));
        card = cardProps(article, index, { minutes, image: article.entry.data.hero.image });
        cards.set(article.slug, card);
      }
      return card;
    },
    byTopic: indexBy(articles, (a) => a.topics),
    byAuthor: indexBy(articles, (a) => [a.author]),
  };
}

let cached: Promise<Site> | undefined;

export function loadSite(): Promise<Site> {
  // In dev, content changes while the server runs: only cache for a build.
  if (import.meta.env.DEV) return load();
  return (cached ??= load());
}
