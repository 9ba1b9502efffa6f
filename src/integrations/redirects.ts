import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { articleFiles, articleSlug } from '../lib/content/article-files.ts';
import { ContentError } from '../lib/content/problems.ts';
import { readRedirects, redirectsFile, shadowedPages } from '../lib/content/redirects.ts';
import { astroRedirects, netlifyRedirects, validRefresh } from '../lib/build/redirect-outputs.ts';
import { ALL_LOCALES } from '../lib/site/i18n.ts';
import { articleUrl, notFoundFile, notFoundPage, socialCardOfPage } from '../lib/site/routes.ts';

/**
 * Moved pages, served three ways from content/redirects.yaml: Astro's `redirects` (a stub page
 * with a canonical link and noindex), dist/_redirects (real 301s on Netlify and Cloudflare Pages),
 * and, in the tests, nginx; and each language's 404 page. The build fails if an old path is still
 * an article or a new one is
 * not a page the build made. A moved article's social card is copied to its old address too, so
 * links shared before the move keep their picture on any static host.
 */
export function movedPages(contentDir: string): AstroIntegration {
  const file = redirectsFile(contentDir);
  const list = readRedirects(contentDir);
  return {
    name: 'second-act-redirects',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        const articlePaths = new Set(
          articleFiles(contentDir).map((f) => articleUrl(articleSlug(f))),
        );
        const problems = shadowedPages(list, articlePaths, file);
        if (problems.length > 0) throw new ContentError(problems);
        updateConfig({ redirects: astroRedirects(list) });
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const missing = list.filter((r) => !existsSync(join(outDir, r.to, 'index.html')));
        if (missing.length > 0) {
          throw new ContentError(
            missing.map((r) => ({
              file,
              field: 'to',
              message: `${r.to} (for ${r.from}) is not a page of the site`,
            })),
          );
        }
        for (const { from, to } of list) {
          const stub = join(outDir, from, 'index.html');
          if (existsSync(stub)) writeFileSync(stub, validRefresh(readFileSync(stub, 'utf8')));
          const [fromCard, toCard] = [socialCardOfPage(from), socialCardOfPage(to)];
          if (fromCard && toCard && existsSync(join(outDir, toCard))) {
            copyFileSync(join(outDir, toCard), join(outDir, fromCard));
          }
        }
        // Each other language's 404 page also as <prefix>/404.html, where hosts look for it.
        const notFound = ALL_LOCALES.filter((l) => l !== 'en').flatMap((locale) => {
          const page = join(outDir, notFoundPage(locale), 'index.html');
          if (!existsSync(page)) return [];
          copyFileSync(page, join(outDir, notFoundFile(locale)));
          return [notFoundFile(locale)];
        });
        writeFileSync(join(outDir, '_redirects'), netlifyRedirects(list, notFound));
        logger.info(`${list.length} moved pages: stubs, _redirects and social cards written`);
      },
    },
  };
}
