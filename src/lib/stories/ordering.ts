import type { ArticleMeta } from './types.ts';

type Dated = Pick<ArticleMeta, 'pubDate' | 'slug'>;

/** Newest first; ties broken by slug so the order never depends on file-system order. */
export function byNewest<T extends Dated>(a: T, b: T): number {
  return b.pubDate.getTime() - a.pubDate.getTime() || a.slug.localeCompare(b.slug);
}

export function published<T extends Pick<ArticleMeta, 'draft'>>(articles: readonly T[]): T[] {
  return articles.filter((article) => !article.draft);
}

export interface YearGroup<T> {
  year: number;
  articles: T[];
}

/** Articles grouped by year of publication, newest year first and newest first within a year. */
export function groupByYear<T extends Dated>(articles: readonly T[]): YearGroup<T>[] {
  const groups = new Map<number, T[]>();
  for (const article of [...articles].sort(byNewest)) {
    const year = article.pubDate.getUTCFullYear();
    groups.set(year, [...(groups.get(year) ?? []), article]);
  }
  return [...groups].map(([year, items]) => ({ year, articles: items }));
}

/** Words in a Markdown body: front matter, code, URLs and markup don't count; each Han character does. */
export function wordCount(markdown: string): number {
  const text = markdown
    .replace(/^---[\s\S]*?\n---/, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/https?:\/\/\S+/g, ' ');
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.replace(/\p{Script=Han}/gu, ' ').match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu);
  return han + (words?.length ?? 0);
}

/** Minutes to read at 230 words a minute, never less than one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}

/** The first paragraph of a Markdown body as plain text, cut at a word boundary. */
export function leadParagraph(markdown: string, maxWords = 55): string {
  const paragraph =
    markdown
      .replace(/^---[\s\S]*?\n---/, '')
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .find((p) => p && !/^(#|\||>|[-*+] |\d+\. |!\[|<|```|\[\^)/.test(p)) ?? '';
  const text = paragraph
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_~`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const words = text.split(' ');
  return words.length <= maxWords ? text : `${words.slice(0, maxWords).join(' ')}…`;
}

/** Each list of articles sorted newest first once, however many pages ask (see keepReading). */
const newestFirst = new WeakMap<readonly Dated[], readonly Dated[]>();

/**
 * Other stories for the "Keep reading" teasers: newest first, skipping the article and `exclude`.
 * The list is sorted once and then only its head is read, so a build calling this for each of
 * its N articles with the same list does O(N log N) work, not O(N² log N).
 */
export function keepReading<T extends Dated>(
  article: T,
  articles: readonly T[],
  exclude: readonly string[],
  limit = 3,
): T[] {
  let sorted = newestFirst.get(articles) as readonly T[] | undefined;
  if (!sorted) newestFirst.set(articles, (sorted = [...articles].sort(byNewest)));
  const skip = new Set([article.slug, ...exclude]);
  const picked: T[] = [];
  for (const a of sorted) {
    if (picked.length >= limit) break;
    if (!skip.has(a.slug)) picked.push(a);
  }
  return picked;
}
