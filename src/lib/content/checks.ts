import type { ContentProblem } from './frontmatter.ts';
import type { ArticleMeta } from '../stories/types.ts';

export interface KnownIds {
  authors: ReadonlySet<string>;
  series: ReadonlySet<string>;
  topics: ReadonlySet<string>;
}

const list = (ids: ReadonlySet<string>) => [...ids].sort().join(', ') || '(none)';

/**
 * Checks that span files, which no schema can: references to entries that don't exist (Astro
 * lets those through), and series whose part numbers repeat or skip.
 */
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

  const bySeries = new Map<string, ArticleMeta[]>();
  for (const a of articles) {
    if (a.series && a.part !== undefined && !a.draft) {
      bySeries.set(a.series, [...(bySeries.get(a.series) ?? []), a]);
    }
  }
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
