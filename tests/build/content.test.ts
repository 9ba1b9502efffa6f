import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordCount } from '../../src/lib/stories/text.ts';
import { contentDir, publishedArticles, root } from './helpers.ts';

const articles = publishedArticles();
const shared = join(root, '..', 'shared');
/**
 * The editorial checks read the team's shared/ folder beside the repo. A fresh clone without it
 * skips them and says why; in CI (CI set) its absence is a failure, not a skip.
 */
const hasShared = existsSync(join(shared, 'sources'));
const needsShared = hasShared || process.env.CI ? it : it.skip;
if (!hasShared) {
  const note = process.env.CI ? 'failing' : 'skipping';
  console.warn(
    `${shared} is missing: ${note} the source-headline and overlap checks (clone next to shared/)`,
  );
}

const sourceFiles = () => readdirSync(join(shared, 'sources')).filter((f) => f.endsWith('.md'));

/** Headlines as published, by URL, from the source-titles lists beside the repo ("not shown" rows left out). */
function knownHeadlines(): Map<string, string> {
  const headlines = new Map<string, string>();
  for (const name of sourceFiles().filter((f) => f.startsWith('source-titles'))) {
    for (const line of readFileSync(join(shared, 'sources', name), 'utf8').split('\n')) {
      const cells = line.split(/\s\|\s/);
      const [url, title] = [cells[1]?.trim(), cells[2]?.trim()];
      // A known headline is quoted at the start of its cell and may hold quotation marks of its
      // own: it ends at the quote that closes the cell or comes before a note in brackets.
      const quoted = title && /^"(.*?)"(?=\s*(?:$|\())/.exec(title.replace(/\\\|/g, '|'));
      if (url?.startsWith('http') && quoted) headlines.set(comparableUrl(url), quoted[1]!);
    }
  }
  return headlines;
}
const comparableUrl = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');
/** Titles compared without case, quotation marks or spacing differences. */
const comparableTitle = (title: string) =>
  title
    .toLowerCase()
    .replace(/["“”'‘’«»「」]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

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
      if (a.data.series)
        bySeries.set(a.data.series, [...(bySeries.get(a.data.series) ?? []), a.data.part!]);
    }
    expect(bySeries.size).toBeGreaterThan(0);
    for (const [id, parts] of bySeries) {
      expect(
        parts.sort((x, y) => x - y),
        id,
      ).toEqual(parts.map((_, i) => i + 1));
    }
  });

  needsShared(
    'cite each source by its published headline, or by publisher alone, never a made-up title',
    () => {
      expect(hasShared, `${shared}/sources is missing: clone the repo next to shared/`).toBe(true);
      const headlines = knownHeadlines();
      expect(headlines.size).toBeGreaterThan(50);
      // A headline may also be quoted in a fact sheet rather than a source-titles table.
      const sharedText = comparableTitle(
        sourceFiles()
          .map((f) => readFileSync(join(shared, 'sources', f), 'utf8'))
          .join('\n'),
      );
      const wrong = articles.flatMap((a) =>
        (a.data.sources ?? []).flatMap((source) => {
          const given = source.title;
          if (given === undefined)
            return source.publisher ? [] : [`${a.file}: ${source.url}: no title and no publisher`];
          const real = headlines.get(comparableUrl(source.url ?? ''));
          if (real) {
            return comparableTitle(real) === comparableTitle(given)
              ? []
              : [`${a.file}: "${given}" should be "${real}" (${source.url})`];
          }
          return sharedText.includes(comparableTitle(given))
            ? []
            : [
                `${a.file}: "${given}" is no recorded headline of ${source.url}: cite it by publisher`,
              ];
        }),
      );
      expect(wrong).toEqual([]);
    },
  );

  it('never mention our working files or process', () => {
    const process = /fact ?sheet|we will not guess|not going to invent|our notes|our sources say/i;
    const found = articles.filter((a) =>
      process.test(`${a.data.title}\n${a.data.description}\n${a.body}`),
    );
    expect(
      found.map(
        (a) =>
          `${a.file}: ${process.exec(`${a.data.title}\n${a.data.description}\n${a.body}`)![0]}`,
      ),
    ).toEqual([]);
  });

  it('make a publication: at least 20 articles and The Xiaomi Story in at least 12 parts', () => {
    expect(articles.length).toBeGreaterThanOrEqual(20);
    const parts = articles
      .filter((a) => a.data.series === 'the-xiaomi-story')
      .map((a) => a.data.part!);
    expect(parts.sort((x, y) => x - y)).toEqual(
      Array.from({ length: Math.max(12, parts.length) }, (_, i) => i + 1),
    );
  });

  needsShared('repeat no passage of the source documents (overlap-check)', () => {
    const tool = join(shared, 'tools', 'overlap-check');
    expect(existsSync(tool), `${tool} is missing: clone the repo next to shared/`).toBe(true);
    const run = spawnSync(process.execPath, [tool, contentDir], { encoding: 'utf8' });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/0 copied passages/);
  });
});
