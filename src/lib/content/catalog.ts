import type { CollectionEntry } from 'astro:content';
import { groupBy } from '../stories/grouping.ts';
import { publishedNewestFirst } from '../stories/ordering.ts';
import { relatedIndex, type RelatedIndex } from '../stories/read-also.ts';
import { seriesIndex, type SeriesIndex } from '../stories/series.ts';
import { readingMinutes, wordCount } from '../stories/text.ts';
import type { ArticleMeta } from '../stories/types.ts';
import { validateArticles } from './checks.ts';
import { ContentError } from './problems.ts';

/**
 * A build's content as pages read it (loaded by collections.ts): checked, sorted newest first
 * once and grouped once (series, topics, authors, Read Also), so that no page sorts
 * or filters the whole archive again.
 */

export type ArticleEntry = CollectionEntry<'articles'>;
export type Article = ArticleMeta & { entry: ArticleEntry };
export type Author = CollectionEntry<'authors'>;
export type Series = CollectionEntry<'series'>;
export type Topic = CollectionEntry<'topics'>;

export interface Catalog {
  /** Published articles, newest first. */
  articles: Article[];
  authors: Map<string, Author>;
  series: Map<string, Series>;
  topics: Map<string, Topic>;
  /** Each series' parts in order, its title and the "Part N of M" labels. */
  seriesIndex: SeriesIndex<Article>;
  /** Read Also for any article, from indexes made once. */
  related: RelatedIndex<Article>;
  /** Published articles on a topic, newest first. */
  byTopic(topicId: string): Article[];
  /** Published articles by an author, newest first. */
  byAuthor(authorId: string): Article[];
  /** Minutes to read an article (its body is scanned once per build). */
  minutes(article: Article): number;
}

export function toArticle(entry: ArticleEntry): Article {
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

const byId = <T extends { id: string }>(entries: readonly T[]) =>
  new Map(entries.map((e) => [e.id, e]));

export interface CatalogInput {
  articles: readonly Article[];
  authors: readonly Author[];
  series: readonly Series[];
  topics: readonly Topic[];
}

/** Checks, sorts and groups a build's content; throws a ContentError naming file and field. */
export function buildCatalog(input: CatalogInput): Catalog {
  const problems = validateArticles(input.articles, {
    authors: new Set(input.authors.map((a) => a.id)),
    series: new Set(input.series.map((s) => s.id)),
    topics: new Set(input.topics.map((t) => t.id)),
  });
  if (problems.length > 0) throw new ContentError(problems);
  const articles = publishedNewestFirst(input.articles);
  const series = byId(input.series);
  const index = seriesIndex(articles, (id) => series.get(id)?.data.title ?? id);
  const topicLists = groupBy(articles, (a) => a.topics);
  const authorLists = groupBy(articles, (a) => [a.author]);
  const minutes = new Map<string, number>();
  return {
    articles,
    authors: byId(input.authors),
    series,
    topics: byId(input.topics),
    seriesIndex: index,
    related: relatedIndex(articles, index),
    byTopic: (id) => topicLists.get(id) ?? [],
    byAuthor: (id) => authorLists.get(id) ?? [],
    minutes: (article) => {
      let value = minutes.get(article.slug);
      if (value === undefined) {
        value = readingMinutes(wordCount(article.entry.body ?? ''));
        minutes.set(article.slug, value);
      }
      return value;
    },
  };
}
