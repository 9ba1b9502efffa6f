import { describe, expect, it } from 'vitest';
import { articlePage, tocHeadings } from '../../../src/lib/view/article-page.ts';
import { article, catalogOf, day } from '../helpers.ts';

describe('tocHeadings', () => {
  const h = (depth: number, slug: string) => ({ depth, slug, text: slug });
  it('lists h2s only from three up, and never the footnotes heading', () => {
    expect(tocHeadings([h(2, 'a'), h(3, 'b'), h(2, 'c'), h(2, 'footnote-label')])).toEqual([]);
    expect(tocHeadings([h(2, 'a'), h(2, 'b'), h(3, 'x'), h(2, 'c')]).map((x) => x.slug)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });
});

describe('articlePage', () => {
  const parts = [1, 2, 3].map((part) =>
    article({ slug: `part-${part}`, series: 'saga', part, pubDate: day(`2026-0${part}-01`) }),
  );
  const other = article({ slug: 'other-1', series: 'other', part: 1, topics: ['media'] });
  const solo = article({ slug: 'solo', topics: ['xiaomi'], pubDate: day('2026-05-01') });
  const catalog = catalogOf([...parts, other, solo]);
  const page = (slug: string) =>
    articlePage(
      catalog,
      catalog.articles.find((a) => a.slug === slug)!,
      [],
      'https://x.test',
    );

  it('places a part in its series, with cards for the parts either side', () => {
    const { series } = page('part-2');
    expect(series?.label).toBe('Part 2 of 3 · Series saga');
    expect(series?.prev?.slug).toBe('part-1');
    expect(series?.next?.slug).toBe('part-3');
    expect(series?.following).toBeUndefined();
  });

  it('offers the start of another series after the last part', () => {
    const { series } = page('part-3');
    expect(series?.next).toBeUndefined();
    expect(series?.following).toMatchObject({
      seriesTitle: 'Series other',
      card: { slug: 'other-1' },
    });
  });

  it('builds Read Also, Keep Reading without repeats, and complete head tags', () => {
    const p = page('part-1');
    expect(p.readAlso.map((r) => r.slug)).toEqual(['part-2', 'part-3', 'solo']);
    const teasers = p.teasers.map((t) => t.slug);
    expect(teasers).toEqual(['other-1']);
    expect(p.teasers[0]).toMatchObject({
      authorName: 'Name of nadia-rahman',
      summary: 'A first paragraph of plain prose.',
    });
    expect(p.head.image).toBe('/og/articles/part-1.png');
    expect(p.head.article?.section).toBe('Series saga');
    const [ld, crumbs] = p.head.jsonLd as [
      Record<string, unknown>,
      { itemListElement: { item: string }[] },
    ];
    expect(ld.url).toBe('https://x.test/articles/part-1/');
    expect(crumbs.itemListElement.map((c) => c.item)).toEqual([
      'https://x.test/',
      'https://x.test/series/saga/',
      'https://x.test/articles/part-1/',
    ]);
    expect(p.search).toEqual({ kind: 'kind:Article', year: 'year:2026' });
    expect(p.share.map((s) => s.label)).toEqual(['Email', 'X', 'LinkedIn', 'Weibo']);
  });

  it('gives a standalone article the archive as its breadcrumb and no series', () => {
    const p = page('solo');
    expect(p.series).toBeUndefined();
    const crumbs = p.head.jsonLd![1] as { itemListElement: { name: string }[] };
    expect(crumbs.itemListElement[1]?.name).toBe('Articles');
  });
});
