import { parse } from 'yaml';
import { ContentError, type ContentProblem } from './frontmatter.ts';

/**
 * Moved pages, from one list (content/redirects.yaml): a published URL keeps answering forever.
 * The same list feeds Astro's `redirects` (HTML stubs for any static host), `_redirects` (real
 * 301s on Netlify and Cloudflare Pages) and the nginx configuration the tests run.
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
    data = parse(text, { schema: 'core' }) ?? [];
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
export function followChains(list: readonly Redirect[], file: string): Redirect[] {
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

/** For Astro's `redirects` option: permanent, and stubs that name the new home. */
export function astroRedirects(
  list: readonly Redirect[],
): Record<string, { status: 301; destination: string }> {
  return Object.fromEntries(list.map((r) => [r.from, { status: 301 as const, destination: r.to }]));
}

/** An article's social card follows the article: /articles/x/ → /og/articles/x.png. */
export function socialCardPath(path: string): string | undefined {
  const match = /^\/(articles|series)\/([^/]+)\/$/.exec(path);
  return match ? `/og/${match[1]}/${match[2]}.png` : undefined;
}

/**
 * Every old URL a real server should answer with a 301: the page with and without its trailing
 * slash, and its social card.
 */
export function serverRedirects(list: readonly Redirect[]): Redirect[] {
  return list.flatMap(({ from, to }) => {
    const fromCard = socialCardPath(from);
    const toCard = socialCardPath(to);
    return [
      { from, to },
      { from: from.replace(/\/$/, ''), to },
      ...(fromCard && toCard ? [{ from: fromCard, to: toCard }] : []),
    ];
  });
}

/** The `_redirects` file that Netlify and Cloudflare Pages read. */
export function redirectsFile(list: readonly Redirect[]): string {
  const lines = serverRedirects(list).map((r) => `${r.from} ${r.to} 301`);
  return `# Generated from content/redirects.yaml at build time: permanent redirects of moved pages.\n${lines.join('\n')}\n`;
}
