import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadCatalog, pathsInEveryLanguage } from '../../lib/content/collections.ts';
import type { Locale } from '../../lib/site/i18n.ts';
import { feedChannel, feedItems } from '../../lib/view/feed.ts';

export const getStaticPaths = () => pathsInEveryLanguage(() => [{ props: {} }]);

/** RSS 2.0 in each language: the newest articles in full (lib/view/feed.ts). */
export const GET: APIRoute<{ locale: Locale }> = async ({ site, props }) => {
  const catalog = await loadCatalog(props.locale);
  const { title, description, language } = feedChannel(catalog);
  return rss({
    title,
    description,
    site: site!,
    trailingSlash: true,
    items: feedItems(catalog, site!),
    customData: `<language>${language}</language>`,
  });
};
