import { globSync } from 'node:fs';
import { join } from 'node:path';

/** Where articles live and what their files are called: the glob, the slugs, the file list. */

/** The files the articles loader reads: Markdown and MDX, without `_` work in progress. */
export const ARTICLE_PATTERN = ['**/*.{md,mdx}', '!**/*.zh.{md,mdx}', '!**/_*', '!**/_*/**'];
/** Chinese translations, beside their originals: `<slug>/index.zh.md`. */
export const TRANSLATION_PATTERN = ['**/*.zh.{md,mdx}', '!**/_*', '!**/_*/**'];
const TRANSLATION = /\.zh\.mdx?$/;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The slug of an article file: its folder's name for a page bundle (`foo/index.md`), else its
 * file name (`foo.md`). Folders above that only organise files (`2026/foo/index.md` is `foo`).
 */
export function articleSlug(relativePath: string): string {
  const parts = relativePath.replace(/\\/g, '/').replace(/\.zh(\.mdx?)$/, '$1').split('/');
  const name = (parts.pop() ?? '').replace(/\.(md|mdx)$/i, '');
  return name === 'index' ? (parts.pop() ?? name) : name;
}

export function isValidSlug(slug: string): boolean {
  return SLUG.test(slug);
}

/** The article folder of a content directory. */
export const articlesDir = (contentDir: string) => join(contentDir, 'articles');

/**
 * The article files of a content directory, relative to its articles folder, as the loader sees
 * them: for integrations and tests that read content before (or without) Astro.
 */
export function articleFiles(contentDir: string): string[] {
  return globSync(ARTICLE_PATTERN[0]!, { cwd: articlesDir(contentDir) }).filter(
    (file) => !TRANSLATION.test(file) && !file.split(/[\\/]/).some((part) => part.startsWith('_')),
  );
}
