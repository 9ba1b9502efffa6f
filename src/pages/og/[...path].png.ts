import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../lib/content/collections.ts';
import { ALL_LOCALES } from '../../lib/site/i18n.ts';
import { cardPng, prepareCards, type CardText } from '../../lib/social-card/cards.ts';
import { socialCards } from '../../lib/view/social-cards.ts';

/** One social card per article and series, and the site's own, in every language. */
export const getStaticPaths = (async () => {
  const catalogs = await Promise.all(ALL_LOCALES.map((locale) => loadCatalog(locale)));
  const cards = catalogs.flatMap(socialCards);
  // Cards missing from the cache start drawing now, in a worker pool, ahead of the pages below.
  prepareCards(cards.map((card) => card.text));
  return cards.map(({ param, text }) => ({ params: { path: param }, props: text }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<CardText> = async ({ props }) =>
  new Response(new Uint8Array(await cardPng(props)), {
    headers: { 'Content-Type': 'image/png' },
  });
