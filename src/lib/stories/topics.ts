/** Topics by how much has been written on them. */

export interface TopicCount {
  id: string;
  count: number;
}

/** The most-used topics first (ties by id), at most `limit`; topics without articles left out. */
export function topTopics(counts: ReadonlyMap<string, number>, limit = Infinity): TopicCount[] {
  return [...counts]
    .filter(([, count]) => count > 0)
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
    .slice(0, limit);
}
