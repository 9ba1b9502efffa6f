import { SITE } from '../site/config.ts';
import { socialCardUrl } from '../site/routes.ts';

/** What a page puts in its <head> besides the shell: BaseLayout's props, made by each view-model. */
export interface PageHead {
  title: string;
  description?: string;
  /** Site path of the social card; the site-wide card by default. */
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
}

/** The site's own card and its alt text, for pages without one of their own. */
export const siteCard = () => ({
  image: socialCardUrl({ kind: 'site' }),
  imageAlt: `${SITE.name}: ${SITE.tagline}`,
});

/** "Title · Second Act", or the site name alone on the front page. */
export const documentTitle = (title: string) =>
  title === SITE.name ? title : `${title} · ${SITE.name}`;
