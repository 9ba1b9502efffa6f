import { buildCatalog, type Article, type Catalog } from '../../src/lib/content/catalog.ts';
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

/** An article as the catalog holds it: its fields and a collection entry with the same data. */
export function withEntry(meta: ArticleMeta, body = 'A first paragraph of plain prose.'): Article {
  const data = { ...meta, hero: { image: hero, alt: `Hero of ${meta.slug}` }, sources: [] };
  return { ...meta, entry: { id: meta.slug, body, data } } as unknown as Article;
}

const entries = (ids: Iterable<string>, data: (id: string) => Record<string, string>) =>
  [...new Set(ids)].map((id) => ({ id, data: data(id) }));

/** A catalog of these articles, with every author, series and topic they name. */
export function catalogOf(metas: readonly (ArticleMeta | Article)[]): Catalog {
  const articles = metas.map((m) => ('entry' in m ? m : withEntry(m)));
  return buildCatalog({
    articles,
    authors: entries(
      articles.map((a) => a.author),
      (id) => ({ name: `Name of ${id}`, shortBio: `${id} writes.`, bio: `${id} writes.\n\nMore.` }),
    ),
    series: entries(
      articles.flatMap((a) => (a.series ? [a.series] : [])),
      (id) => ({ title: `Series ${id}`, description: `About ${id}` }),
    ),
    topics: entries(
      articles.flatMap((a) => a.topics),
      (id) => ({ title: `Topic ${id}`, description: `About ${id}` }),
    ),
  } as unknown as Parameters<typeof buildCatalog>[0]);
}
