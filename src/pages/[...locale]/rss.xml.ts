import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadCatalog, pathsInEveryLanguage } from '../../lib/content/collections.ts';
import type { Locale } from '../../lib/site/i18n.ts';
import { feedOptions } from '../../lib/view/feed.ts';

export const getStaticPaths = () => pathsInEveryLanguage(() => [{ props: {} }]);

/** RSS 2.0 in each language: the newest articles in full (lib/view/feed.ts). */
export const GET: APIRoute<{ locale: Locale }> = async ({ site, props }) =>
  rss(feedOptions(await loadCatalog(props.locale), site!));
