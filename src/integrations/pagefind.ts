import { createReadStream, existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { searchBundleUrl } from '../lib/site/routes.ts';

/** Fails the build with Pagefind's own messages: a site with a silently missing index never ships. */
function ensure(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new Error(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
  }
}

/**
 * Builds the search index over the finished site with Pagefind's Node API, after every build.
 * Only what pages mark with data-pagefind-body is indexed, so site chrome stays out of results.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'second-act-pagefind',
    hooks: {
      // `astro dev` renders pages on request, so there is no site to index: serve the last
      // build's index instead, and say how to get one if there is none.
      'astro:server:setup': ({ server, logger }) => {
        const outDir = fileURLToPath(
          new URL(`./dist${searchBundleUrl()}`, `file://${process.cwd()}/`),
        );
        if (!existsSync(outDir)) {
          logger.warn('No search index yet: run `npm run build` once for search to work in dev.');
        }
        server.middlewares.use(searchBundleUrl(), (req, res, next) => {
          const file = join(
            outDir,
            decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname),
          );
          if (!file.startsWith(outDir) || !existsSync(file) || !statSync(file).isFile())
            return next();
          const type = file.endsWith('.js')
            ? 'text/javascript'
            : file.endsWith('.css')
              ? 'text/css'
              : 'application/octet-stream';
          res.setHeader('content-type', type);
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          // One index per language, by each page's <html lang>: English and Simplified Chinese.
          const { index, errors } = await pagefind.createIndex();
          ensure('start', errors);
          if (!index) throw new Error('Pagefind returned no index');
          const added = await index.addDirectory({ path: outDir });
          ensure('index the site', added.errors);
          const written = await index.writeFiles({ outputPath: join(outDir, searchBundleUrl()) });
          ensure('write the index', written.errors);
          const entry = JSON.parse(
            await readFile(join(outDir, searchBundleUrl(), 'pagefind-entry.json'), 'utf8'),
          );
          const indexed = Object.values(
            entry.languages as Record<string, { page_count: number }>,
          ).reduce((sum, language) => sum + language.page_count, 0);
          if (indexed === 0)
            throw new Error('Pagefind indexed no pages: is data-pagefind-body missing?');
          logger.info(
            `indexed ${indexed} of ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
