import type { Author, Catalog, Topic } from '../content/catalog.ts';
import { groupByYear } from '../stories/ordering.ts';
import { seriesUrl, topicUrl } from '../site/routes.ts';
import { articleCards, articleCount, type CardProps } from './card.ts';
import type { PageHead } from './head.ts';

/** The pages that list articles or series: the archive, topics, authors, the series index. */

export interface ArchivePage {
  head: PageHead;
  lede: string;
  years: { year: number; count: string; cards: CardProps[] }[];
}

export function archivePage(catalog: Catalog): ArchivePage {
  return {
    head: { title: 'All articles', description: 'Every Second Act article, grouped by year.' },
    lede: `${articleCount(catalog.articles.length)}, newest first.`,
    years: groupByYear(catalog.articles).map(({ year, articles }) => ({
      year,
      count: articleCount(articles.length),
      cards: articleCards(catalog, articles),
    })),
  };
}

export interface ListPage {
  head: PageHead;
  title: string;
  lede: string;
  cards: CardProps[];
}

/** The topics that have articles: each gets a page. */
export const topicsWithArticles = (catalog: Catalog) =>
  [...catalog.topics.values()].filter((topic) => catalog.byTopic(topic.id).length > 0);

export function topicPage(catalog: Catalog, topic: Topic): ListPage {
  const { title, description } = topic.data;
  return {
    head: { title, description },
    title,
    lede: description,
    cards: articleCards(catalog, catalog.byTopic(topic.id)),
  };
}

export interface AuthorPage extends ListPage {
  bio: string[];
}

export function authorPage(catalog: Catalog, author: Author): AuthorPage {
  const { name, shortBio, bio } = author.data;
  return {
    head: { title: name, description: shortBio },
    title: name,
    lede: shortBio,
    bio: bio.split(/\n{2,}/),
    cards: articleCards(catalog, catalog.byAuthor(author.id)),
  };
}

export interface IndexEntry {
  title: string;
  description: string;
  url: string;
  count: number;
}

/** Topics A to Z, with how many articles each has. */
export function topicsIndex(catalog: Catalog): IndexEntry[] {
  return topicsWithArticles(catalog)
    .map((t) => ({
      title: t.data.title,
      description: t.data.description,
      url: topicUrl(t.id),
      count: catalog.byTopic(t.id).length,
    }))
    .sort((a, b) => a.title.localeCompare(b.title));
}

/** Every series, with how many parts it has. */
export function seriesIndexEntries(catalog: Catalog): IndexEntry[] {
  return [...catalog.series.values()].map((s) => ({
    title: s.data.title,
    description: s.data.description,
    url: seriesUrl(s.id),
    count: catalog.seriesIndex.parts(s.id).length,
  }));
}
