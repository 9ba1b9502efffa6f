import { describe, expect, it } from 'vitest';
import { pageWeight } from '../tools/weight.mjs';
import { dist, publishedArticles, resolves } from './helpers.ts';

/** Budgets for every article page and the pages that list them, as gzip level 9 bytes. */
const HTML_CSS_BUDGET = 14 * 1024;
const JS_BUDGET = 2 * 1024;

describe('page weight budgets', () => {
  const articles = publishedArticles();
  const series = [...new Set(articles.flatMap((a) => (a.data.series ? [a.data.series] : [])))];
  const english = [
    '/',
    '/articles/',
    ...series.map((id) => `/series/${id}/`),
    ...articles.map((a) => `/articles/${a.slug}/`),
  ];
  // The same budgets hold for every Chinese page there is.
  const paths = [...english, ...english.map((path) => `/zh${path}`).filter(resolves)];
  const weights = paths.map((path) => ({
    path,
    ...(pageWeight(dist, path) as { htmlCss: number; js: number }),
  }));

  it.each(weights)('$path: HTML+CSS within 14 KB gzipped', ({ path, htmlCss }) => {
    expect(
      htmlCss,
      `${path} weighs ${htmlCss} B of HTML+CSS (budget ${HTML_CSS_BUDGET})`,
    ).toBeLessThanOrEqual(HTML_CSS_BUDGET);
  });
  it.each(weights)('$path: JavaScript before interaction within 2 KB gzipped', ({ path, js }) => {
    expect(
      js,
      `${path} loads ${js} B of JavaScript before interaction (budget ${JS_BUDGET})`,
    ).toBeLessThanOrEqual(JS_BUDGET);
    expect(js).toBeGreaterThan(0);
  });
});
