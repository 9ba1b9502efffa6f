import type { RSSFeedItem } from '@astrojs/rss';
import type { Catalog } from '../content/catalog.ts';
import { articleUrl } from '../site/routes.ts';

/** The RSS feed's items: every published article, newest first, its topics as categories. */
export function feedItems(catalog: Catalog): RSSFeedItem[] {
  return catalog.articles.map((a) => ({
    title: a.title,
    link: articleUrl(a.slug),
    pubDate: a.pubDate,
    description: a.description,
    categories: a.topics.map((id) => catalog.topics.get(id)?.data.title ?? id),
  }));
}
