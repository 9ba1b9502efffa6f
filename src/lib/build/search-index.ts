/**
 * `node src/lib/build/search-index.ts [outDir]`: builds the search index over a finished site with
 * Pagefind's Node API, into <outDir>/pagefind/. `npm run build` runs it after `astro build`.
 *
 * Why a step of its own and not an `astro:build:done` hook: Pagefind's indexer is a process that,
 * at 10,000 articles, peaks at 4.7 GB. Run from a hook, it would run while Astro's process still
 * holds its 3 GB, so the build would need both at once; after Astro has exited, it needs the larger.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { searchBundleUrl } from '../site/routes.ts';

/** Fails with Pagefind's own messages: a site with a silently missing index never ships. */
function ensure(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new Error(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
  }
}

/**
 * Indexes every page of `outDir` that marks its text with data-pagefind-body (site chrome stays
 * out of results), one index per language by each page's <html lang>. Returns the pages indexed.
 */
export async function indexSite(outDir: string): Promise<{ indexed: number; pages: number }> {
  if (!existsSync(join(outDir, 'index.html'))) {
    throw new Error(`no built site in ${outDir}: run \`astro build\` first`);
  }
  try {
    const { index, errors } = await pagefind.createIndex();
    ensure('start', errors);
    if (!index) throw new Error('Pagefind returned no index');
    const added = await index.addDirectory({ path: outDir });
    ensure('index the site', added.errors);
    const bundle = join(outDir, searchBundleUrl());
    const written = await index.writeFiles({ outputPath: bundle });
    ensure('write the index', written.errors);
    const entry = JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8'));
    const indexed = Object.values(entry.languages as Record<string, { page_count: number }>).reduce(
      (sum, language) => sum + language.page_count,
      0,
    );
    if (indexed === 0) throw new Error('Pagefind indexed no pages: is data-pagefind-body missing?');
    return { indexed, pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

if (import.meta.main) {
  const outDir = resolve(process.argv[2] ?? process.env.OUT_DIR ?? 'dist');
  const started = performance.now();
  try {
    const { indexed, pages } = await indexSite(outDir);
    const ms = Math.round(performance.now() - started);
    console.log(`[search-index] indexed ${indexed} of ${pages} pages in ${outDir} in ${ms} ms`);
  } catch (error) {
    console.error(`[search-index] ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
