import type { Catalog } from '../content/catalog.ts';
import { seriesSummary, seriesSummaryLine } from '../stories/series.ts';
import { LOCALES, t } from '../site/i18n.ts';
import { absoluteUrl, homeUrl, seriesIndexUrl, seriesUrl, socialCardUrl } from '../site/routes.ts';
import { breadcrumbList, itemList } from '../site/structured-data.ts';
import { articleCards, type CardProps } from './card.ts';
import { alternates, type PageHead } from './head.ts';

export interface SeriesPage {
  head: PageHead;
  title: string;
  description: string;
  /** "9 parts · 1987–2026 · 2 h 5 min of reading". */
  summary: string;
  first?: { url: string; title: string };
  /** Every part, in order. */
  parts: CardProps[];
}

/** The series that have parts in a catalog's language: each gets a page. */
export const seriesWithParts = (catalog: Catalog) =>
  [...catalog.series.keys()].filter((id) => catalog.seriesIndex.parts(id).length > 0);

/** A series read as a table of contents, with its breadcrumb and ItemList structured data. */
export function seriesPage(catalog: Catalog, id: string, site: URL | string): SeriesPage {
  const { locale } = catalog;
  const text = t(locale);
  const abs = (path: string) => absoluteUrl(path, site);
  const articles = catalog.seriesIndex.parts(id);
  const parts = articleCards(catalog, articles);
  const { title, description } = catalog.series.get(id)!;
  const summary = seriesSummary(articles.map((a) => ({ ...a, minutes: catalog.minutes(a) })));
  const first = parts[0];
  const path = seriesUrl(id, locale);
  return {
    head: {
      locale,
      title,
      description,
      image: socialCardUrl({ kind: 'series', id, locale }),
      jsonLd: [
        breadcrumbList([
          { name: text.site.name, url: abs(homeUrl(locale)) },
          { name: text.series.series, url: abs(seriesIndexUrl(locale)) },
          { name: title, url: abs(path) },
        ]),
        {
          ...itemList(
            title,
            parts.map((p) => ({ name: p.title, url: abs(p.url) })),
          ),
          inLanguage: LOCALES[locale].lang,
        },
      ],
      alternates: alternates(catalog, path, (l) => catalog.hasPage(l, 'series', id)),
    },
    title,
    description,
    summary: seriesSummaryLine(summary, text.series),
    first: first && { url: first.url, title: first.title },
    parts,
  };
}
