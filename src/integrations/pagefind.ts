import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

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
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          ensure('start', errors);
          if (!index) throw new Error('Pagefind returned no index');
          const added = await index.addDirectory({ path: outDir });
          ensure('index the site', added.errors);
          if (added.page_count === 0) throw new Error('Pagefind indexed no pages');
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          ensure('write the index', written.errors);
          logger.info(
            `indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
