import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dist, page, publishedArticles } from './helpers.ts';

/** Budgets for every article page, measured as gzip level 9 bytes. */
export const HTML_CSS_BUDGET = 14 * 1024;
export const JS_BUDGET = 2 * 1024;

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const asset = (path: string) => readFileSync(join(dist, path.split('?')[0]!));

/** A module and the modules it imports statically: what the browser fetches before any interaction. */
function moduleGraph(path: string, seen = new Set<string>()): Set<string> {
  if (seen.has(path)) return seen;
  seen.add(path);
  const code = asset(path).toString();
  for (const [, spec] of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
    moduleGraph(new URL(spec!, `http://site${path}`).pathname, seen);
  }
  return seen;
}

export function articleWeight(slug: string) {
  const url = `/articles/${slug}/`;
  const html = readFileSync(join(dist, url, 'index.html'));
  const doc = page(url);
  const css = doc
    .querySelectorAll('link[rel="stylesheet"]')
    .reduce((sum, l) => sum + gz(asset(l.getAttribute('href')!)), 0);
  const inlineJs = doc
    .querySelectorAll('script:not([src]):not([type="application/ld+json"])')
    .reduce((sum, s) => sum + gz(s.textContent), 0);
  const modules = new Set<string>();
  for (const s of doc.querySelectorAll('script[src]')) moduleGraph(s.getAttribute('src')!, modules);
  const moduleJs = [...modules].reduce((sum, m) => sum + gz(asset(m)), 0);
  return { htmlCss: gz(html) + css, js: inlineJs + moduleJs };
}

describe('page weight budgets', () => {
  const weights = publishedArticles().map((a) => ({ slug: a.slug, ...articleWeight(a.slug) }));

  it.each(weights)('$slug: HTML+CSS within 14 KB gzipped', ({ slug, htmlCss }) => {
    expect(htmlCss, `/articles/${slug}/ weighs ${htmlCss} B of HTML+CSS (budget ${HTML_CSS_BUDGET})`).toBeLessThanOrEqual(HTML_CSS_BUDGET);
  });
  it.each(weights)('$slug: JavaScript before interaction within 2 KB gzipped', ({ slug, js }) => {
    expect(js, `/articles/${slug}/ loads ${js} B of JavaScript before interaction (budget ${JS_BUDGET})`).toBeLessThanOrEqual(JS_BUDGET);
    expect(js).toBeGreaterThan(0);
  });
});
