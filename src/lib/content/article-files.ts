import { globSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The article files below `contentDir/articles`, relative to it, as the articles loader sees them:
 * Markdown and MDX, without work in progress (files and folders starting with `_`). For
 * integrations that must read content before Astro loads it.
 */
export function articleFiles(contentDir: string): string[] {
  return globSync('**/*.{md,mdx}', { cwd: join(contentDir, 'articles') }).filter(
    (file) => !file.split('/').some((part) => part.startsWith('_')),
  );
}
