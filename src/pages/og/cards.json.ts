import type { APIRoute } from 'astro';
import { loadCatalog } from '../../lib/content/collections.ts';
import { ALL_LOCALES } from '../../lib/site/i18n.ts';
import { prepareCards } from '../../lib/social-card/cards.ts';
import { socialCards } from '../../lib/view/social-cards.ts';

/**
 * Every social card of the build, in every language, for the social-cards integration, which
 * writes them into dist/og/ and removes this list. Rendered first, it also starts the card pool
 * drawing while the pages render.
 */
export const GET: APIRoute = async () => {
  const catalogs = await Promise.all(ALL_LOCALES.map((locale) => loadCatalog(locale)));
  const cards = catalogs.flatMap(socialCards);
  prepareCards(cards.map((card) => card.text));
  return new Response(JSON.stringify(cards), {
    headers: { 'Content-Type': 'application/json' },
  });
};
