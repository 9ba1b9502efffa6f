import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordCount } from '../../src/lib/stories/ordering.ts';
import { contentDir, publishedArticles, root } from './helpers.ts';

const articles = publishedArticles();
const shared = join(root, '..', 'shared');

/** Headlines as published, by URL, from the source-titles list beside the repo ("not shown" rows left out). */
function knownHeadlines(): Map<string, string> {
  const file = join(shared, 'sources', 'source-titles.md');
  expect(existsSync(file), `${file} is missing: clone the repo next to shared/`).toBe(true);
  const headlines = new Map<string, string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const cells = line.split(/\s\|\s/);
    const [url, title] = [cells[1]?.trim(), cells[2]?.trim()];
    // A known headline is quoted at the start of its cell; \" stands for a quote inside it.
    const quoted = title && /^"((?:[^"\\]|\\")*)"/.exec(title);
    if (url?.startsWith('http') && quoted) headlines.set(comparableUrl(url), quoted[1]!.replace(/\\"/g, '"'));
  }
  return headlines;
}
const comparableUrl = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');
/** Titles compared without case, quotation marks or spacing differences. */
const comparableTitle = (title: string) =>
  title.toLowerCase().replace(/["“”'‘’«»「」]/g, '').replace(/\s+/g, ' ').trim();

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

  it('give each source its real headline where it is known', () => {
    const headlines = knownHeadlines();
    expect(headlines.size).toBeGreaterThan(20);
    const wrong = articles.flatMap((a) =>
      (a.data.sources ?? []).flatMap((source) => {
        const real = headlines.get(comparableUrl(source.url ?? ''));
        const given = (source as { title?: string }).title ?? '';
        return real && comparableTitle(real) !== comparableTitle(given)
          ? [`${a.file}: "${given}" should be "${real}" (${source.url})`]
          : [];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('never mention our working files or process', () => {
    const process = /fact ?sheet|we will not guess|not going to invent|our notes|our sources say/i;
    const found = articles.filter((a) => process.test(`${a.data.title}\n${a.data.description}\n${a.body}`));
    expect(found.map((a) => `${a.file}: ${process.exec(`${a.data.title}\n${a.data.description}\n${a.body}`)![0]}`)).toEqual([]);
  });

  it('make a publication: at least 14 articles and The Xiaomi Story in at least 9 parts', () => {
    expect(articles.length).toBeGreaterThanOrEqual(14);
    const parts = articles.filter((a) => a.data.series === 'the-xiaomi-story').map((a) => a.data.part!);
    expect(parts.sort((x, y) => x - y)).toEqual(Array.from({ length: Math.max(9, parts.length) }, (_, i) => i + 1));
  });

  it('repeat no passage of the source documents (overlap-check)', () => {
    const tool = join(shared, 'tools', 'overlap-check');
    expect(existsSync(tool), `${tool} is missing: clone the repo next to shared/`).toBe(true);
    const run = spawnSync(process.execPath, [tool, contentDir], { encoding: 'utf8' });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/0 copied passages/);
  });
});
