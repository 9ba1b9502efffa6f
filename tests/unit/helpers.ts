import {
  buildCatalogs,
  type Article,
  type ArticleEntry,
  type Catalog,
  type CatalogInput,
  type TranslationEntry,
} from '../../src/lib/content/catalog.ts';
import type { Locale } from '../../src/lib/site/i18n.ts';
import type { ArticleMeta } from '../../src/lib/stories/types.ts';

/** A valid article with overrides; dates default to a day in 2026 derived from the slug length. */
export function article(overrides: Partial<ArticleMeta> & { slug: string }): ArticleMeta {
  return {
    file: `content/articles/${overrides.slug}/index.md`,
    title: overrides.slug,
    description: `About ${overrides.slug}`,
    pubDate: new Date('2026-01-01T00:00:00Z'),
    author: 'nadia-rahman',
    topics: ['xiaomi'],
    readAlso: [],
    draft: false,
    ...overrides,
  };
}

export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const hero = { src: '/hero.png', width: 1600, height: 900, format: 'png' };

/** The collection entry of an article: its fields as front matter, and a body. */
export function entryOf(
  meta: ArticleMeta,
  body = 'A first paragraph of plain prose.',
): ArticleEntry {
  const data = {
    ...meta,
    author: { id: meta.author, collection: 'authors' },
    series: meta.series ? { id: meta.series, collection: 'series' } : undefined,
    topics: meta.topics.map((id) => ({ id, collection: 'topics' })),
    readAlso: meta.readAlso.map((id) => ({ id, collection: 'articles' })),
    hero: { image: hero, alt: `Hero of ${meta.slug}`, credit: 'Second Act', license: 'CC BY 4.0' },
    sources: [],
    draft: meta.draft,
    featured: meta.featured ?? false,
  };
  return { id: meta.slug, filePath: meta.file, body, data } as unknown as ArticleEntry;
}

/** A Chinese translation's entry for an article. */
export function translationOf(
  meta: ArticleMeta,
  data: Partial<TranslationEntry['data']> = {},
): TranslationEntry {
  return {
    id: meta.slug,
    filePath: meta.file.replace(/\.md$/, '.zh.md'),
    body: '第一段中文正文。',
    data: {
      title: `${meta.title}（中文）`,
      description: `关于${meta.slug}`,
      pubDate: meta.pubDate,
      hero: { alt: `${meta.slug}的配图` },
      ...data,
    },
  } as unknown as TranslationEntry;
}

const entries = (ids: Iterable<string>, data: (id: string) => Record<string, unknown>) =>
  [...new Set(ids)].map((id) => ({ id, data: data(id) }));

/** Every language's catalog of these articles (and translations), with every entry they name. */
export function catalogsOf(
  metas: readonly ArticleMeta[],
  translations: readonly TranslationEntry[] = [],
): Record<Locale, Catalog> {
  return buildCatalogs({
    articles: metas.map((m) =>
      'entry' in m ? ((m as Article).entry as ArticleEntry) : entryOf(m),
    ),
    translations,
    authors: entries(
      metas.map((a) => a.author),
      (id) => ({
        name: `Name of ${id}`,
        shortBio: `${id} writes.`,
        bio: `${id} writes.\n\nMore.`,
        zh: { shortBio: `${id}写作。`, bio: `${id}写作。` },
      }),
    ),
    series: entries(
      metas.flatMap((a) => (a.series ? [a.series] : [])),
      (id) => ({
        title: `Series ${id}`,
        description: `About ${id}`,
        zh: { title: `系列${id}`, description: `关于${id}` },
      }),
    ),
    topics: entries(
      metas.flatMap((a) => a.topics),
      (id) => ({
        title: `Topic ${id}`,
        description: `About ${id}`,
        zh: { title: `话题${id}`, description: `关于${id}` },
      }),
    ),
  } as unknown as CatalogInput);
}

/** The English catalog of these articles. */
export const catalogOf = (metas: readonly ArticleMeta[]): Catalog => catalogsOf(metas).en;
