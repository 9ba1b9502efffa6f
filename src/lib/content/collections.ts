import { getCollection } from 'astro:content';
import { buildCatalog, toArticle, type Catalog } from './catalog.ts';

/** The one place pages read content from: Astro's collections, loaded once per build. */

async function load(): Promise<Catalog> {
  const [articles, authors, series, topics] = await Promise.all([
    getCollection('articles'),
    getCollection('authors'),
    getCollection('series'),
    getCollection('topics'),
  ]);
  return buildCatalog({ articles: articles.map(toArticle), authors, series, topics });
}

let cached: Promise<Catalog> | undefined;

/** The build's catalog, loaded once (in dev, content changes while the server runs: every time). */
export function loadCatalog(): Promise<Catalog> {
  if (import.meta.env.DEV) return load();
  return (cached ??= load());
}
