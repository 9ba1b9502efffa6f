import { isCalendarDate } from '../site/dates.ts';
import type { CollectionEntry } from 'astro:content';
import { groupBy } from '../stories/grouping.ts';
import type { ArticleMeta } from '../stories/types.ts';
import { readFrontmatter } from './frontmatter.ts';
import type { ContentProblem } from './problems.ts';

/**
 * The checks no schema can make. Per file, on the front matter as written: real dates (the one
 * place dates are validated; YAML would roll 2021-13-45 over before the schema saw it) and a
 * hero image that exists (Astro's own error names neither article nor field). Across files:
 * references to entries that exist (Astro lets a dangling reference() through) and series
 * parts numbered 1, 2, 3… without repeats or gaps.
 */

const DATE_FIELDS = ['pubDate', 'updatedDate'] as const;
const LISTS_WITH_DATES = ['sources', 'corrections'] as const;

/** Every date field of an article's front matter, as written. */
export function invalidDates(file: string, record: Record<string, unknown>): ContentProblem[] {
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

/** The hero image must exist beside the article; `exists` resolves a path relative to it. */
export function missingHeroImage(
  file: string,
  record: Record<string, unknown>,
  exists: (relativePath: string) => boolean,
): ContentProblem[] {
  const hero = record.hero;
  const image =
    hero && typeof hero === 'object' ? (hero as Record<string, unknown>).image : undefined;
  if (typeof image !== 'string' || /^https?:\/\//.test(image) || exists(image)) return [];
  return [
    { file, field: 'hero.image', message: `image file "${image}" not found next to the article` },
  ];
}

/** The per-file checks of one article file (an unreadable front matter is Astro's to report). */
export function fileProblems(
  file: string,
  source: string,
  exists: (relativePath: string) => boolean,
): ContentProblem[] {
  const record = readFrontmatter(source);
  return record ? [...invalidDates(file, record), ...missingHeroImage(file, record, exists)] : [];
}

export interface KnownIds {
  authors: ReadonlySet<string>;
  series: ReadonlySet<string>;
  topics: ReadonlySet<string>;
}

const list = (ids: ReadonlySet<string>) => [...ids].sort().join(', ') || '(none)';

/** The checks that span files, over every article of a build (drafts included). */
export function validateArticles(
  articles: readonly ArticleMeta[],
  known: KnownIds,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const slugs = new Set(articles.map((a) => a.slug));
  const unknown = (file: string, field: string, kind: string, id: string, ids: ReadonlySet<string>) =>
    problems.push({ file, field, message: `unknown ${kind} "${id}" (known: ${list(ids)})` });

  for (const a of articles) {
    if (!known.authors.has(a.author)) unknown(a.file, 'author', 'author', a.author, known.authors);
    if (a.series && !known.series.has(a.series)) {
      unknown(a.file, 'series', 'series', a.series, known.series);
    }
    a.topics.forEach((t, i) => {
      if (!known.topics.has(t)) unknown(a.file, `topics[${i}]`, 'topic', t, known.topics);
    });
    a.readAlso.forEach((slug, i) => {
      if (!slugs.has(slug)) unknown(a.file, `readAlso[${i}]`, 'article', slug, slugs);
      else if (slug === a.slug) {
        problems.push({ file: a.file, field: `readAlso[${i}]`, message: 'an article cannot recommend itself' });
      }
    });
  }

  // Drafts are not numbered yet; only published parts must run 1, 2, 3…
  const bySeries = groupBy(articles, (a) =>
    a.series && a.part !== undefined && !a.draft ? [a.series] : [],
  );
  for (const [series, parts] of bySeries) {
    const byPart = new Map<number, ArticleMeta>();
    for (const a of parts) {
      const taken = byPart.get(a.part!);
      if (taken) {
        problems.push({
          file: a.file,
          field: 'part',
          message: `part ${a.part} of series "${series}" is also ${taken.file}`,
        });
      } else byPart.set(a.part!, a);
    }
    const highest = Math.max(...byPart.keys());
    for (let part = 1; part <= highest; part++) {
      if (!byPart.has(part)) {
        const after = [...byPart.values()].find((a) => a.part! > part)!;
        problems.push({
          file: after.file,
          field: 'part',
          message: `series "${series}" has no part ${part} before part ${after.part}: number the published parts 1, 2, 3… without gaps`,
        });
        break;
      }
    }
  }
  return problems;
}

/**
 * A translation must sit beside a published article of the same folder, and may restate its series
 * and part only as they are.
 */
export function translationProblems(
  translations: readonly CollectionEntry<'translations'>[],
  originals: readonly ArticleMeta[],
): ContentProblem[] {
  const bySlug = new Map(originals.map((a) => [a.slug, a]));
  return translations.flatMap((entry): ContentProblem[] => {
    const file = entry.filePath ?? entry.id;
    const original = bySlug.get(entry.id);
    if (!original) {
      return [
        {
          file,
          field: '(file)',
          message: `no article "${entry.id}" to translate: put index.zh.md beside the article's index.md`,
        },
      ];
    }
    const { series, part } = entry.data;
    return [
      ...(series !== undefined && series !== original.series
        ? [{ file, field: 'series', message: `"${series}" differs from the original's series "${original.series ?? '(none)'}"` }]
        : []),
      ...(part !== undefined && part !== original.part
        ? [{ file, field: 'part', message: `${part} differs from the original's part ${original.part ?? '(none)'}` }]
        : []),
    ];
  });
}
