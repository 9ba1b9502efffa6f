import type { Catalog, Series } from '../content/catalog.ts';
import { seriesSummary, seriesSummaryLine } from '../stories/series.ts';
import { SITE } from '../site/config.ts';
import {
  absoluteUrl,
  articleUrl,
  homeUrl,
  seriesIndexUrl,
  seriesUrl,
  socialCardUrl,
} from '../site/routes.ts';
import { breadcrumbList, itemList } from '../site/structured-data.ts';
import { articleCards, type CardProps } from './card.ts';
import type { PageHead } from './head.ts';

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

/** A series read as a table of contents, with its breadcrumb and ItemList structured data. */
export function seriesPage(catalog: Catalog, series: Series, site: URL | string): SeriesPage {
  const abs = (path: string) => absoluteUrl(path, site);
  const articles = catalog.seriesIndex.parts(series.id);
  const parts = articleCards(catalog, articles);
  const { title, description } = series.data;
  const summary = seriesSummary(articles.map((a) => ({ ...a, minutes: catalog.minutes(a) })));
  const first = parts[0];
  return {
    head: {
      title,
      description,
      image: socialCardUrl({ kind: 'series', id: series.id }),
      jsonLd: [
        breadcrumbList([
          { name: SITE.name, url: abs(homeUrl()) },
          { name: 'Series', url: abs(seriesIndexUrl()) },
          { name: title, url: abs(seriesUrl(series.id)) },
        ]),
        itemList(
          title,
          parts.map((p) => ({ name: p.title, url: abs(articleUrl(p.slug)) })),
        ),
      ],
    },
    title,
    description,
    summary: seriesSummaryLine(summary),
    first: first && { url: articleUrl(first.slug), title: first.title },
    parts,
  };
}
