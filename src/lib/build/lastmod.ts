import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleFiles, articleSlug, articlesDir } from '../content/article-files.ts';
import { readFrontmatter } from '../content/frontmatter.ts';
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
 * series, topic or author page's newest article; the listing pages' newest of all. Read from the
 * files, because the sitemap is configured before Astro loads content; drafts are skipped.
 */
export function lastModified(contentDir: string): Map<string, string> {
  const dates = new Map<string, string>();
  const bump = (path: string, date: string) => {
    if (date > (dates.get(path) ?? '')) dates.set(path, date);
  };
  for (const file of articleFiles(contentDir)) {
    const data = readFrontmatter(readFileSync(join(articlesDir(contentDir), file), 'utf8'));
    if (!data || data.draft === true) continue;
    const date = String(data.updatedDate ?? data.pubDate ?? '');
    const topics = Array.isArray(data.topics) ? data.topics.map(String) : [];
    const paths = [
      articleUrl(articleSlug(file)),
      ...listingUrls(),
      ...(data.series ? [seriesUrl(String(data.series))] : []),
      ...(data.author ? [authorUrl(String(data.author))] : []),
      ...topics.map((topic) => topicUrl(topic)),
    ];
    for (const path of paths) bump(path, date);
  }
  return dates;
}

/** A page's day in the sitemap; a list's later pages change when its first page does. */
export const lastModifiedOf = (dates: ReadonlyMap<string, string>, path: string) =>
  dates.get(path) ?? dates.get(firstPageOf(path));
