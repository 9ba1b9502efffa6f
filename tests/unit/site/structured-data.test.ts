import { describe, expect, it } from 'vitest';
import { shareLinks } from '../../../src/lib/site/share-links.ts';
import {
  articleLd,
  breadcrumbList,
  itemList,
  jsonLdText,
} from '../../../src/lib/site/structured-data.ts';

describe('JSON-LD', () => {
  it('describes an article with a Person author and dates', () => {
    const ld = articleLd({
      url: 'https://s.example/articles/a/',
      headline: 'A',
      description: 'D',
      published: new Date('2026-10-01T00:00:00Z'),
      authorName: 'Nadia Rahman',
      authorUrl: 'https://s.example/authors/nadia-rahman/',
      image: 'https://s.example/og/articles/a.png',
      publisher: {
        name: 'Second Act',
        url: 'https://s.example/',
        logo: 'https://s.example/favicon.svg',
      },
    });
    expect(ld).toMatchObject({
      '@type': 'Article',
      headline: 'A',
      datePublished: '2026-10-01T00:00:00.000Z',
      dateModified: '2026-10-01T00:00:00.000Z',
      author: { '@type': 'Person', name: 'Nadia Rahman' },
    });
  });
  it('numbers breadcrumbs and list items from 1', () => {
    expect(
      breadcrumbList([
        { name: 'Home', url: '/' },
        { name: 'X', url: '/x/' },
      ]).itemListElement[1],
    ).toEqual({
      '@type': 'ListItem',
      position: 2,
      name: 'X',
      item: '/x/',
    });
    expect(itemList('S', [{ name: 'P1', url: '/p1/' }]).numberOfItems).toBe(1);
  });
  it('escapes "<" so a title cannot close the script element', () => {
    const text = jsonLdText({ headline: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text).headline).toBe('</script><script>alert(1)</script>');
  });
});

describe('shareLinks', () => {
  it('encodes the URL and title into plain links', () => {
    const links = shareLinks('https://s.example/a/?x=1', 'Lei Jun & 小米');
    expect(links.map((l) => l.label)).toEqual(['Email', 'X', 'LinkedIn', 'Weibo']);
    expect(links[1]!.href).toBe(
      'https://x.com/intent/post?url=https%3A%2F%2Fs.example%2Fa%2F%3Fx%3D1',
    );
    expect(links[0]!.href).toBe(
      'mailto:?subject=Lei%20Jun%20%26%20%E5%B0%8F%E7%B1%B3&body=https%3A%2F%2Fs.example%2Fa%2F%3Fx%3D1',
    );
  });
});
