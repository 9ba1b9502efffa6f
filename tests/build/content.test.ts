import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordCount } from '../../src/lib/articles.ts';
import { contentDir, publishedArticles, root } from './helpers.ts';

const articles = publishedArticles();

describe('the published articles', () => {
  it.each(articles.map((a) => [a.slug, a] as const))('%s meets the editorial minimums', (_, a) => {
    expect(wordCount(a.body), 'words').toBeGreaterThanOrEqual(900);
    const urls = (a.data.sources ?? []).map((s) => s.url ?? '');
    expect(urls.length, 'sources').toBeGreaterThanOrEqual(3);
    for (const url of urls) expect(url).toMatch(/^https?:\/\/\S+$/);
    expect(a.data.hero?.alt?.trim().length ?? 0, 'hero alt').toBeGreaterThan(10);
  });

  it('number the parts of each series 1, 2, 3… without gaps or repeats', () => {
    const bySeries = new Map<string, number[]>();
    for (const a of articles) {
      if (a.data.series) bySeries.set(a.data.series, [...(bySeries.get(a.data.series) ?? []), a.data.part!]);
    }
    expect(bySeries.size).toBeGreaterThan(0);
    for (const [id, parts] of bySeries) {
      expect(parts.sort((x, y) => x - y), id).toEqual(parts.map((_, i) => i + 1));
    }
  });

  it('repeat no passage of the source documents (overlap-check)', () => {
    const tool = join(root, '..', 'shared', 'tools', 'overlap-check');
    expect(existsSync(tool), `${tool} is missing: clone the repo next to shared/`).toBe(true);
    const run = spawnSync(process.execPath, [tool, contentDir], { encoding: 'utf8' });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/0 copied passages/);
  });
});
