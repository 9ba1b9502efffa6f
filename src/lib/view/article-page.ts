import type { MarkdownHeading } from 'astro';
import type { Article, Catalog } from '../content/catalog.ts';
import { keepReading } from '../stories/ordering.ts';
import { followingSeries } from '../stories/series.ts';
import { leadParagraph } from '../stories/text.ts';
import { LOCALES, t } from '../site/i18n.ts';
import {
  absoluteUrl,
  archiveUrl,
  articleUrl,
  authorUrl,
  faviconUrl,
  homeUrl,
  seriesUrl,
  socialCardUrl,
  topicUrl,
} from '../site/routes.ts';
import { shareLinks, type ShareLink } from '../site/share-links.ts';
import { articleLd, breadcrumbList } from '../site/structured-data.ts';
import { articleCard, type CardProps } from './card.ts';
import { alternates, type PageHead } from './head.ts';

/** Everything an article page renders besides its body: one function, unit-tested without a build. */

interface SeriesContext {
  id: string;
  title: string;
  url: string;
  /** "Part 2 of 7 · The Xiaomi Story". */
  label: string;
  prev?: CardProps;
  next?: CardProps;
  /** After the last part: the first part of another series, and that series' title and page. */
  following?: { card: CardProps; seriesTitle: string };
}

interface ReadAlsoEntry {
  slug: string;
  url: string;
  title: string;
  /** The dek (English pages; see the teasers below). */
  description?: string;
  label?: string;
}

export interface Teaser {
  slug: string;
  url: string;
  title: string;
  description: string;
  authorName: string;
  authorBio: string;
  /** The opening of the story, behind "Keep reading" (English pages). */
  summary?: string;
}

export interface ArticlePage {
  head: PageHead;
  article: Article;
  url: string;
  author: { name: string; url: string };
  minutes: number;
  /** The table of contents: the article's own h2s, from three up. */
  headings: MarkdownHeading[];
  series?: SeriesContext;
  readAlso: ReadAlsoEntry[];
  teasers: Teaser[];
  topics: { title: string; url: string }[];
  share: ShareLink[];
  /**
   * Pagefind's filters for the page, one attribute each (Pagefind reads "a:1, b:2" as one value
   * of a). No sort key: results are ranked by relevance, and a date sort would add a list of every
   * page (22 KB at 10,000 articles) to the metadata each search loads.
   */
  search: { kind: string; year: string };
}

/** The table of contents: the article's own h2s, shown from three up. */
export function tocHeadings(headings: readonly MarkdownHeading[], minimum = 3): MarkdownHeading[] {
  const sections = headings.filter((h) => h.depth === 2 && h.slug !== 'footnote-label');
  return sections.length >= minimum ? sections : [];
}

/** Its series: label, the parts either side, and after the last part another series to start. */
function seriesContext(catalog: Catalog, article: Article): SeriesContext | undefined {
  const { seriesIndex, locale } = catalog;
  const label = seriesIndex.label(article);
  if (!article.series || !label) return undefined;
  const { prev, next } = seriesIndex.neighbours(article);
  const card = (a: Article | undefined) => a && articleCard(catalog, a);
  const withParts = [...catalog.series.keys()].filter((id) => seriesIndex.parts(id).length > 0);
  const nextSeries = next ? undefined : followingSeries(withParts, article.series);
  const nextStart = nextSeries ? seriesIndex.parts(nextSeries)[0] : undefined;
  return {
    id: article.series,
    title: seriesIndex.title(article.series),
    url: seriesUrl(article.series, locale),
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
  const { locale } = catalog;
  const text = t(locale);
  const abs = (path: string) => absoluteUrl(path, site);
  const author = catalog.authors.get(article.author)!;
  const series = seriesContext(catalog, article);
  // Chinese pages carry the same words in more bytes: their Read Also and teasers stop at the
  // headline, which keeps an article page within its 14 KB.
  const brief = locale !== 'en';
  const readAlso = catalog.related.readAlso(article).map((a) => ({
    slug: a.slug,
    url: articleUrl(a.slug, locale),
    title: a.title,
    description: brief ? undefined : a.description,
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
      url: articleUrl(a.slug, locale),
      title: a.title,
      description: a.description,
      authorName: writer.name,
      authorBio: writer.shortBio,
      summary: brief ? undefined : leadParagraph(a.body, 25),
    };
  });
  const topics = article.topics.map((id) => ({
    title: catalog.topics.get(id)?.title ?? id,
    url: topicUrl(id, 1, locale),
  }));
  const path = articleUrl(article.slug, locale);
  const url = abs(path);
  const image = socialCardUrl({ kind: 'articles', id: article.slug, locale });
  const jsonLd = [
    {
      ...articleLd({
        url,
        headline: article.title,
        description: article.description,
        published: article.pubDate,
        modified: article.updatedDate,
        authorName: author.name,
        authorUrl: abs(authorUrl(author.id, 1, locale)),
        image: abs(image),
        section: series?.title,
        publisher: { name: text.site.name, url: abs(homeUrl(locale)), logo: abs(faviconUrl()) },
      }),
      inLanguage: LOCALES[locale].lang,
    },
    breadcrumbList([
      { name: text.site.name, url: abs(homeUrl(locale)) },
      series
        ? { name: series.title, url: abs(series.url) }
        : { name: text.article.breadcrumbArticles, url: abs(archiveUrl(1, locale)) },
      { name: article.title, url },
    ]),
  ];
  return {
    head: {
      locale,
      title: article.title,
      description: article.description,
      image,
      imageAlt: article.title,
      article: {
        published: article.pubDate,
        modified: article.updatedDate,
        section: series?.title,
        tags: topics.map((topic) => topic.title),
        authorUrl: authorUrl(author.id, 1, locale),
      },
      jsonLd,
      alternates: alternates(catalog, path, (l) => article.locales.includes(l)),
    },
    article,
    url,
    author: { name: author.name, url: authorUrl(author.id, 1, locale) },
    minutes: catalog.minutes(article),
    headings: tocHeadings(headings),
    series,
    readAlso,
    teasers,
    topics,
    share: shareLinks(url, article.title, text.article.email),
    search: {
      kind: 'kind:Article',
      year: `year:${article.pubDate.getUTCFullYear()}`,
    },
  };
}
