import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleFiles, articleSlug, articlesDir } from '../content/article-files.ts';
import { readFrontmatter } from '../content/frontmatter.ts';
import type { Locale } from '../site/i18n.ts';
import {
  articleUrl,
  authorUrl,
  firstPageOf,
  listingUrls,
  seriesUrl,
  topicUrl,
} from '../site/routes.ts';

/**
 * Last-modified day of every page, for the sitemap: an article's updated or published date; a
 * series, topic or author page's newest article; the listing pages' newest of all; in each
 * language, from the original or its translation. Read from the files, because the sitemap is
 * configured before Astro loads content; drafts are skipped.
 */
export function lastModified(contentDir: string): Map<string, string> {
  const dates = new Map<string, string>();
  const bump = (path: string, date: string) => {
    if (date > (dates.get(path) ?? '')) dates.set(path, date);
  };
  const read = (file: string) =>
    existsSync(file) ? readFrontmatter(readFileSync(file, 'utf8')) : undefined;
  for (const file of articleFiles(contentDir)) {
    const path = join(articlesDir(contentDir), file);
    const data = read(path);
    if (!data || data.draft === true) continue;
    const translation = read(path.replace(/\.(mdx?)$/, '.zh.$1'));
    const editions: [Locale, Record<string, unknown> | undefined][] = [
      ['en', data],
      ['zh', translation],
    ];
    for (const [locale, edition] of editions) {
      if (!edition) continue;
      const date = String(edition.updatedDate ?? edition.pubDate ?? '');
      const topics = Array.isArray(data.topics) ? data.topics.map(String) : [];
      const paths = [
        articleUrl(articleSlug(file), locale),
        ...listingUrls(locale),
        ...(data.series ? [seriesUrl(String(data.series), locale)] : []),
        ...(data.author ? [authorUrl(String(data.author), 1, locale)] : []),
        ...topics.map((topic) => topicUrl(topic, 1, locale)),
      ];
      for (const page of paths) bump(page, date);
    }
  }
  return dates;
}

/** A page's day in the sitemap; a list's later pages change when its first page does. */
export const lastModifiedOf = (dates: ReadonlyMap<string, string>, path: string) =>
  dates.get(path) ?? dates.get(firstPageOf(path));
