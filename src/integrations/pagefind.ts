import { createReadStream, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { searchBundleUrl } from '../lib/site/routes.ts';

/**
 * Search in `astro dev`: serves the last build's index. The build's index is written by
 * src/lib/build/search-index.ts, which `npm run build` runs after `astro build`.
 */
export function pagefindDevServer(): AstroIntegration {
  return {
    name: 'second-act-pagefind-dev',
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
    },
  };
}
