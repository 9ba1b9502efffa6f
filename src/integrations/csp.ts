import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, missingHashes, pruneCsp } from '../lib/build/csp.ts';

const PAGES_AT_ONCE = 16;

/**
 * After the build, trims each page's Content-Security-Policy to the hashes that page needs
 * (see src/lib/build/csp.ts), fails the build if any inline script or style would be blocked,
 * and writes dist/_headers from the same directives.
 */
export function cspPerPage(): AstroIntegration {
  return {
    name: 'second-act-csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
        const broken: string[] = [];
        let saved = 0;
        // A few pages at a time: reading and writing overlap with the hashing of the next.
        const trim = async (file: string) => {
          const path = join(root, file);
          const html = await readFile(path, 'utf8');
          const pruned = pruneCsp(html);
          saved += html.length - pruned.length;
          const missing = missingHashes(pruned);
          if (missing.length > 0) broken.push(`${file}: no hash for ${missing.join(', ')}`);
          if (pruned !== html) await writeFile(path, pruned);
        };
        for (let start = 0; start < files.length; start += PAGES_AT_ONCE) {
          await Promise.all(files.slice(start, start + PAGES_AT_ONCE).map(trim));
        }
        if (broken.length > 0) {
          throw new Error(
            `Content-Security-Policy would block inline code:\n  ${broken.join('\n  ')}`,
          );
        }
        await writeFile(join(root, '_headers'), headersFile());
        logger.info(`trimmed CSP hashes in ${files.length} pages (${saved} bytes)`);
      },
    },
  };
}
