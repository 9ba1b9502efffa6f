import type { RSSFeedItem } from '@astrojs/rss';
import sanitizeHtml from 'sanitize-html';
import type { Article, Catalog } from '../content/catalog.ts';
import { absoluteUrl, articleUrl } from '../site/routes.ts';
import { LOCALES, t } from '../site/i18n.ts';

/** How many of the newest articles the feed carries: a full feed that stays small at any size. */
export const FEED_ITEMS = 50;

/**
 * An article's body for a feed reader: the HTML Astro rendered, with every link and image made
 * absolute (a reader shows it away from our site), and nothing but plain markup: no scripts,
 * styles, event handlers or the decorative heading anchors.
 */
export function feedHtml(html: string, site: URL | string): string {
  const absolute = (url: string) => (url.startsWith('/') ? absoluteUrl(url, site) : url);
  // The heading anchors are links to the page itself: nothing for a feed reader.
  const withoutAnchors = html.replace(/<a class="heading-anchor"[^>]*>[\s\S]*?<\/a>/g, '');
  return sanitizeHtml(withoutAnchors, {
    allowedTags: [
      ...sanitizeHtml.defaults.allowedTags,
      'img',
      'figure',
      'figcaption',
      'del',
      'sup',
      'sub',
    ],
    allowedAttributes: {
      a: ['href', 'id'],
      img: ['src', 'alt', 'width', 'height'],
      '*': ['id'],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    transformTags: {
      a: (tagName, attribs) => ({
        tagName,
        attribs: { ...attribs, ...(attribs.href && { href: absolute(attribs.href) }) },
      }),
      img: (tagName, attribs) => ({
        tagName,
        attribs: { ...attribs, ...(attribs.src && { src: absolute(attribs.src) }) },
      }),
    },
  });
}

/** An article's feed item: its dek as the description and its whole text as content:encoded. */
function feedItem(catalog: Catalog, article: Article, site: URL | string): RSSFeedItem {
  const html = article.entry.rendered?.html;
  return {
    title: article.title,
    link: articleUrl(article.slug, catalog.locale),
    pubDate: article.pubDate,
    description: article.description,
    ...(html ? { content: feedHtml(html, site) } : {}),
    categories: article.topics.map((id) => catalog.topics.get(id)?.title ?? id),
  };
}

/** The RSS feed's items: the newest FEED_ITEMS articles, newest first, with their full text. */
export function feedItems(catalog: Catalog, site: URL | string): RSSFeedItem[] {
  return catalog.articles.slice(0, FEED_ITEMS).map((article) => feedItem(catalog, article, site));
}

/** The whole feed of the catalog's language, as @astrojs/rss takes it. */
export const feedOptions = (catalog: Catalog, site: URL | string) => ({
  title: t(catalog.locale).site.name,
  description: t(catalog.locale).site.description,
  site,
  trailingSlash: true,
  items: feedItems(catalog, site),
  customData: `<language>${LOCALES[catalog.locale].lang}</language>`,
});
