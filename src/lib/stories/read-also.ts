import { byNewest } from './ordering.ts';
import { groupBy } from './grouping.ts';
import type { SeriesIndex } from './series.ts';
import type { ArticleMeta } from './types.ts';

const READ_ALSO_LIMIT = 4;

/**
 * Read Also for every article of a build, from indexes made once: series parts by series and
 * articles by each combination of topics (newest first). Each article then costs a few index
 * look-ups, not a pass over every article, so a build of N articles does O(N) work here instead
 * of O(N²).
 */
export interface RelatedIndex<T> {
  /**
   * "Read Also" for an article, best first: the other parts of its series in order, then the
   * articles its author chose, then those sharing the most topics (newest first). Never the
   * article itself, never a draft, never twice.
   */
  readAlso(article: T, limit?: number): T[];
}

/** Articles with more topics than this are kept in one list that every query scans. */
const MAX_INDEXED_TOPICS = 8;
const SEP = '\u0000';

/** Every non-empty subset of a list of topics, each as a sorted key. */
function subsets(topics: readonly string[]): string[] {
  const sorted = [...new Set(topics)].sort();
  const keys: string[] = [];
  for (let mask = 1; mask < 1 << sorted.length; mask++) {
    keys.push(sorted.filter((_, i) => mask & (1 << i)).join(SEP));
  }
  return keys;
}

/** Subsets of exactly `size` of a sorted list, as keys. */
function subsetsOfSize(sorted: readonly string[], size: number): string[] {
  const keys: string[] = [];
  const pick = (start: number, chosen: string[]) => {
    if (chosen.length === size) return void keys.push(chosen.join(SEP));
    for (let i = start; i <= sorted.length - (size - chosen.length); i++)
      pick(i + 1, [...chosen, sorted[i]!]);
  };
  pick(0, []);
  return keys;
}

/**
 * The index of a build's published articles, newest first (the catalog's list, which keeps every
 * topic list below newest first without sorting again), and of its series.
 */
export function relatedIndex<T extends ArticleMeta>(
  newestFirst: readonly T[],
  series: Pick<SeriesIndex<T>, 'parts'>,
): RelatedIndex<T> {
  const bySlug = new Map(newestFirst.map((a) => [a.slug, a]));
  const fewTopics = (a: T) => new Set(a.topics).size <= MAX_INDEXED_TOPICS;
  const byTopics = groupBy(newestFirst.filter(fewTopics), (a) => subsets(a.topics));
  const manyTopics = newestFirst.filter((a) => !fewTopics(a));

  /**
   * Articles sharing exactly `shared` of `topics`, newest first, lazily: a merge of the lists for
   * each subset of that size (an article sharing exactly that many is in exactly one of them).
   */
  function* sharing(topics: ReadonlySet<string>, sorted: string[], shared: number): Generator<T> {
    const count = (a: T) =>
      a.topics.filter((t, i, all) => topics.has(t) && all.indexOf(t) === i).length;
    const lists = [
      ...subsetsOfSize(sorted, shared).map((key) => byTopics.get(key) ?? []),
      manyTopics,
    ];
    const at = lists.map(() => 0);
    for (;;) {
      let best = -1;
      for (let l = 0; l < lists.length; l++) {
        // Skip what shares more topics (it was listed at a higher level) or, in the overflow
        // list, fewer.
        while (at[l]! < lists[l]!.length && count(lists[l]![at[l]!]!) !== shared) at[l]!++;
        if (
          at[l]! < lists[l]!.length &&
          (best < 0 || byNewest(lists[l]![at[l]!]!, lists[best]![at[best]!]!) < 0)
        )
          best = l;
      }
      if (best < 0) return;
      yield lists[best]![at[best]!++]!;
    }
  }

  return {
    readAlso(article, limit = READ_ALSO_LIMIT) {
      const chosen: T[] = [];
      const seen = new Set<string>([article.slug]);
      const add = (candidate: T | undefined) => {
        if (!candidate || candidate.draft || seen.has(candidate.slug)) return;
        seen.add(candidate.slug);
        chosen.push(candidate);
      };
      if (article.series) series.parts(article.series).forEach(add);
      article.readAlso.forEach((slug) => add(bySlug.get(slug)));
      const topics = new Set(article.topics);
      const sorted = [...topics].sort();
      for (let shared = sorted.length; shared > 0 && chosen.length < limit; shared--) {
        for (const candidate of sharing(topics, sorted, shared)) {
          add(candidate);
          if (chosen.length >= limit) break;
        }
      }
      return chosen.slice(0, limit);
    },
  };
}
