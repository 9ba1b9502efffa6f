import { parse } from 'yaml';

/**
 * The one reader of our YAML: front matter and data files alike, parsed with the YAML core
 * schema, so dates stay the strings an editor wrote (YAML's timestamp type would turn 2021-13-45
 * into 14 February 2022 before any check could see it).
 */

/** Parses YAML text with the core schema; throws YAML's own error (with line and column). */
export function readYaml(text: string): unknown {
  return parse(text, { schema: 'core' });
}

/** The YAML between the leading `---` fences of a Markdown file, or undefined when there is none. */
export function frontmatterText(source: string): string | undefined {
  return /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source)?.[1];
}

/** The Markdown after the front matter (the whole file when it has none). */
export function markdownBody(source: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(source);
  return match ? source.slice(match[0].length) : source;
}

// The sitemap's dates (lastmod.ts, when the config loads) and the articles loader's checks read
// the same front matter in one build: parse each block once (at 10,000 articles, about 4 s). Astro
// loads the config and the content loaders as separate module copies, so the cache is the process's.
type Parsed = Map<string, Record<string, unknown> | undefined>;
const CACHE = Symbol.for('second-act.frontmatter');
const shared = globalThis as typeof globalThis & { [CACHE]?: Parsed };
const parsed: Parsed = (shared[CACHE] ??= new Map());

/** A Markdown file's front matter as written; undefined when missing or unreadable. */
export function readFrontmatter(source: string): Record<string, unknown> | undefined {
  const text = frontmatterText(source);
  if (text === undefined) return undefined;
  if (parsed.has(text)) return parsed.get(text);
  let data: unknown;
  try {
    data = readYaml(text);
  } catch {
    data = undefined; // Astro reports the YAML syntax error itself, with line and column.
  }
  const result = data && typeof data === 'object' ? (data as Record<string, unknown>) : undefined;
  parsed.set(text, result);
  return result;
}
