import { t, type Locale } from '../site/i18n.ts';
import { archiveUrl, homeUrl, searchUrl } from '../site/routes.ts';
import { alternates, type PageHead } from './head.ts';

/** The pages with no content of their own: search and "not found". */

export function searchPage(locale: Locale): { head: PageHead; title: string; lede: string } {
  const text = t(locale).search;
  return {
    head: {
      locale,
      title: text.title,
      description: text.description,
      alternates: alternates({ locale }, searchUrl(locale)),
    },
    title: text.title,
    lede: text.lede,
  };
}

export function notFoundPage(locale: Locale) {
  const text = t(locale);
  const head: PageHead = {
    locale,
    title: text.notFound.title,
    noindex: true,
    alternates: alternates({ locale }, homeUrl(locale)),
  };
  return {
    head,
    ...text.notFound,
    links: [
      { url: homeUrl(locale), label: text.chrome.home },
      { url: archiveUrl(1, locale), label: text.chrome.allArticles },
      { url: searchUrl(locale), label: text.chrome.search },
    ],
  };
}
