import type { Catalog } from '../content/catalog.ts';
import { SITE } from '../site/config.ts';
import { socialCardParam } from '../site/routes.ts';
import type { CardText } from '../social-card/draw.ts';

/** Every social card of the site: the site's own, one per article, one per series. */
export function socialCards(catalog: Catalog): { param: string; text: CardText }[] {
  const siteName = SITE.name;
  return [
    {
      param: socialCardParam({ kind: 'site' }),
      text: { title: SITE.tagline, kicker: SITE.name, siteName },
    },
    ...catalog.articles.map((a) => ({
      param: socialCardParam({ kind: 'articles', id: a.slug }),
      text: { title: a.title, kicker: catalog.seriesIndex.label(a), siteName },
    })),
    ...[...catalog.series.values()].map((s) => ({
      param: socialCardParam({ kind: 'series', id: s.id }),
      text: {
        title: s.data.title,
        kicker: `Series · ${catalog.seriesIndex.parts(s.id).length} parts`,
        siteName,
      },
    })),
  ];
}
