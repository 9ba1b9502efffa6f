import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { renderCard } from '../../../src/lib/social-card/render.ts';
import { CARD, drawCard } from '../../../src/lib/social-card/draw.ts';

const siteName = 'Second Act';
/** Pixels (palette indices) that differ between two cards, within rows [from, to). */
function changed(a: Uint8Array, b: Uint8Array, from = 0, to = CARD.height): number {
  let count = 0;
  for (let i = from * CARD.width; i < to * CARD.width; i++) if (a[i] !== b[i]) count++;
  return count;
}

describe('social cards', () => {
  it('are 1200×630 palette PNGs that a decoder reads', async () => {
    const png = renderCard({ title: 'Xiaomi’s IPO', kicker: 'Part 7 of 9', siteName });
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png[25]).toBe(3); // IHDR colour type: palette
    const { width, height, format } = await sharp(png).metadata();
    expect({ width, height, format }).toEqual({ ...CARD, format: 'png' });
    expect(png.length).toBeLessThan(60_000);
  });

  it('draw Chinese titles as glyphs', () => {
    const empty = drawCard({ title: '', siteName });
    // Each Han character of a 70 px title inks well over a thousand pixels.
    expect(changed(drawCard({ title: '雷军', siteName }), empty)).toBeGreaterThan(2_000);
    expect(changed(drawCard({ title: '我的梦想，我的选择', siteName }), empty)).toBeGreaterThan(
      8_000,
    );
  });

  it('draw the kicker, and nothing for a character no font has', () => {
    const plain = drawCard({ title: 'Title', siteName });
    expect(
      changed(drawCard({ title: 'Title', kicker: 'Series', siteName }), plain),
    ).toBeGreaterThan(500);
    expect(changed(drawCard({ title: 'Title \u{1F697}', siteName }), plain)).toBe(0);
  });

  it('keep a title of any length clear of the footer', () => {
    const empty = drawCard({ title: '', siteName });
    const long = drawCard({
      title: 'The longest headline anyone ever wrote '.repeat(12),
      siteName,
    });
    expect(changed(long, empty)).toBeGreaterThan(10_000);
    const footerTop = CARD.height - 64 - 42;
    expect(changed(long, empty, footerTop - 16)).toBe(0);
  });
});
