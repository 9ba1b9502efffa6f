import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, htmlPages, page } from './helpers.ts';

const pages = htmlPages();
const urlOf = (file: string) => `/${file}`.replace(/index\.html$/, '');
const ids = new Map(
  pages.map((f) => [
    urlOf(f),
    new Set(
      page(urlOf(f))
        .querySelectorAll('[id]')
        .map((e) => e.id),
    ),
  ]),
);

/** Where an internal reference points, as a file in dist/, or undefined when it does not exist. */
function target(from: string, ref: string): { path: string; fragment?: string } | undefined {
  const url = new URL(ref, `http://site${from}`);
  if (url.host !== 'site') return { path: 'external' };
  const path = decodeURI(url.pathname);
  const file = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
  return existsSync(file) ? { path, fragment: url.hash.slice(1) } : undefined;
}

describe('internal links and assets', () => {
  it.each(pages)('%s: every link, fragment, image and srcset entry resolves', (file) => {
    const from = urlOf(file);
    const doc = page(from);
    const broken: string[] = [];
    const refs = [
      ...doc.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!),
      ...doc.querySelectorAll('link[href]').map((l) => l.getAttribute('href')!),
      ...doc.querySelectorAll('img[src], script[src]').map((e) => e.getAttribute('src')!),
      ...doc.querySelectorAll('[srcset]').flatMap((e) =>
        e
          .getAttribute('srcset')!
          .split(',')
          .map((part) => part.trim().split(/\s+/)[0]!),
      ),
    ];
    for (const ref of refs) {
      if (/^(mailto:|https?:)/.test(ref)) continue;
      const t = target(from, ref);
      if (!t) broken.push(ref);
      else if (t.fragment && t.path !== 'external') {
        const known = ids.get(t.path) ?? new Set();
        if (!known.has(decodeURIComponent(t.fragment))) broken.push(ref);
      }
    }
    expect(refs.length).toBeGreaterThan(0);
    expect(broken).toEqual([]);
  });
});
