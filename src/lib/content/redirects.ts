import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readYaml } from './frontmatter.ts';
import { ContentError, type ContentProblem } from './problems.ts';

/**
 * Moved pages, from one list (content/redirects.yaml): a published URL keeps answering forever.
 * The same list feeds Astro's `redirects`, `_redirects` and the tests' nginx configuration
 * (src/lib/build/redirect-outputs.ts).
 */

export interface Redirect {
  /** The old site path, e.g. /articles/xiaomi-story-5-ipo-and-slump/ (a first-edition URL) */
  from: string;
  /** Where it lives now: a page the build makes. */
  to: string;
}

/** A site path as we publish them: absolute, lower-case words, a trailing slash. */
const PAGE_PATH = /^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*$/;

/**
 * Reads and checks the list. Problems name the file and the entry's field; a chain (a → b → c)
 * is followed to its end, so every old URL answers with one hop.
 */
export function parseRedirects(text: string, file: string): Redirect[] {
  const problems: ContentProblem[] = [];
  let data: unknown;
  try {
    data = readYaml(text) ?? [];
  } catch (error) {
    throw new ContentError([
      { file, field: '(file)', message: `not valid YAML: ${(error as Error).message}` },
    ]);
  }
  if (!Array.isArray(data)) {
    throw new ContentError([
      { file, field: '(file)', message: 'must be a list of { from, to } entries' },
    ]);
  }
  const list: Redirect[] = [];
  const seen = new Set<string>();
  data.forEach((entry: unknown, index) => {
    const at = (field: string) => `[${index}].${field}`;
    const record = entry && typeof entry === 'object' ? (entry as Record<string, unknown>) : {};
    const unknown = Object.keys(record).filter((key) => !['from', 'to', 'since'].includes(key));
    for (const key of unknown)
      problems.push({ file, field: at(key), message: 'unknown field (use from, to, since)' });
    const paths: Partial<Redirect> = {};
    for (const field of ['from', 'to'] as const) {
      const value = record[field];
      if (typeof value !== 'string' || !PAGE_PATH.test(value)) {
        problems.push({
          file,
          field: at(field),
          message: `${JSON.stringify(value ?? null)} is not a site path like /articles/some-slug/`,
        });
      } else paths[field] = value;
    }
    if (!paths.from || !paths.to) return;
    if (paths.from === paths.to) {
      problems.push({ file, field: at('to'), message: `${paths.from} redirects to itself` });
      return;
    }
    if (seen.has(paths.from)) {
      problems.push({ file, field: at('from'), message: `${paths.from} is listed twice` });
      return;
    }
    seen.add(paths.from);
    list.push({ from: paths.from, to: paths.to });
  });
  if (problems.length > 0) throw new ContentError(problems);
  return followChains(list, file);
}

/** Each old path pointed straight at its final page; a loop is an error. */
function followChains(list: readonly Redirect[], file: string): Redirect[] {
  const next = new Map(list.map((r) => [r.from, r.to]));
  return list.map(({ from }) => {
    const visited = [from];
    let to = next.get(from)!;
    while (next.has(to)) {
      if (visited.includes(to)) {
        throw new ContentError([
          { file, field: 'to', message: `redirect loop: ${[...visited, to].join(' → ')}` },
        ]);
      }
      visited.push(to);
      to = next.get(to)!;
    }
    return { from, to };
  });
}

/** Redirects whose old path is a page the site still makes would hide that page: an error. */
export function shadowedPages(
  list: readonly Redirect[],
  pages: ReadonlySet<string>,
  file: string,
): ContentProblem[] {
  return list
    .filter((r) => pages.has(r.from))
    .map((r) => ({
      file,
      field: 'from',
      message: `${r.from} is still a page of the site; remove the redirect or the page`,
    }));
}

/** Reads a content directory's list of moved pages; a missing file means nothing has moved. */
export function readRedirects(contentDir: string): Redirect[] {
  const file = redirectsFile(contentDir);
  return existsSync(file) ? parseRedirects(readFileSync(file, 'utf8'), file) : [];
}

export const redirectsFile = (contentDir: string) => join(contentDir, 'redirects.yaml');
