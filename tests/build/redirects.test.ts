import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { netlifyRedirects, serverRedirects } from '../../src/lib/build/redirect-outputs.ts';
import { notFoundFile } from '../../src/lib/site/routes.ts';
import { readRedirects } from '../../src/lib/content/redirects.ts';
import {
  contentDir,
  dist,
  feedItems,
  firstEditionUrls,
  htmlPages,
  page,
  resolves,
  sitemapUrls,
} from './helpers.ts';

const moved = readRedirects(contentDir);

/** The stub Astro writes for a moved page: where it points, read as a browser would. */
function stubTarget(path: string): string | undefined {
  if (!path.endsWith('/')) return undefined;
  const refresh = page(path).querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
  return refresh ? /url=(.+)$/.exec(refresh)?.[1] : undefined;
}

describe('URLs are promises: every first-edition URL still answers on a plain static host', () => {
  it('lists the first edition', () => {
    expect(firstEditionUrls.length).toBeGreaterThan(40);
    expect(moved.length).toBeGreaterThan(0);
  });

  it.each(firstEditionUrls)('%s leads to a page', (path) => {
    expect(resolves(path), `${path} is a file in dist/`).toBe(true);
    const target = stubTarget(path);
    if (target === undefined) return;
    expect(moved.find((r) => r.from === path)?.to).toBe(target);
    expect(resolves(target), `${target} is a file in dist/`).toBe(true);
    expect(stubTarget(target), 'one hop, not a chain').toBeUndefined();
    expect(page(target).querySelector('h1'), `${target} is a real page`).not.toBeNull();
  });
});

describe('redirect stubs', () => {
  it.each(moved.map((r) => [r.from, r.to]))('%s is a permanent-redirect stub to %s', (from, to) => {
    const stub = page(from);
    expect(stub.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(
      `0; url=${to}`,
    );
    expect(stub.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(
      new URL(stub.querySelector('link[rel="canonical"]')!.getAttribute('href')!).pathname,
    ).toBe(to);
    expect(stub.querySelector('[data-pagefind-body]'), 'not indexed by Pagefind').toBeNull();
  });

  it('stay out of the sitemap and the feed', () => {
    const listed = new Set(
      [...sitemapUrls().map((u) => u.loc), ...feedItems().map((i) => i.link)].map(
        (u) => new URL(u).pathname,
      ),
    );
    expect(moved.filter((r) => listed.has(r.from))).toEqual([]);
    expect(moved.every((r) => listed.has(r.to))).toBe(true);
  });

  it('stay out of the search index', () => {
    const indexed = readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8');
    const pages = JSON.parse(indexed).languages;
    const count = Object.values(pages as Record<string, { page_count: number }>).reduce(
      (n, l) => n + l.page_count,
      0,
    );
    const bodies = htmlPages().filter((file) =>
      readFileSync(join(dist, file), 'utf8').includes('data-pagefind-body'),
    );
    expect(count).toBe(bodies.length);
  });
});

describe('_redirects for Netlify and Cloudflare Pages', () => {
  const file = join(dist, '_redirects');

  it('is generated from the same list', () => {
    expect(existsSync(file)).toBe(true);
    // The moved pages, then the Chinese 404 rule.
    expect(readFileSync(file, 'utf8')).toBe(netlifyRedirects(moved, [notFoundFile('zh')]));
  });

  it('answers each old page (with and without its slash) and its social card with a 301 to a built file', () => {
    const rules = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#') && !l.endsWith(' 404'))
      .map((l) => l.split(/\s+/));
    expect(rules.length).toBe(serverRedirects(moved).length);
    for (const [from, to, status] of rules) {
      expect(status, from).toBe('301');
      expect(resolves(to!), `${from} → ${to}`).toBe(true);
    }
    const paths = rules.map(([from]) => from);
    for (const { from } of moved)
      expect(paths).toEqual(expect.arrayContaining([from, from.replace(/\/$/, '')]));
  });
});
