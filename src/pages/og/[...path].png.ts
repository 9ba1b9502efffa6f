import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../lib/content/collections.ts';
import { ALL_LOCALES } from '../../lib/site/i18n.ts';
import { cardPng, type CardText } from '../../lib/social-card/cards.ts';
import { socialCards } from '../../lib/view/social-cards.ts';

/**
 * One social card per article and series, and the site's own, in every language, for `astro
 * dev`. A build lists no pages here: the social-cards integration writes the cards straight into
 * dist/og/ (src/integrations/social-cards.ts), which at 1,000 articles is 4 s faster than Astro
 * rendering 1,000 image endpoints.
 */
export const getStaticPaths = (async () => {
  if (import.meta.env.PROD) return [];
  const catalogs = await Promise.all(ALL_LOCALES.map((locale) => loadCatalog(locale)));
  return catalogs
    .flatMap(socialCards)
    .map(({ param, text }) => ({ params: { path: param }, props: text }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<CardText> = async ({ props }) =>
  new Response(new Uint8Array(await cardPng(props)), {
    headers: { 'Content-Type': 'image/png' },
  });
