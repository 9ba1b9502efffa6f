import { bitmap, glyphFor, LEVELS, measure, shape, type Weight } from './glyphs.ts';
import { ellipsize, fitTitle } from './line-breaking.ts';

/**
 * A card (1200×630) drawn as palette indices: glyph coverages stamped over a frame drawn once
 * (background, accent border, footer). Four ink colours × 32 coverage steps make the palette.
 */

export const CARD = { width: 1200, height: 630 } as const;

export type CardText = {
  title: string;
  /** "Part 2 of 7 · The Xiaomi Story", or "Series · 9 parts" for a series card. */
  kicker?: string;
  siteName: string;
};

// The palette: the background, then each ink colour at coverage 1…LEVELS-1 over it.

const COLORS = {
  bg: '#1b1f2a',
  text: '#f6f1e7',
  kicker: '#ff9a5c',
  muted: '#c9c3b6',
  accent: '#ff6900',
};
const INKS = ['text', 'kicker', 'muted', 'accent'] as const;
type Ink = (typeof INKS)[number];
const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
export const PALETTE = Buffer.from([
  ...rgb(COLORS.bg),
  ...INKS.flatMap((ink) => {
    const [bg, fg] = [rgb(COLORS.bg), rgb(COLORS[ink])];
    return Array.from({ length: LEVELS - 1 }, (_, l) =>
      fg.map((c, i) => Math.round(bg[i]! + ((c - bg[i]!) * (l + 1)) / (LEVELS - 1))),
    ).flat();
  }),
]);
const inkBase = (ink: Ink) => 1 + INKS.indexOf(ink) * (LEVELS - 1);
/** Coverage of a palette index (0 for the background). */
const LEVEL_OF = Uint8Array.from({ length: PALETTE.length / 3 }, (_, i) =>
  i === 0 ? 0 : ((i - 1) % (LEVELS - 1)) + 1,
);

/** Stamps a run of text with its baseline at (x, y). */
function stamp(
  pixels: Uint8Array,
  text: string,
  x: number,
  y: number,
  size: number,
  weight: Weight,
  ink: Ink,
): void {
  const base = inkBase(ink) - 1;
  for (const { glyph, offset, advance } of shape(text, size, weight)) {
    const b = bitmap(glyph, size);
    const left = Math.round(x + offset) + b.left;
    const top = Math.round(y) + b.top;
    for (let row = 0; row < b.height; row++) {
      const py = top + row;
      if (py < 0 || py >= CARD.height) continue;
      for (let col = 0; col < b.width; col++) {
        const level = b.coverage[row * b.width + col]!;
        const px = left + col;
        if (level === 0 || px < 0 || px >= CARD.width) continue;
        const at = py * CARD.width + px;
        // Where glyphs overlap, the stronger coverage wins.
        if (level > LEVEL_OF[pixels[at]!]!) pixels[at] = base + level;
      }
    }
    x += advance;
  }
}

function fillRect(pixels: Uint8Array, x: number, y: number, w: number, h: number, ink: Ink) {
  const index = inkBase(ink) + LEVELS - 2;
  for (let row = y; row < y + h; row++)
    pixels.fill(index, row * CARD.width + x, row * CARD.width + x + w);
}

// The design: an accent border on top, the kicker, the title midway in the space below it, and a
// footer with the site name and strapline.

const PAD_X = 72;
const PAD_Y = 64;
const BORDER = 18;
const WIDTH = CARD.width - 2 * PAD_X;
const KICKER = { size: 30, lineHeight: 1.2 };
const FOOTER = { size: 30, lineHeight: 1.4, strapline: 'Sourced stories' };
const TITLE = { sizes: [70, 60, 52, 44], lineHeight: 1.15 };
const BODY_TOP = BORDER + PAD_Y;
const FOOTER_TOP = CARD.height - PAD_Y - Math.ceil(FOOTER.size * FOOTER.lineHeight);
/** Baseline of a line of `size` in a line box of `lineHeight` starting at `top` (as CSS centres it). */
function baseline(top: number, size: number, lineHeight: number): number {
  const f = glyphFor('A', 700)!.font; // every subset shares the family's vertical metrics
  const [ascent, descent] = [f.ascender / f.unitsPerEm, -f.descender / f.unitsPerEm];
  return top + ((lineHeight - ascent - descent) / 2 + ascent) * size;
}

/** Background, border and footer, drawn once per site name and thread. */
const frames = new Map<string, Uint8Array>();
function frame(siteName: string): Uint8Array {
  let pixels = frames.get(siteName);
  if (!pixels) {
    pixels = new Uint8Array(CARD.width * CARD.height);
    fillRect(pixels, 0, 0, CARD.width, BORDER, 'accent');
    const y = baseline(FOOTER_TOP, FOOTER.size, FOOTER.lineHeight);
    stamp(pixels, siteName, PAD_X, y, FOOTER.size, 700, 'text');
    const strap = measure(FOOTER.strapline, FOOTER.size, 400);
    stamp(pixels, FOOTER.strapline, PAD_X + WIDTH - strap, y, FOOTER.size, 400, 'muted');
    frames.set(siteName, pixels);
  }
  return pixels;
}

/** The card as palette indices, row by row. */
export function drawCard({ title, kicker, siteName }: CardText): Uint8Array {
  const pixels = frame(siteName).slice();
  const kickerHeight = KICKER.size * KICKER.lineHeight;
  if (kicker) {
    const fitted = ellipsize(kicker, WIDTH, (run) => measure(run, KICKER.size, 700));
    stamp(
      pixels,
      fitted,
      PAD_X,
      baseline(BODY_TOP, KICKER.size, KICKER.lineHeight),
      KICKER.size,
      700,
      'kicker',
    );
  }
  const room = FOOTER_TOP - PAD_Y / 2 - (BODY_TOP + kickerHeight);
  const { size, lines } = fitTitle(title, WIDTH, room, TITLE.lineHeight, TITLE.sizes, (run, at) =>
    measure(run, at, 700),
  );
  const lineBox = size * TITLE.lineHeight;
  let top = BODY_TOP + kickerHeight + (room - lines.length * lineBox) / 2;
  for (const line of lines) {
    stamp(pixels, line, PAD_X, baseline(top, size, TITLE.lineHeight), size, 700, 'text');
    top += lineBox;
  }
  return pixels;
}
