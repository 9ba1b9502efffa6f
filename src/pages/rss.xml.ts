import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE } from '../lib/site/config.ts';
import { loadSite } from '../lib/content/catalog.ts';
import { articleUrl } from '../lib/site/routes.ts';

/** RSS 2.0: every published article, newest first, with its topics as categories. */
export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = await loadSite();
  return rss({
    title: SITE.name,
    description: SITE.description,
    site: siteUrl!,
    trailingSlash: true,
    items: site.articles.map((a) => ({
      title: a.title,
      link: articleUrl(a.slug),
      pubDate: a.pubDate,
      description: a.description,
      categories: a.topics.map((id) => site.topics.get(id)?.data.title ?? id),
    })),
    customData: `<language>en</language>`,
  });
};
