import type { MarkdownHeading } from 'astro';
import type { Article, Catalog } from '../content/catalog.ts';
import { keepReading } from '../stories/ordering.ts';
import { followingSeries } from '../stories/series.ts';
import { leadParagraph } from '../stories/text.ts';
import { SITE } from '../site/config.ts';
import { isoDay } from '../site/dates.ts';
import {
  absoluteUrl,
  archiveUrl,
  articleUrl,
  authorUrl,
  faviconUrl,
  homeUrl,
  seriesUrl,
  socialCardUrl,
} from '../site/routes.ts';
import { shareLinks, type ShareLink } from '../site/share-links.ts';
import { articleLd, breadcrumbList } from '../site/structured-data.ts';
import { articleCard, type CardProps } from './card.ts';
import type { PageHead } from './head.ts';

/** Everything an article page renders besides its body: one function, unit-tested without a build. */

interface SeriesContext {
  id: string;
  title: string;
  /** "Part 2 of 7 · The Xiaomi Story". */
  label: string;
  prev?: CardProps;
  next?: CardProps;
  /** After the last part: the first part of another series, and that series' title. */
  following?: { card: CardProps; seriesTitle: string };
}

interface ReadAlsoEntry {
  slug: string;
  title: string;
  description: string;
  label?: string;
}

export interface Teaser {
  slug: string;
  title: string;
  description: string;
  authorName: string;
  authorBio: string;
  summary: string;
}

export interface ArticlePage {
  head: PageHead;
  article: Article;
  author: { id: string; name: string };
  minutes: number;
  /** The table of contents: the article's own h2s, from three up. */
  headings: MarkdownHeading[];
  series?: SeriesContext;
  readAlso: ReadAlsoEntry[];
  teasers: Teaser[];
  topics: { id: string; title: string }[];
  share: ShareLink[];
  /** Pagefind's filters and sort key for the page. */
  search: { filter: string; sort: string };
}

/** The table of contents: the article's own h2s, shown from three up. */
export function tocHeadings(headings: readonly MarkdownHeading[], minimum = 3): MarkdownHeading[] {
  const sections = headings.filter((h) => h.depth === 2 && h.slug !== 'footnote-label');
  return sections.length >= minimum ? sections : [];
}

/** Its series: label, the parts either side, and after the last part another series to start. */
function seriesContext(catalog: Catalog, article: Article): SeriesContext | undefined {
  const { seriesIndex } = catalog;
  const label = seriesIndex.label(article);
  if (!article.series || !label) return undefined;
  const { prev, next } = seriesIndex.neighbours(article);
  const card = (a: Article | undefined) => a && articleCard(catalog, a);
  const nextSeries = next ? undefined : followingSeries([...catalog.series.keys()], article.series);
  const nextStart = nextSeries ? seriesIndex.parts(nextSeries)[0] : undefined;
  return {
    id: article.series,
    title: seriesIndex.title(article.series),
    label,
    prev: card(prev),
    next: card(next),
    following: nextStart && {
      card: articleCard(catalog, nextStart),
      seriesTitle: seriesIndex.title(nextSeries!),
    },
  };
}

export function articlePage(
  catalog: Catalog,
  article: Article,
  headings: readonly MarkdownHeading[],
  site: URL | string,
): ArticlePage {
  const { data } = article.entry;
  const abs = (path: string) => absoluteUrl(path, site);
  const author = catalog.authors.get(article.author)!;
  const series = seriesContext(catalog, article);
  const readAlso = catalog.related.readAlso(article).map((a) => ({
    slug: a.slug,
    title: a.title,
    description: a.description,
    label: catalog.seriesIndex.label(a),
  }));
  const teasers = keepReading(
    article,
    catalog.articles,
    readAlso.map((r) => r.slug),
  ).map((a) => {
    const writer = catalog.authors.get(a.author)!;
    return {
      slug: a.slug,
      title: a.title,
      description: a.description,
      authorName: writer.data.name,
      authorBio: writer.data.shortBio,
      summary: leadParagraph(a.entry.body ?? '', 25),
    };
  });
  const topics = article.topics.map((id) => ({
    id,
    title: catalog.topics.get(id)?.data.title ?? id,
  }));
  const url = abs(articleUrl(article.slug));
  const image = socialCardUrl({ kind: 'articles', id: article.slug });
  const jsonLd = [
    articleLd({
      url,
      headline: data.title,
      description: data.description,
      published: data.pubDate,
      modified: data.updatedDate,
      authorName: author.data.name,
      authorUrl: abs(authorUrl(author.id)),
      image: abs(image),
      section: series?.title,
      publisher: { name: SITE.name, url: abs(homeUrl()), logo: abs(faviconUrl()) },
    }),
    breadcrumbList([
      { name: SITE.name, url: abs(homeUrl()) },
      series
        ? { name: series.title, url: abs(seriesUrl(series.id)) }
        : { name: 'Articles', url: abs(archiveUrl()) },
      { name: data.title, url },
    ]),
  ];
  return {
    head: {
      title: data.title,
      description: data.description,
      image,
      imageAlt: data.title,
      article: {
        published: data.pubDate,
        modified: data.updatedDate,
        section: series?.title,
        tags: topics.map((t) => t.title),
        authorUrl: authorUrl(author.id),
      },
      jsonLd,
    },
    article,
    author: { id: author.id, name: author.data.name },
    minutes: catalog.minutes(article),
    headings: tocHeadings(headings),
    series,
    readAlso,
    teasers,
    topics,
    share: shareLinks(url, data.title),
    search: {
      filter: `kind:Article, year:${data.pubDate.getUTCFullYear()}`,
      sort: `date:${isoDay(data.pubDate)}`,
    },
  };
}
