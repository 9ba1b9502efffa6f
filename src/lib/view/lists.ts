import type { Article, Author, Catalog, Topic } from '../content/catalog.ts';
import { groupByYear } from '../stories/ordering.ts';
import { archiveUrl, authorUrl, pageParam, seriesUrl, topicUrl } from '../site/routes.ts';
import { articleCards, articleCount, type CardProps } from './card.ts';
import type { PageHead } from './head.ts';
import {
  pageCount,
  pageItems,
  pageNumbers,
  pageOf,
  pagination,
  type Pagination,
} from './pagination.ts';

/** The pages that list articles or series: the archive, topics, authors, the series index. */

/** The head of a list's page N: "Title", then "Title, page 2", with prev/next links. */
function pagedHead(title: string, description: string, nav: Pagination): PageHead {
  return {
    title: nav.page > 1 ? `${title}, page ${nav.page}` : title,
    description,
    prev: nav.prev,
    next: nav.next,
  };
}

export interface ArchivePage {
  head: PageHead;
  lede: string;
  /** Every year with its count, linked to the page where that year starts. */
  yearIndex: { year: number; count: string; url: string }[];
  years: { year: number; count: string; cards: CardProps[] }[];
  nav: Pagination;
}

/** The years of the whole archive (newest first) and the page where each begins. */
function yearIndex(catalog: Catalog): ArchivePage['yearIndex'] {
  let index = 0;
  return groupByYear(catalog.articles).map(({ year, articles }) => {
    const start = index;
    index += articles.length;
    return {
      year,
      count: articleCount(articles.length),
      url: `${archiveUrl(pageOf(start))}#year-${year}`,
    };
  });
}

const archiveYears = new WeakMap<Catalog, ArchivePage['yearIndex']>();

/** Page `page` of the archive: every article, newest first, grouped by year. */
export function archivePage(catalog: Catalog, page: number): ArchivePage {
  const nav = pagination(page, pageCount(catalog.articles.length), archiveUrl);
  let years = archiveYears.get(catalog);
  if (!years) archiveYears.set(catalog, (years = yearIndex(catalog)));
  return {
    head: pagedHead('All articles', 'Every Second Act article, newest first, by year.', nav),
    lede: `${articleCount(catalog.articles.length)}, newest first.`,
    yearIndex: years,
    years: groupByYear(pageItems(catalog.articles, page)).map(({ year, articles }) => ({
      year,
      count: articleCount(articles.length),
      cards: articleCards(catalog, articles),
    })),
    nav,
  };
}

export interface ListPage {
  head: PageHead;
  title: string;
  lede: string;
  /** "14 articles". */
  count: string;
  cards: CardProps[];
  nav: Pagination;
}

function listPage(
  catalog: Catalog,
  articles: readonly Article[],
  page: number,
  url: (page: number) => string,
  text: { title: string; lede: string },
): ListPage {
  const nav = pagination(page, pageCount(articles.length), url);
  return {
    head: pagedHead(text.title, text.lede, nav),
    ...text,
    count: articleCount(articles.length),
    cards: articleCards(catalog, pageItems(articles, page)),
    nav,
  };
}

/** The topics that have articles: each gets a page. */
const topicsWithArticles = (catalog: Catalog) =>
  [...catalog.topics.values()].filter((topic) => catalog.byTopic(topic.id).length > 0);

export function topicPage(catalog: Catalog, topic: Topic, page = 1): ListPage {
  const { title, description } = topic.data;
  return listPage(catalog, catalog.byTopic(topic.id), page, (n) => topicUrl(topic.id, n), {
    title,
    lede: description,
  });
}

export interface AuthorPage extends ListPage {
  bio: string[];
}

export function authorPage(catalog: Catalog, author: Author, page = 1): AuthorPage {
  const { name, shortBio, bio } = author.data;
  return {
    ...listPage(catalog, catalog.byAuthor(author.id), page, (n) => authorUrl(author.id, n), {
      title: name,
      lede: shortBio,
    }),
    bio: bio.split(/\n{2,}/),
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

// The static paths of the paginated lists: one entry per page, the first at the list's own URL.

export const archivePaths = (catalog: Catalog) =>
  pageNumbers(catalog.articles.length).map((page) => ({
    params: { page: pageParam(page) },
    props: { page },
  }));

export const topicPaths = (catalog: Catalog) =>
  topicsWithArticles(catalog).flatMap((topic) =>
    pageNumbers(catalog.byTopic(topic.id).length).map((page) => ({
      params: { slug: topic.id, page: pageParam(page) },
      props: { topic, page },
    })),
  );

export const authorPaths = (catalog: Catalog) =>
  [...catalog.authors.values()].flatMap((author) =>
    pageNumbers(catalog.byAuthor(author.id).length).map((page) => ({
      params: { slug: author.id, page: pageParam(page) },
      props: { author, page },
    })),
  );
