import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  articleUrl,
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
