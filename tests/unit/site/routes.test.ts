import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  archiveUrl,
  articleUrl,
  firstPageOf,
  topicUrl,
  listingUrls,
  socialCardOfPage,
  socialCardParam,
  socialCardUrl,
} from '../../../src/lib/site/routes.ts';

describe('routes', () => {
  it('builds page paths with a trailing slash', () => {
    expect(articleUrl('x')).toBe('/articles/x/');
    expect(listingUrls()).toEqual(['/', '/articles/', '/series/', '/topics/', '/search/']);
    expect(absoluteUrl(articleUrl('x'), 'https://s.test')).toBe('https://s.test/articles/x/');
  });

  it('names social cards one way for the route, the pages and moved pages', () => {
    expect(socialCardParam({ kind: 'site' })).toBe('site');
    expect(socialCardUrl({ kind: 'series', id: 's' })).toBe('/og/series/s.png');
    expect(socialCardOfPage(articleUrl('x'))).toBe(socialCardUrl({ kind: 'articles', id: 'x' }));
    expect(socialCardOfPage('/topics/x/')).toBeUndefined();
  });
});

describe('one home for every path', () => {
  it('no file under src/ but routes.ts types out a site path', () => {
    const src = new URL('../../../src/', import.meta.url).pathname;
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) =>
      /\.(ts|astro|mjs)$/.test(f),
    );
    expect(files.length).toBeGreaterThan(50);
    // A quoted or href'd path that starts with "/" and a letter: "/articles/", '/og/', `/rss.xml`.
    const literal = /(?:['"`]|href=")\/[a-z_][\w.-]*(?:\/|['"`])/;
    const offenders = files
      .filter((f) => !f.endsWith(join('site', 'routes.ts')))
      .flatMap((f) =>
        readFileSync(join(src, f), 'utf8')
          .split('\n')
          .map((line, i) => [line, i] as const)
          .filter(([line]) => literal.test(line))
          .map(([line, i]) => `${f}:${i + 1}: ${line.trim()}`),
      );
    expect(offenders).toEqual([]);
  });
});

describe('pages of a list', () => {
  it('know the first page of their list', () => {
    expect(firstPageOf(topicUrl('xiaomi', 3))).toBe(topicUrl('xiaomi'));
    expect(firstPageOf(archiveUrl(12))).toBe(archiveUrl());
    expect(firstPageOf(articleUrl('page-turner'))).toBe(articleUrl('page-turner'));
  });
});
