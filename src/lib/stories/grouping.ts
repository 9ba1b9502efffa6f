/**
 * Grouping a build's articles once, for everything that lists them by a key (series, topics,
 * authors, topic combinations), instead of filtering every article once per page.
 */

/** Items under each of their keys (each key once per item), in their original order. */
export function groupBy<T>(
  items: readonly T[],
  keys: (item: T) => Iterable<string>,
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      const list = groups.get(key);
      if (list) list.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}
