import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../lib/content/collections.ts';
import { cardPng, prepareCards, type CardText } from '../../lib/social-card/cards.ts';
import { socialCards } from '../../lib/view/social-cards.ts';

/** One social card per article and series, and the site's own (paths in lib/site/routes.ts). */
export const getStaticPaths = (async () => {
  const cards = socialCards(await loadCatalog());
  // Cards missing from the cache start drawing now, in a worker pool, ahead of the pages below.
  prepareCards(cards.map((card) => card.text));
  return cards.map(({ param, text }) => ({ params: { path: param }, props: text }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<CardText> = async ({ props }) =>
  new Response(new Uint8Array(await cardPng(props)), {
    headers: { 'Content-Type': 'image/png' },
  });
