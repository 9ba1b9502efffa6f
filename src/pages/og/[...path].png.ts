import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../../lib/site/config.ts';
import { loadSite } from '../../lib/content/catalog.ts';
import { cardPng, prepareCards, type CardText } from '../../lib/social-card/cards.ts';

/** /og/articles/<slug>.png and /og/series/<id>.png: one social card per article and series. */
export const getStaticPaths = (async () => {
  const site = await loadSite();
  const articles = site.articles.map((a) => {
    const kicker = site.seriesIndex.label(a);
    return { params: { path: `articles/${a.slug}` }, props: { title: a.title, kicker } };
  });
  const series = [...site.series.values()].map((s) => ({
    params: { path: `series/${s.id}` },
    props: { title: s.data.title, kicker: `Series · ${site.seriesIndex.parts(s.id).length} parts` },
  }));
  const home = { params: { path: 'site' }, props: { title: SITE.tagline, kicker: SITE.name } };
  const paths = [home, ...articles, ...series];
  // Cards missing from the cache start drawing now, in a worker pool, ahead of the pages below.
  prepareCards(paths.map(({ props }) => ({ ...props, siteName: SITE.name })));
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<Omit<CardText, 'siteName'>> = async ({ props }) =>
  new Response(new Uint8Array(await cardPng({ ...props, siteName: SITE.name })), {
    headers: { 'Content-Type': 'image/png' },
  });
