import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { articleFiles, articleSlug, articlesDir } from '../../src/lib/content/article-files.ts';
import { markdownBody, readFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { readRedirects } from '../../src/lib/content/redirects.ts';

export const root = new URL('../..', import.meta.url).pathname;
export const dist = join(root, process.env.OUT_DIR ?? 'dist');
export const contentDir = join(root, process.env.CONTENT_DIR ?? 'content');

/** Every URL the first edition published, listed before any page moved: each must keep answering. */
export const firstEditionUrls = readFileSync(
  join(root, 'tests/build/first-edition-urls.txt'),
  'utf8',
)
  .split('\n')
  .filter((line) => line.startsWith('/'));

/** Every file below a folder, as paths relative to it. */
export function walk(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name), base) : [relative(base, join(dir, e.name))],
  );
}

export interface SourceArticle {
  slug: string;
  file: string;
  body: string;
  data: {
    title: string;
    description: string;
    /** As written: YYYY-MM-DD (the front-matter reader keeps dates as strings). */
    pubDate: string;
    series?: string;
    part?: number;
    draft?: boolean;
    hero?: { alt?: string };
    sources?: { url?: string; title?: string; publisher?: string }[];
    topics?: string[];
  };
}

/** The articles as written in content/, read independently of Astro (with its front-matter reader). */
export function sourceArticles(): SourceArticle[] {
  return articleFiles(contentDir).map((f) => {
    const text = readFileSync(join(articlesDir(contentDir), f), 'utf8');
    return {
      slug: articleSlug(f),
      file: f,
      body: markdownBody(text),
      data: (readFrontmatter(text) ?? {}) as unknown as SourceArticle['data'],
    };
  });
}

export const publishedArticles = () => sourceArticles().filter((a) => !a.data.draft);

/** The built page for a URL path such as /articles/x/. */
export function page(urlPath: string): HTMLElement {
  const file = join(dist, urlPath, urlPath.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file)) throw new Error(`no built page for ${urlPath} (${file})`);
  return parseHtml(readFileSync(file, 'utf8'));
}

/** Whether an internal URL path resolves to a file in dist/. */
export function resolves(urlPath: string): boolean {
  const path = decodeURI(urlPath.split('#')[0]!.split('?')[0]!);
  const file = join(dist, path);
  return path.endsWith('/') ? existsSync(join(file, 'index.html')) : existsSync(file);
}

/** The redirect stubs Astro writes for moved pages (content/redirects.yaml), as dist/ files. */
export const redirectStubs = () =>
  new Set(readRedirects(contentDir).map((r) => join(r.from.slice(1), 'index.html')));

/** The site's own HTML pages: every .html file in dist/ but the redirect stubs of moved pages. */
export function htmlPages(): string[] {
  const stubs = redirectStubs();
  return walk(dist).filter((f) => f.endsWith('.html') && !stubs.has(f));
}

const xml = new XMLParser();
const asList = <T>(x: T | T[] | undefined): T[] =>
  x === undefined ? [] : Array.isArray(x) ? x : [x];
const readDist = (path: string) => readFileSync(join(dist, path), 'utf8');

export interface SitemapUrl {
  loc: string;
  lastmod?: string;
}

/** Every URL of the built sitemap, read through its index. */
export function sitemapUrls(): SitemapUrl[] {
  const index = xml.parse(readDist('sitemap-index.xml'));
  return asList<{ loc: string }>(index.sitemapindex.sitemap).flatMap((s) =>
    asList<SitemapUrl>(xml.parse(readDist(new URL(s.loc).pathname)).urlset.url),
  );
}

export interface FeedItem {
  title: string;
  link: string;
  pubDate: string;
  categories: string[];
  /** The whole text, from content:encoded. */
  content: string;
}

/** The items of the built RSS feed. */
export function feedItems(): FeedItem[] {
  return asList<{
    title: string;
    link: string;
    pubDate: string;
    category?: string | string[];
    'content:encoded'?: string;
  }>(xml.parse(readDist('rss.xml')).rss.channel.item).map(
    ({ category, 'content:encoded': content, ...item }) => ({
      ...item,
      categories: asList(category),
      content: content ?? '',
    }),
  );
}
