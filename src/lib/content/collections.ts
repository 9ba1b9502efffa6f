import { getCollection } from 'astro:content';
import { ALL_LOCALES, localeParam, type Locale } from '../site/i18n.ts';
import { buildCatalogs, type Catalog } from './catalog.ts';

/** The one place pages read content from: Astro's collections, loaded once per build. */

/** Where the content lives; fixture and benchmark builds point CONTENT_DIR elsewhere. */
const contentDir = (process.env.CONTENT_DIR ?? 'content').replace(/\/+$/, '');

async function load(): Promise<Record<Locale, Catalog>> {
  const [articles, translations, authors, series, topics] = await Promise.all([
    getCollection('articles'),
    getCollection('translations'),
    getCollection('authors'),
    getCollection('series'),
    getCollection('topics'),
  ]);
  return buildCatalogs({
    articles,
    translations,
    authors,
    series,
    topics,
    topicsFile: `${contentDir}/topics.yaml`,
  });
}

let cached: Promise<Record<Locale, Catalog>> | undefined;

/**
 * The catalog of a language, loaded once per build (in dev, content changes while the server
 * runs: every time).
 */
export async function loadCatalog(locale: Locale = 'en'): Promise<Catalog> {
  if (import.meta.env.DEV) return (await load())[locale];
  return (await (cached ??= load()))[locale];
}

/** A route's static paths in every language: `[...locale]` is empty for English, "zh" for Chinese. */
export async function pathsInEveryLanguage<P extends object>(
  make: (
    catalog: Catalog,
    catalogs: Record<Locale, Catalog>,
  ) => { params?: Record<string, string | undefined>; props: P }[],
) {
  const catalogs = await (cached ??= load());
  return ALL_LOCALES.flatMap((locale) =>
    make(catalogs[locale], catalogs).map(({ params, props }) => ({
      params: { locale: localeParam(locale), ...params },
      props: { ...props, locale },
    })),
  );
}
