import { describe, expect, it } from 'vitest';
import { newestOnly } from '../../../src/scripts/search/engine.ts';
import { markOnly } from '../../../src/scripts/search/results.ts';

describe('newest search wins', () => {
  const later = <T>(value: T, ms: number) =>
    new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

  it('drops an older answer that arrives after a newer one', async () => {
    const search = newestOnly((term: string, ms: number) => later(term, ms));
    const prefix = search('San', 30);
    const word = search('Sanse', 1);
    expect(await word).toBe('Sanse');
    expect(await prefix).toBeUndefined();
  });

  it('keeps the newest even when it is the slowest', async () => {
    const search = newestOnly((term: string, ms: number) => later(term, ms));
    const prefix = search('San', 1);
    const word = search('Sanse', 30);
    expect(await prefix).toBeUndefined();
    expect(await word).toBe('Sanse');
  });

  it('drops every running call on cancel()', async () => {
    const search = newestOnly((term: string) => later(term, 5));
    const running = search('Sanse');
    search.cancel();
    expect(await running).toBeUndefined();
    expect(await search('Pangu')).toBe('Pangu');
  });
});

describe('excerpts', () => {
  it('keep <mark> and drop any other tag', () => {
    expect(
      markOnly(
        'a <mark>Sanse</mark> &lt;b&gt; card<img src=x onerror=alert(1)> <script>x</script>',
      ),
    ).toBe('a <mark>Sanse</mark> &lt;b&gt; card x');
  });
});
