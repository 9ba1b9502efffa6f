import type { ImageMetadata } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { LOCALES, t, type Locale } from '../site/i18n.ts';
import { groupBy } from '../stories/grouping.ts';
import { publishedNewestFirst } from '../stories/ordering.ts';
import { relatedIndex, type RelatedIndex } from '../stories/read-also.ts';
import { seriesIndex, type SeriesIndex } from '../stories/series.ts';
import { readingMinutes, wordCount } from '../stories/text.ts';
import type { ArticleMeta } from '../stories/types.ts';
import { translationProblems, validateArticles } from './checks.ts';
import { ContentError, type ContentProblem } from './problems.ts';

/**
 * A build's content in one language, as pages read it (loaded by collections.ts): checked, sorted
 * newest first once and grouped once (series, topics, authors, Read Also), so that no page sorts
 * or filters the whole archive again. The Chinese catalog holds the translated articles only, so
 * its series, Read Also and lists never send a reader to an English page.
 */

export type ArticleEntry = CollectionEntry<'articles'>;
export type TranslationEntry = CollectionEntry<'translations'>;
type AuthorEntry = CollectionEntry<'authors'>;
type SeriesEntry = CollectionEntry<'series'>;
type TopicEntry = CollectionEntry<'topics'>;

interface Hero {
  image: ImageMetadata;
  alt: string;
  caption?: string;
  credit: string;
  license: string;
  licenseUrl?: string;
  sourceUrl?: string;
}

export type Article = ArticleMeta & {
  locale: Locale;
  /** The entry whose body the page renders: the translation, for a Chinese article. */
  entry: ArticleEntry | TranslationEntry;
  body: string;
  hero: Hero;
  sources: ArticleEntry['data']['sources'];
  corrections: { date: Date; text: string }[];
  /** The languages this article is published in. */
  locales: Locale[];
};

/** A series or topic in the catalog's language. */
interface Named {
  id: string;
  title: string;
  description: string;
}

/** An author in the catalog's language. */
interface Person {
  id: string;
  name: string;
  shortBio: string;
  bio: string;
}

export interface Catalog {
  locale: Locale;
  /** Published articles, newest first. */
  articles: Article[];
  authors: Map<string, Person>;
  series: Map<string, Named>;
  topics: Map<string, Named>;
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
  /** Whether an article, series, topic or author page exists in a language (for hreflang). */
  hasPage(locale: Locale, kind: 'articles' | 'series' | 'topics' | 'authors', id: string): boolean;
}

export function toArticle(entry: ArticleEntry): Article {
  const { data } = entry;
  return {
    locale: 'en',
    entry,
    body: entry.body ?? '',
    slug: entry.id,
    file: entry.filePath ?? entry.id,
    title: data.title,
    description: data.description,
    pubDate: data.pubDate,
    updatedDate: data.updatedDate,
    author: data.author.id,
    series: data.series?.id,
    part: data.part,
    topics: data.topics.map((topic) => topic.id),
    readAlso: (data.readAlso ?? []).map((r) => r.id),
    draft: data.draft,
    featured: data.featured,
    years: data.years,
    hero: data.hero,
    sources: data.sources,
    corrections: data.corrections ?? [],
    locales: ['en'],
  };
}

/** A Chinese article: the translation's words on the original's facts, picture and sources. */
function translated(original: Article, entry: TranslationEntry): Article {
  const { data } = entry;
  return {
    ...original,
    locale: 'zh',
    entry,
    body: entry.body ?? '',
    file: entry.filePath ?? entry.id,
    title: data.title,
    description: data.description,
    pubDate: data.pubDate,
    updatedDate: data.updatedDate,
    hero: { ...original.hero, alt: data.hero.alt, caption: data.hero.caption },
    corrections: data.corrections ?? [],
  };
}

export interface CatalogInput {
  articles: readonly ArticleEntry[];
  translations: readonly TranslationEntry[];
  authors: readonly AuthorEntry[];
  series: readonly SeriesEntry[];
  topics: readonly TopicEntry[];
  /** Where topics.yaml lives, to name it in errors. */
  topicsFile?: string;
}

/** Every language's catalog from one build's content; throws a ContentError naming file and field. */
export function buildCatalogs(input: CatalogInput): Record<Locale, Catalog> {
  const all = input.articles.map(toArticle);
  const problems: ContentProblem[] = [
    ...validateArticles(all, {
      authors: new Set(input.authors.map((a) => a.id)),
      series: new Set(input.series.map((s) => s.id)),
      topics: new Set(input.topics.map((topic) => topic.id)),
    }),
    ...translationProblems(input.translations, all),
  ];
  const originals = new Map(all.map((a) => [a.slug, a]));
  const chinese = input.translations.flatMap((entry) => {
    const original = originals.get(entry.id);
    return original ? [translated(original, entry)] : [];
  });
  const translatedSlugs = new Set(chinese.map((a) => a.slug));
  for (const a of all) if (translatedSlugs.has(a.slug)) a.locales = ['en', 'zh'];
  for (const a of chinese) a.locales = ['en', 'zh'];
  problems.push(...missingChinese(input, publishedNewestFirst(chinese)));
  if (problems.length > 0) throw new ContentError(problems);
  const en = languageCatalog('en', all, input);
  const zh = languageCatalog('zh', chinese, input);
  const both = { en, zh };
  for (const c of [en, zh]) {
    c.hasPage = (locale, kind, id) => {
      const other = both[locale];
      if (kind === 'articles') return other.articles.some((a) => a.slug === id);
      if (kind === 'series') return other.seriesIndex.parts(id).length > 0;
      if (kind === 'topics') return other.byTopic(id).length > 0;
      return other.byAuthor(id).length > 0;
    };
  }
  return both;
}

/** The series, topics and authors the Chinese articles use must have their Chinese text. */
function missingChinese(input: CatalogInput, chinese: readonly Article[]): ContentProblem[] {
  const used = {
    series: new Set(chinese.flatMap((a) => (a.series ? [a.series] : []))),
    topics: new Set(chinese.flatMap((a) => a.topics)),
    authors: new Set(chinese.map((a) => a.author)),
  };
  const missing = (entries: readonly { id: string; filePath?: string; data: { zh?: unknown } }[], ids: Set<string>, file?: string) =>
    entries
      .filter((e) => ids.has(e.id) && !e.data.zh)
      .map((e) => ({
        file: e.filePath ?? file ?? e.id,
        field: file ? `${e.id}.zh` : 'zh',
        message: 'Chinese text is required: a Chinese article uses it',
      }));
  return [
    ...missing(input.series, used.series),
    ...missing(input.topics, used.topics, input.topicsFile),
    ...missing(input.authors, used.authors),
  ];
}

/** One language's catalog of checked articles: sorted, grouped and indexed once. */
export function languageCatalog(
  locale: Locale,
  articles: readonly Article[],
  input: CatalogInput,
): Catalog {
  const text = t(locale);
  const zh = locale === 'zh';
  const named = (e: SeriesEntry | TopicEntry): Named => ({
    id: e.id,
    ...(zh && e.data.zh ? e.data.zh : { title: e.data.title, description: e.data.description }),
  });
  const series = new Map(input.series.map((e) => [e.id, named(e)]));
  const topics = new Map(input.topics.map((e) => [e.id, named(e)]));
  const authors = new Map(
    input.authors.map((e) => [
      e.id,
      { id: e.id, name: e.data.name, ...(zh && e.data.zh ? e.data.zh : { shortBio: e.data.shortBio, bio: e.data.bio }) },
    ]),
  );
  const published = publishedNewestFirst(articles);
  const index = seriesIndex(published, (id) => series.get(id)?.title ?? id, text.series.partOf);
  const topicLists = groupBy(published, (a) => a.topics);
  const authorLists = groupBy(published, (a) => [a.author]);
  const minutes = new Map<string, number>();
  return {
    locale,
    articles: published,
    authors,
    series,
    topics,
    seriesIndex: index,
    related: relatedIndex(published, index),
    byTopic: (id) => topicLists.get(id) ?? [],
    byAuthor: (id) => authorLists.get(id) ?? [],
    minutes: (article) => {
      let value = minutes.get(article.slug);
      if (value === undefined) {
        value = readingMinutes(wordCount(article.body), LOCALES[locale].lang);
        minutes.set(article.slug, value);
      }
      return value;
    },
    hasPage: () => false,
  };
}
