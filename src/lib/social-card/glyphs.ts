import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import opentype from 'opentype.js';
import { facesFor, parseFontFaces, type FontFace } from './font-faces.ts';
import { CJK } from './line-breaking.ts';

/**
 * Type for social cards: Noto Sans SC from @fontsource (Chinese included), read with opentype.js,
 * each glyph shaped with the font's own metrics and rasterised once per size and thread by resvg.
 */

// Fonts: the @fontsource stylesheets say which subset file holds which characters.

const require = createRequire(import.meta.url);
const fontDir = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
export type Weight = 400 | 700;
const faces: FontFace[] = [400, 700].flatMap((weight) =>
  parseFontFaces(readFileSync(join(fontDir, `${weight}.css`), 'utf8')),
);
const fonts = new Map<string, opentype.Font>();
function font(file: string): opentype.Font {
  let parsed = fonts.get(file);
  if (!parsed) {
    const data = readFileSync(join(fontDir, file));
    parsed = opentype.parse(data.buffer.slice(data.byteOffset, data.byteOffset + data.length));
    fonts.set(file, parsed);
  }
  return parsed;
}

export interface Glyph {
  font: opentype.Font;
  glyph: opentype.Glyph;
}
/**
 * The glyph for a character at a weight (each looked up once). Where subsets overlap, the one
 * declared last wins, as in a browser: the Latin subset, not a CJK one, draws quotation marks.
 */
const glyphs = new Map<string, Glyph | null>();
export function glyphFor(char: string, weight: Weight): Glyph | null {
  const key = `${weight}${char}`;
  let found = glyphs.get(key);
  if (found === undefined) {
    found = null;
    for (const face of facesFor(char, faces).reverse()) {
      if (face.weight !== weight) continue;
      const candidate = font(face.file);
      const glyph = candidate.charToGlyph(char);
      if (glyph.index !== 0) {
        found = { font: candidate, glyph };
        break;
      }
    }
    glyphs.set(key, found);
  }
  return found;
}

/** Quotation marks that Noto Sans SC sets a full em wide, as Chinese text wants them. */
const FULLWIDTH_QUOTES = new Set([...'‘’“”']);

interface Placed {
  glyph: Glyph;
  /** Where the glyph's origin goes, from the pen position, and how far the pen then moves. */
  offset: number;
  advance: number;
}

/**
 * Each character's glyph (characters no subset has are dropped), kerned within a subset. Between
 * Latin letters, a quotation mark is set to its ink width, as a Latin font would set it.
 */
export function shape(text: string, size: number, weight: Weight): Placed[] {
  const chars = [...text];
  const shaped = chars.flatMap((char, i): Placed[] => {
    const glyph = glyphFor(char, weight);
    if (!glyph) return [];
    const scale = size / glyph.font.unitsPerEm;
    const nearCjk = CJK.test(chars[i - 1] ?? '') || CJK.test(chars[i + 1] ?? '');
    if (FULLWIDTH_QUOTES.has(char) && !nearCjk) {
      const box = glyph.glyph.getBoundingBox();
      const side = 0.06 * size;
      return [
        { glyph, offset: side - box.x1 * scale, advance: (box.x2 - box.x1) * scale + 2 * side },
      ];
    }
    return [{ glyph, offset: 0, advance: (glyph.glyph.advanceWidth ?? 0) * scale }];
  });
  shaped.forEach((item, i) => {
    const { font: f, glyph } = item.glyph;
    const next = shaped[i + 1]?.glyph;
    if (next && next.font === f)
      item.advance += f.getKerningValue(glyph, next.glyph) * (size / f.unitsPerEm);
  });
  return shaped;
}

export const measure = (text: string, size: number, weight: Weight) =>
  shape(text, size, weight).reduce((width, { advance }) => width + advance, 0);

// Glyph bitmaps: coverage in LEVELS steps, rasterised by resvg once per glyph, size and thread.

export const LEVELS = 32;
interface Bitmap {
  left: number;
  top: number;
  width: number;
  height: number;
  coverage: Uint8Array;
}
const bitmaps = new Map<opentype.Glyph, Map<number, Bitmap>>();
export function bitmap({ font: f, glyph }: Glyph, size: number): Bitmap {
  let bySize = bitmaps.get(glyph);
  if (!bySize) bitmaps.set(glyph, (bySize = new Map()));
  let cached = bySize.get(size);
  if (!cached) {
    const path = glyph.getPath(0, 0, size, undefined, f);
    const box = path.getBoundingBox();
    const left = Math.floor(box.x1);
    const top = Math.floor(box.y1);
    const width = Math.ceil(box.x2) - left + 1;
    const height = Math.ceil(box.y2) - top + 1;
    if (!(box.x2 > box.x1) || !(box.y2 > box.y1)) {
      cached = { left: 0, top: 0, width: 0, height: 0, coverage: new Uint8Array(0) };
    } else {
      const svg =
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
        `<path transform="translate(${-left} ${-top})" d="${path.toPathData(3)}"/></svg>`;
      const pixels = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
      const coverage = new Uint8Array(width * height);
      for (let i = 0; i < coverage.length; i++) {
        coverage[i] = Math.round((pixels[i * 4 + 3]! * (LEVELS - 1)) / 255);
      }
      cached = { left, top, width, height, coverage };
    }
    bySize.set(size, cached);
  }
  return cached;
}
