/**
 * Every internal path of the site, built here and nowhere else: pages, feeds, search, social
 * cards, in each language. Components, view-models, integrations and tests ask this module; no
 * other file under src/ types a path out.
 */
import type { Locale } from './i18n.ts';

/** Where each language's pages live: English at the root, Chinese under /zh/. */
const LOCALE_PREFIX: Record<Locale, string> = { en: '', zh: '/zh' };

/**
 * Later pages of a list live under page/N/; the first keeps the list's own URL. An article slug may
 * not be "page" (content checks), so an archive page never takes an article's address.
 */
export const PAGE_SEGMENT = 'page';
/** The `[...page]` parameter of a list's route: none for page 1, "page/2" for page 2. */
export const pageParam = (page: number) => (page > 1 ? `${PAGE_SEGMENT}/${page}` : undefined);
/** The first page of the list a page belongs to: /topics/x/page/3/ → /topics/x/. */
export const firstPageOf = (path: string) => path.replace(new RegExp(`${PAGE_SEGMENT}/\\d+/$`), '');

/** Every path of a locale but the default's starts with its prefix: /zh/articles/…/. */
const at = (locale: Locale, path: string) => `${LOCALE_PREFIX[locale]}${path}`;
const paged = (locale: Locale, base: string, page: number) =>
  at(locale, page > 1 ? `${base}${pageParam(page)}/` : base);

export const homeUrl = (locale: Locale = 'en') => at(locale, '/');
export const archiveUrl = (page = 1, locale: Locale = 'en') => paged(locale, '/articles/', page);
export const articleUrl = (slug: string, locale: Locale = 'en') => at(locale, `/articles/${slug}/`);
export const seriesIndexUrl = (locale: Locale = 'en') => at(locale, '/series/');
export const seriesUrl = (id: string, locale: Locale = 'en') => at(locale, `/series/${id}/`);
export const topicsUrl = (locale: Locale = 'en') => at(locale, '/topics/');
export const topicUrl = (id: string, page = 1, locale: Locale = 'en') =>
  paged(locale, `/topics/${id}/`, page);
export const authorUrl = (id: string, page = 1, locale: Locale = 'en') =>
  paged(locale, `/authors/${id}/`, page);
export const searchUrl = (locale: Locale = 'en') => at(locale, '/search/');
export const feedUrl = (locale: Locale = 'en') => at(locale, '/rss.xml');
export const sitemapUrl = () => '/sitemap-index.xml';
export const faviconUrl = () => '/favicon.svg';
/** Where Astro puts its hashed assets (build.assets, left at its default). */
export const assetsUrl = () => '/_astro/';
/** Where Pagefind writes its bundle (dist/pagefind/) and the browser loads it from. */
export const searchBundleUrl = () => '/pagefind/';

/** The locale of a site path, and the path without its locale prefix. */
function splitLocale(path: string): { locale: Locale; bare: string } {
  for (const locale of Object.keys(LOCALE_PREFIX) as Locale[]) {
    const prefix = LOCALE_PREFIX[locale];
    if (prefix && path.startsWith(`${prefix}/`)) return { locale, bare: path.slice(prefix.length) };
  }
  return { locale: 'en', bare: path };
}

/** The same page in another language: every page has its counterpart at the same bare path. */
export const localizedPath = (path: string, to: Locale) => at(to, splitLocale(path).bare);

/**
 * The "not found" page a host serves for a missing path of a language: /404.html, /zh/404.html
 * (Cloudflare Pages serves the nearest 404.html; Netlify needs the rule in _redirects).
 */
export const notFoundFile = (locale: Locale = 'en') => at(locale, '/404.html');
/** Where Astro writes a non-default language's 404 page, which the build copies to notFoundFile. */
export const notFoundPage = (locale: Locale) => at(locale, '/404/');

/** Pages that list every article, and so change whenever any article does. */
export const listingUrls = (locale: Locale = 'en') => [
  homeUrl(locale),
  archiveUrl(1, locale),
  seriesIndexUrl(locale),
  topicsUrl(locale),
  searchUrl(locale),
];

// Social cards: /og/site.png, /og/articles/<slug>.png, /og/series/<id>.png.

/** What a social card stands for: the site, an article or a series. */
export type CardSubject = ({ kind: 'site' } | { kind: 'articles' | 'series'; id: string }) & {
  locale?: Locale;
};

const CARD_PREFIX = '/og/';

/** The `[...path]` parameter of the card route for a subject: "site", "articles/<slug>". */
export function socialCardParam(subject: CardSubject): string {
  const prefix = LOCALE_PREFIX[subject.locale ?? 'en'].slice(1);
  const name = subject.kind === 'site' ? 'site' : `${subject.kind}/${subject.id}`;
  return prefix ? `${prefix}/${name}` : name;
}

export const socialCardUrl = (subject: CardSubject) => socialCardFile(socialCardParam(subject));

/** A card's file from its route parameter: "articles/x" → /og/articles/x.png. */
export const socialCardFile = (param: string) => `${CARD_PREFIX}${param}.png`;

/**
 * The build's list of every card (route parameter and text), written by the cards.json route
 * for the social-cards integration, which writes the cards and removes the list.
 */
export const socialCardList = () => `${CARD_PREFIX}cards.json`;

/** The card of a page path (/articles/x/ → /og/articles/x.png); undefined for other pages. */
export function socialCardOfPage(path: string): string | undefined {
  const { locale, bare } = splitLocale(path);
  const match = /^\/(articles|series)\/([^/]+)\/$/.exec(bare);
  if (!match) return undefined;
  return socialCardUrl({ kind: match[1] as 'articles' | 'series', id: match[2]!, locale });
}

/** The absolute URL of a site path, for feeds, canonical links and structured data. */
export const absoluteUrl = (path: string, site: URL | string) => new URL(path, site).href;
