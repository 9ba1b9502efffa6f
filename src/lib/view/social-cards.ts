import type { Catalog } from '../content/catalog.ts';
import { t } from '../site/i18n.ts';
import { socialCardParam } from '../site/routes.ts';
import type { CardText } from '../social-card/draw.ts';

/** Every social card of a language: the site's own, one per article, one per series. */
export function socialCards(catalog: Catalog): { param: string; text: CardText }[] {
  const { locale } = catalog;
  const text = t(locale);
  const siteName = text.site.name;
  return [
    {
      param: socialCardParam({ kind: 'site', locale }),
      text: { title: text.site.tagline, kicker: siteName, siteName },
    },
    ...catalog.articles.map((a) => ({
      param: socialCardParam({ kind: 'articles', id: a.slug, locale }),
      text: { title: a.title, kicker: catalog.seriesIndex.label(a), siteName },
    })),
    ...[...catalog.series.values()]
      .filter((s) => catalog.seriesIndex.parts(s.id).length > 0)
      .map((s) => ({
        param: socialCardParam({ kind: 'series', id: s.id, locale }),
        text: {
          title: s.title,
          kicker: text.series.cardKicker(catalog.seriesIndex.parts(s.id).length),
          siteName,
        },
      })),
  ];
}
