import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { frontmatterText } from '../content/frontmatter.ts';
import { articleSlug } from '../content/slugs.ts';
import { articleFiles } from '../content/article-files.ts';

interface Dated {
  slug: string;
  date: string;
  series?: string;
  topics: string[];
  author?: string;
}

/**
 * Last-modified day of every page, for the sitemap: an article's updated or published date; a
 * series, topic or author page's newest article; the home and index pages' newest of all.
 * Read from the files (the sitemap is configured before Astro loads content); drafts are skipped.
 */
export function lastModified(contentDir: string): Map<string, string> {
  const dir = join(contentDir, 'articles');
  const articles: Dated[] = [];
  for (const file of articleFiles(contentDir)) {
    const data = parse(frontmatterText(readFileSync(join(dir, file), 'utf8')) ?? '', {
      schema: 'core',
    }) as Record<string, unknown> | null;
    if (!data || data.draft === true) continue;
    articles.push({
      slug: articleSlug(file),
      date: String(data.updatedDate ?? data.pubDate ?? ''),
      series: data.series ? String(data.series) : undefined,
      topics: Array.isArray(data.topics) ? data.topics.map(String) : [],
      author: data.author ? String(data.author) : undefined,
    });
  }
  const dates = new Map<string, string>();
  const bump = (path: string, date: string) => {
    if (date > (dates.get(path) ?? '')) dates.set(path, date);
  };
  for (const a of articles) {
    bump(`/articles/${a.slug}/`, a.date);
    for (const path of ['/', '/articles/', '/series/', '/topics/', '/search/']) bump(path, a.date);
    if (a.series) bump(`/series/${a.series}/`, a.date);
    if (a.author) bump(`/authors/${a.author}/`, a.date);
    for (const topic of a.topics) bump(`/topics/${topic}/`, a.date);
  }
  return dates;
}
