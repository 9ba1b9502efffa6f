import type { Catalog } from '../content/catalog.ts';
import { ALL_LOCALES, t, type Locale } from '../site/i18n.ts';
import { localizedPath, socialCardUrl } from '../site/routes.ts';

/** What a page puts in its <head> besides the shell: BaseLayout's props, made by each view-model. */
export interface PageHead {
  locale: Locale;
  title: string;
  description?: string;
  /** Site path of the social card; the site-wide card of the language by default. */
  image?: string;
  imageAlt?: string;
  /** Open Graph article tags, on article pages. */
  article?: {
    published: Date;
    modified?: Date;
    section?: string;
    tags: string[];
    authorUrl: string;
  };
  jsonLd?: unknown[];
  /** Pages that search engines should not list, such as the 404 page. */
  noindex?: boolean;
  /** The previous and next pages of a paginated list. */
  prev?: string;
  next?: string;
  /** This page in every language that has it (itself included), for hreflang and the switch. */
  alternates: { locale: Locale; path: string }[];
}

/** The site's own card and its alt text, for pages without one of their own. */
export const siteCard = (locale: Locale) => ({
  image: socialCardUrl({ kind: 'site', locale }),
  imageAlt: `${t(locale).site.name}: ${t(locale).site.tagline}`,
});

/** "Title · Second Act", or the site name alone on the front page. */
export const documentTitle = (title: string, locale: Locale) =>
  title === t(locale).site.name ? title : `${title} · ${t(locale).site.name}`;

/**
 * The languages a page exists in, given its path in the catalog's language: every language for
 * which `exists` holds (the page itself always).
 */
export function alternates(
  catalog: Pick<Catalog, 'locale'>,
  path: string,
  exists: (locale: Locale) => boolean = () => true,
): PageHead['alternates'] {
  return ALL_LOCALES.filter((l) => l === catalog.locale || exists(l)).map((l) => ({
    locale: l,
    path: localizedPath(path, l),
  }));
}
