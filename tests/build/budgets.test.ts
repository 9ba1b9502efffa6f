import { describe, expect, it } from 'vitest';
import { pageWeight } from '../tools/weight.mjs';
import { dist, publishedArticles } from './helpers.ts';

/** Budgets for every article page, as gzip level 9 bytes. */
const HTML_CSS_BUDGET = 14 * 1024;
const JS_BUDGET = 2 * 1024;

describe('page weight budgets', () => {
  const weights = publishedArticles().map((a) => ({
    slug: a.slug,
    ...(pageWeight(dist, `/articles/${a.slug}/`) as { htmlCss: number; js: number }),
  }));

  it.each(weights)('$slug: HTML+CSS within 14 KB gzipped', ({ slug, htmlCss }) => {
    expect(htmlCss, `/articles/${slug}/ weighs ${htmlCss} B of HTML+CSS (budget ${HTML_CSS_BUDGET})`).toBeLessThanOrEqual(HTML_CSS_BUDGET);
  });
  it.each(weights)('$slug: JavaScript before interaction within 2 KB gzipped', ({ slug, js }) => {
    expect(js, `/articles/${slug}/ loads ${js} B of JavaScript before interaction (budget ${JS_BUDGET})`).toBeLessThanOrEqual(JS_BUDGET);
    expect(js).toBeGreaterThan(0);
  });
});
