import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import {
  ARTICLE_PATTERN,
  articleSlug,
  isValidSlug,
  TRANSLATION_PATTERN,
} from './article-files.ts';
import { PAGE_SEGMENT } from '../site/routes.ts';
import { fileProblems } from './checks.ts';
import { ContentError, type ContentProblem } from './problems.ts';

/**
 * The glob loader for articles, plus the checks it leaves to us: one slug per file (Astro would
 * keep the last file and warn), URL-safe slugs, dates as written (YAML rolls 2021-13-45 over),
 * and hero images that exist (Astro's own error names neither article nor field).
 * Files and folders whose names start with `_` are drafts-in-progress and are not loaded.
 */
export function articlesLoader(base: string, kind: 'articles' | 'translations' = 'articles'): Loader {
  const fileBySlug = new Map<string, string>();
  const problems: ContentProblem[] = [];
  const inner = glob({
    base,
    pattern: kind === 'articles' ? ARTICLE_PATTERN : TRANSLATION_PATTERN,
    generateId: ({ entry }) => {
      const slug = articleSlug(entry);
      const file = join(base, entry);
      const previous = fileBySlug.get(slug);
      if (slug === PAGE_SEGMENT) {
        problems.push({
          file,
          field: 'slug',
          message: `"${slug}" is where the later pages of the archive live: rename the file or folder`,
        });
      } else if (!isValidSlug(slug)) {
        problems.push({
          file,
          field: 'slug',
          message: `"${slug}" is not a URL slug: name the file or folder in lower-case words joined by hyphens`,
        });
      }
      if (previous && previous !== file && existsSync(previous)) {
        // Thrown at once: Astro would otherwise stop at its own duplicate error, naming no file.
        throw new ContentError([
          ...problems,
          { file, field: 'slug', message: `"${slug}" is already the slug of ${previous}: rename one of them` },
        ]);
      }
      fileBySlug.set(slug, file);
      problems.push(
        ...fileProblems(file, readFileSync(file, 'utf8'), (path) =>
          existsSync(join(dirname(file), path)),
        ),
      );
      return slug;
    },
  });
  return {
    name: `second-act-${kind}`,
    load: async (context) => {
      problems.length = 0;
      await inner.load(context);
      if (problems.length > 0) throw new ContentError([...problems]);
    },
  };
}
