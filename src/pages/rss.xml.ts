import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadCatalog } from '../lib/content/collections.ts';
import { SITE } from '../lib/site/config.ts';
import { feedItems } from '../lib/view/feed.ts';

/** RSS 2.0: the newest articles in full (lib/view/feed.ts). */
export const GET: APIRoute = async ({ site }) =>
  rss({
    title: SITE.name,
    description: SITE.description,
    site: site!,
    trailingSlash: true,
    items: feedItems(await loadCatalog(), site!),
    customData: `<language>${SITE.lang}</language>`,
  });
