import { parse } from 'yaml';
import { isCalendarDate } from '../site/dates.ts';

/** A problem found in one content file, named by file and field so an editor can fix it. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** The YAML between the leading `---` fences of a Markdown file, or undefined when there is none. */
export function frontmatterText(source: string): string | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
  return match?.[1];
}

const DATE_FIELDS = ['pubDate', 'updatedDate'] as const;
const LISTS_WITH_DATES = ['sources', 'corrections'] as const;

/** Parses front matter with the YAML core schema, where dates stay strings; undefined if unreadable. */
function rawFrontmatter(source: string): Record<string, unknown> | undefined {
  const text = frontmatterText(source);
  if (text === undefined) return undefined;
  try {
    const data: unknown = parse(text, { schema: 'core' });
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined; // Astro reports the YAML syntax error itself, with line and column.
  }
}

/**
 * Checks every date field of an article's front matter as written. YAML's timestamp type turns
 * 2021-13-45 into 14 February 2022 before any schema sees it, so this reads the raw text.
 */
export function invalidDates(file: string, source: string): ContentProblem[] {
  const record = rawFrontmatter(source);
  if (!record) return [];
  const problems: ContentProblem[] = [];
  const check = (field: string, value: unknown) => {
    if (value === undefined || value === null) return;
    if (typeof value !== 'string' || !isCalendarDate(value)) {
      problems.push({
        file,
        field,
        message: `"${String(value)}" is not a real date (write YYYY-MM-DD)`,
      });
    }
  };
  for (const field of DATE_FIELDS) check(field, record[field]);
  for (const list of LISTS_WITH_DATES) {
    const items = record[list];
    if (!Array.isArray(items)) continue;
    items.forEach((item, index) => {
      if (item && typeof item === 'object') {
        check(`${list}[${index}].date`, (item as Record<string, unknown>).date);
      }
    });
  }
  return problems;
}

/**
 * The hero image must exist beside the article: Astro's own error for a missing image names
 * neither the article nor the field. `exists` resolves a path relative to the article file.
 */
export function missingHeroImage(
  file: string,
  source: string,
  exists: (relativePath: string) => boolean,
): ContentProblem[] {
  const hero = rawFrontmatter(source)?.hero;
  const image = hero && typeof hero === 'object' ? (hero as Record<string, unknown>).image : undefined;
  if (typeof image !== 'string' || /^https?:\/\//.test(image) || exists(image)) return [];
  return [
    { file, field: 'hero.image', message: `image file "${image}" not found next to the article` },
  ];
}

/** One readable block for the build log: every problem on its own line, file first. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`);
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return `Content has ${problems.length} ${noun}:\n${lines.join('\n')}`;
}

/** Thrown when content is invalid; the message alone tells the editor what to fix. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
    this.problems = problems;
    this.name = 'ContentError';
    // The message is the whole story; a stack trace into our helpers would only distract.
    this.stack = `${this.name}: ${this.message}`;
  }
}
