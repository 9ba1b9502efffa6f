import type { Article, Catalog } from '../content/catalog.ts';
import { groupByYear } from '../stories/ordering.ts';
import { ALL_LOCALES, t, type Locale } from '../site/i18n.ts';
import {
  archiveUrl,
  authorUrl,
  pageParam,
  seriesIndexUrl,
  seriesUrl,
  topicsUrl,
  topicUrl,
} from '../site/routes.ts';
import { articleCards, type CardProps } from './card.ts';
import { alternates, type PageHead } from './head.ts';
import {
  pageCount,
  pageItems,
  pageNumbers,
  pageOf,
  pagination,
  type Pagination,
} from './pagination.ts';

/** The pages that list articles or series: the archive, topics, authors, the series index. */

/** Pages a list has in each language, for hreflang (from the static paths below). */
export type PagesIn = (locale: Locale) => number;

/** The head of a list's page N: "Title", then "Title, page 2", with prev/next links. */
function pagedHead(
  catalog: Catalog,
  text: { title: string; description: string },
  nav: Pagination,
  path: string,
  pagesIn: PagesIn,
): PageHead {
  const dictionary = t(catalog.locale);
  return {
    locale: catalog.locale,
    title: nav.page > 1 ? dictionary.lists.pageTitle(text.title, nav.page) : text.title,
    description: text.description,
    prev: nav.prev,
    next: nav.next,
    alternates: alternates(catalog, path, (l) => pagesIn(l) >= nav.page),
  };
}

export interface ArchivePage {
  head: PageHead;
  title: string;
  lede: string;
  /** Every year with its count, linked to the page where that year starts. */
  yearIndex: { year: number; count: string; url: string }[];
  years: { year: number; count: string; cards: CardProps[] }[];
  nav: Pagination;
}

/** The years of the whole archive (newest first) and the page where each begins. */
function yearIndex(catalog: Catalog): ArchivePage['yearIndex'] {
  const { articleCount } = t(catalog.locale).lists;
  let index = 0;
  return groupByYear(catalog.articles).map(({ year, articles }) => {
    const start = index;
    index += articles.length;
    const page = archiveUrl(pageOf(start), catalog.locale);
    return { year, count: articleCount(articles.length), url: `${page}#year-${year}` };
  });
}

const archiveYears = new WeakMap<Catalog, ArchivePage['yearIndex']>();

/** Page `page` of the archive: every article, newest first, grouped by year. */
export function archivePage(
  catalog: Catalog,
  page: number,
  pagesIn: PagesIn = () => 1,
): ArchivePage {
  const text = t(catalog.locale);
  const url = (n: number) => archiveUrl(n, catalog.locale);
  const nav = pagination(page, pageCount(catalog.articles.length), url, text.lists);
  let years = archiveYears.get(catalog);
  if (!years) archiveYears.set(catalog, (years = yearIndex(catalog)));
  return {
    head: pagedHead(
      catalog,
      { title: text.chrome.allArticles, description: text.lists.allArticlesDescription },
      nav,
      url(page),
      pagesIn,
    ),
    title: text.chrome.allArticles,
    lede: text.lists.archiveLede(text.lists.articleCount(catalog.articles.length)),
    yearIndex: years,
    years: groupByYear(pageItems(catalog.articles, page)).map(({ year, articles }) => ({
      year,
      count: text.lists.articleCount(articles.length),
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
  pagesIn: PagesIn,
): ListPage {
  const dictionary = t(catalog.locale);
  const nav = pagination(page, pageCount(articles.length), url, dictionary.lists);
  return {
    head: pagedHead(
      catalog,
      { title: text.title, description: text.lede },
      nav,
      url(page),
      pagesIn,
    ),
    ...text,
    count: dictionary.lists.articleCount(articles.length),
    cards: articleCards(catalog, pageItems(articles, page)),
    nav,
  };
}

/** Pages a list has in another language, for hreflang: from that language's catalog. */

export function topicPage(
  catalog: Catalog,
  id: string,
  page = 1,
  pagesIn: PagesIn = () => 1,
): ListPage {
  const { title, description } = catalog.topics.get(id)!;
  const url = (n: number) => topicUrl(id, n, catalog.locale);
  return listPage(catalog, catalog.byTopic(id), page, url, { title, lede: description }, pagesIn);
}

export interface AuthorPage extends ListPage {
  bio: string[];
  heading: string;
}

export function authorPage(
  catalog: Catalog,
  id: string,
  page = 1,
  pagesIn: PagesIn = () => 1,
): AuthorPage {
  const { name, shortBio, bio } = catalog.authors.get(id)!;
  const url = (n: number) => authorUrl(id, n, catalog.locale);
  return {
    ...listPage(catalog, catalog.byAuthor(id), page, url, { title: name, lede: shortBio }, pagesIn),
    bio: bio.split(/\n{2,}/),
    heading: t(catalog.locale).lists.articlesBy(name),
  };
}

interface IndexEntry {
  title: string;
  description: string;
  url: string;
  count: number;
}

export interface IndexPage {
  head: PageHead;
  title: string;
  lede?: string;
  entries: IndexEntry[];
}

/** An index page: every series or topic that has articles in the catalog's language. */
function indexPage(
  catalog: Catalog,
  text: { title: string; description: string; lede?: string },
  path: string,
  items: Iterable<{ id: string; title: string; description: string }>,
  count: (id: string) => number,
  url: (id: string) => string,
): IndexPage {
  return {
    head: {
      locale: catalog.locale,
      title: text.title,
      description: text.description,
      alternates: alternates(catalog, path),
    },
    title: text.title,
    lede: text.lede,
    entries: [...items]
      .filter((item) => count(item.id) > 0)
      .map((item) => ({
        title: item.title,
        description: item.description,
        url: url(item.id),
        count: count(item.id),
      })),
  };
}

/** Topics A to Z, with how many articles each has. */
export function topicsIndex(catalog: Catalog): IndexPage {
  const { lists } = t(catalog.locale);
  const page = indexPage(
    catalog,
    { title: lists.topicsTitle, description: lists.topicsDescription },
    topicsUrl(catalog.locale),
    catalog.topics.values(),
    (id) => catalog.byTopic(id).length,
    (id) => topicUrl(id, 1, catalog.locale),
  );
  page.entries.sort((a, b) => a.title.localeCompare(b.title, catalog.locale));
  return page;
}

/** Every series with parts in the catalog's language, with how many parts it has. */
export function seriesIndexPage(catalog: Catalog): IndexPage {
  const { lists, series } = t(catalog.locale);
  return indexPage(
    catalog,
    { title: lists.seriesTitle, description: series.description, lede: series.lede },
    seriesIndexUrl(catalog.locale),
    catalog.series.values(),
    (id) => catalog.seriesIndex.parts(id).length,
    (id) => seriesUrl(id, catalog.locale),
  );
}

// The static paths of the paginated lists: one entry per page, the first at the list's own URL,
// each with how many pages the same list has in every language (for hreflang).

type Catalogs = Record<Locale, Catalog>;

/** The props of a page of a paginated list's route. */
export interface ListRouteProps {
  /** The series, topic or author (empty for the archive). */
  id: string;
  /** The page number. */
  number: number;
  /** Pages the same list has in each language. */
  pages: Record<Locale, number>;
  locale: Locale;
}

function listPaths(
  catalog: Catalog,
  catalogs: Catalogs,
  count: (catalog: Catalog) => number,
  id?: string,
) {
  if (count(catalog) === 0) return [];
  const pages = Object.fromEntries(
    ALL_LOCALES.map((l) => [l, count(catalogs[l]) > 0 ? pageCount(count(catalogs[l])) : 0]),
  ) as Record<Locale, number>;
  return pageNumbers(count(catalog)).map((number) => ({
    params: { page: pageParam(number), ...(id ? { slug: id } : {}) },
    props: { number, pages, id: id ?? '' },
  }));
}

export const archivePaths = (catalog: Catalog, catalogs: Catalogs) =>
  listPaths(catalog, catalogs, (c) => c.articles.length);

export const topicPaths = (catalog: Catalog, catalogs: Catalogs) =>
  [...catalog.topics.keys()].flatMap((id) =>
    listPaths(catalog, catalogs, (c) => c.byTopic(id).length, id),
  );

export const authorPaths = (catalog: Catalog, catalogs: Catalogs) =>
  [...catalog.authors.keys()].flatMap((id) =>
    listPaths(catalog, catalogs, (c) => c.byAuthor(id).length, id),
  );
