/**
 * Every internal path of the site, built here and nowhere else: pages, feeds, search, social
 * cards. Components, view-models, integrations and tests ask this module; no other file under
 * src/ types a path out.
 */

/**
 * Later pages of a list live under page/N/; the first keeps the list's own URL. An article slug may
 * not be "page" (content checks), so an archive page never takes an article's address.
 */
export const PAGE_SEGMENT = 'page';
/** The `[...page]` parameter of a list's route: none for page 1, "page/2" for page 2. */
export const pageParam = (page: number) => (page > 1 ? `${PAGE_SEGMENT}/${page}` : undefined);
/** The first page of the list a page belongs to: /topics/x/page/3/ → /topics/x/. */
export const firstPageOf = (path: string) => path.replace(new RegExp(`${PAGE_SEGMENT}/\\d+/$`), '');
const paged = (base: string, page: number) =>
  `${base}${pageParam(page) ?? ''}${page > 1 ? '/' : ''}`;

export const homeUrl = () => '/';
export const archiveUrl = (page = 1) => paged('/articles/', page);
export const articleUrl = (slug: string) => `/articles/${slug}/`;
export const seriesIndexUrl = () => '/series/';
export const seriesUrl = (id: string) => `/series/${id}/`;
export const topicsUrl = () => '/topics/';
export const topicUrl = (id: string, page = 1) => paged(`/topics/${id}/`, page);
export const authorUrl = (id: string, page = 1) => paged(`/authors/${id}/`, page);
export const searchUrl = () => '/search/';
export const feedUrl = () => '/rss.xml';
export const sitemapUrl = () => '/sitemap-index.xml';
export const faviconUrl = () => '/favicon.svg';
/** Where Astro puts its hashed assets (build.assets, left at its default). */
export const assetsUrl = () => '/_astro/';
/** Where Pagefind writes its bundle (dist/pagefind/) and the browser loads it from. */
export const searchBundleUrl = () => '/pagefind/';

/** Pages that list every article, and so change whenever any article does. */
export const listingUrls = () => [
  homeUrl(),
  archiveUrl(),
  seriesIndexUrl(),
  topicsUrl(),
  searchUrl(),
];

// Social cards: /og/site.png, /og/articles/<slug>.png, /og/series/<id>.png.

/** What a social card stands for: the site, an article or a series. */
export type CardSubject = { kind: 'site' } | { kind: 'articles' | 'series'; id: string };

const CARD_PREFIX = '/og/';

/** The `[...path]` parameter of the card route for a subject: "site", "articles/<slug>". */
export function socialCardParam(subject: CardSubject): string {
  return subject.kind === 'site' ? 'site' : `${subject.kind}/${subject.id}`;
}

export const socialCardUrl = (subject: CardSubject) =>
  `${CARD_PREFIX}${socialCardParam(subject)}.png`;

/** The card of a page path (/articles/x/ → /og/articles/x.png); undefined for other pages. */
export function socialCardOfPage(path: string): string | undefined {
  const match = /^\/(articles|series)\/([^/]+)\/$/.exec(path);
  return match
    ? socialCardUrl({ kind: match[1] as 'articles' | 'series', id: match[2]! })
    : undefined;
}

/** The absolute URL of a site path, for feeds, canonical links and structured data. */
export const absoluteUrl = (path: string, site: URL | string) => new URL(path, site).href;
