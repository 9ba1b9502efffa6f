import { describe, expect, it } from 'vitest';
import { articlePage } from '../../../src/lib/view/article-page.ts';
import { feedItems, feedOptions } from '../../../src/lib/view/feed.ts';
import { frontPage } from '../../../src/lib/view/front-page.ts';
import { archivePage } from '../../../src/lib/view/lists.ts';
import { socialCards } from '../../../src/lib/view/social-cards.ts';
import { article, catalogsOf, day, translationOf } from '../helpers.ts';

const parts = [1, 2, 3].map((part) =>
  article({ slug: `part-${part}`, series: 'saga', part, pubDate: day(`2026-0${part}-01`) }),
);
const untranslated = article({ slug: 'english-only', pubDate: day('2026-06-01') });
const { en, zh } = catalogsOf(
  [...parts, untranslated],
  parts.map((p) => translationOf(p)),
);
const page = (slug: string) =>
  articlePage(
    zh,
    zh.articles.find((a) => a.slug === slug)!,
    [],
    'https://x.test',
  );

describe('a Chinese article page', () => {
  it('links only to Chinese pages: series, Read Also, teasers and topics', () => {
    const p = page('part-2');
    const links = [
      p.series?.url,
      p.series?.prev?.url,
      p.series?.next?.url,
      ...p.readAlso.map((r) => r.url),
      ...p.teasers.map((t) => t.url),
      ...p.topics.map((t) => t.url),
      p.author.url,
    ];
    expect(links.every((url) => url?.startsWith('/zh/'))).toBe(true);
    expect(p.readAlso.map((r) => r.slug)).not.toContain('english-only');
    expect(p.series?.label).toBe('系列saga · 第2篇（共3篇）');
  });

  it('names both languages for hreflang, in Chinese structured data', () => {
    const p = page('part-1');
    expect(p.head.locale).toBe('zh');
    expect(p.head.alternates).toEqual([
      { locale: 'en', path: '/articles/part-1/' },
      { locale: 'zh', path: '/zh/articles/part-1/' },
    ]);
    expect(p.head.image).toBe('/og/zh/articles/part-1.png');
    expect((p.head.jsonLd![0] as { inLanguage: string }).inLanguage).toBe('zh-CN');
  });

  it('gives an untranslated English article no Chinese alternate', () => {
    const english = articlePage(
      en,
      en.articles.find((a) => a.slug === 'english-only')!,
      [],
      'https://x.test',
    );
    expect(english.head.alternates).toEqual([{ locale: 'en', path: '/articles/english-only/' }]);
  });
});

describe('Chinese lists, feed and cards', () => {
  it('word the archive and the front page in Chinese', () => {
    expect(archivePage(zh, 1).lede).toBe('共3篇文章，最新的在前。');
    expect(archivePage(zh, 1).nav.label).toBe('第1页，共1页');
    const front = frontPage(zh);
    expect(front.tagline).toBe('有据可查的失败、东山再起与小米崛起的故事');
    expect(front.shelves[0]?.summary).toMatch(/^共3篇 · 2026 · 阅读约\d+分钟$/);
  });

  it('feed the Chinese articles in zh-CN and draw Chinese cards', () => {
    expect(feedOptions(zh, 'https://x.test').customData).toBe('<language>zh-CN</language>');
    expect(feedItems(zh, 'https://x.test').map((i) => i.link)).toEqual([
      '/zh/articles/part-3/',
      '/zh/articles/part-2/',
      '/zh/articles/part-1/',
    ]);
    const cards = socialCards(zh);
    expect(cards[0]?.param).toBe('zh/site');
    expect(cards.find((c) => c.param === 'zh/articles/part-1')?.text.title).toBe('part-1（中文）');
  });
});
