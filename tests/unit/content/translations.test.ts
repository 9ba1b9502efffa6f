import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/lib/content/problems.ts';
import { article, catalogsOf, translationOf } from '../helpers.ts';

const original = article({ slug: 'part-1', series: 'saga', part: 1 });
const problems = (run: () => unknown) => {
  try {
    run();
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems.map((p) => `${p.file}: ${p.field}: ${p.message}`);
  }
};

describe('translations', () => {
  it('join the Chinese catalog with the original’s picture, series and topics', () => {
    const { zh, en } = catalogsOf([original], [translationOf(original)]);
    const [chinese] = zh.articles;
    expect(chinese?.title).toBe('part-1（中文）');
    expect(chinese?.hero.alt).toBe('part-1的配图');
    expect(chinese?.hero.image).toEqual(en.articles[0]?.hero.image);
    expect(chinese?.series).toBe('saga');
    expect(zh.seriesIndex.label(chinese!)).toBe('系列saga · 第1篇（共1篇）');
    expect(en.articles[0]?.locales).toEqual(['en', 'zh']);
  });

  it('leave an untranslated article out of the Chinese edition', () => {
    const other = article({ slug: 'other' });
    const { zh, en } = catalogsOf([original, other], [translationOf(original)]);
    expect(zh.articles.map((a) => a.slug)).toEqual(['part-1']);
    expect(en.articles.find((a) => a.slug === 'other')?.locales).toEqual(['en']);
    expect(en.hasPage('zh', 'articles', 'other')).toBe(false);
    expect(en.hasPage('zh', 'articles', 'part-1')).toBe(true);
  });

  it('fail the build, naming file and field, for a missing original or another series or part', () => {
    const stray = article({ slug: 'nowhere' });
    expect(
      problems(() =>
        catalogsOf(
          [original],
          [
            translationOf(stray),
            translationOf(original, { series: 'other', part: 2 }),
          ],
        ),
      ),
    ).toEqual([
      'content/articles/nowhere/index.zh.md: (file): no article "nowhere" to translate: put index.zh.md beside the article\'s index.md',
      'content/articles/part-1/index.zh.md: series: "other" differs from the original\'s series "saga"',
      'content/articles/part-1/index.zh.md: part: 2 differs from the original\'s part 1',
    ]);
  });
});
