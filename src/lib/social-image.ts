import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { facesFor, parseFontFaces, type FontFace } from './unicode-range.ts';

/** Social cards (1200×630 PNG) drawn at build time from fonts installed with the project. */

export const CARD = { width: 1200, height: 630 } as const;

const require = createRequire(import.meta.url);
const fontDir = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
const faces: FontFace[] = [400, 700].flatMap((weight) =>
  parseFontFaces(readFileSync(join(fontDir, `${weight}.css`), 'utf8')),
);
const fontData = new Map<string, Buffer>();
const load = (file: string) => {
  if (!fontData.has(file)) fontData.set(file, readFileSync(join(fontDir, file)));
  return fontData.get(file)!;
};

export interface CardText {
  title: string;
  /** "Part 2 of 7 · The Xiaomi Story", or "Series" for a series card. */
  kicker?: string;
  siteName: string;
}

/** The font subsets a text needs; each character is looked up once per build. */
const facesByChar = new Map<string, FontFace[]>();
function facesForText(text: string): FontFace[] {
  const needed = new Set<FontFace>();
  for (const char of new Set(text)) {
    if (!facesByChar.has(char)) facesByChar.set(char, facesFor(char, faces));
    for (const face of facesByChar.get(char)!) needed.add(face);
  }
  return [...needed];
}

type Node = { type: string; props: Record<string, unknown> };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

// Cards are cached by their text and design, so a rebuild after one edit draws one card.
// Change CARD_DESIGN whenever the drawing below changes.
const CARD_DESIGN = 'card-v1';
const cacheDir = join(process.cwd(), 'node_modules/.cache/second-act-cards');

/** A card from the cache, or drawn and cached. */
export async function cardPng(text: CardText): Promise<Buffer> {
  const key = createHash('sha256').update(CARD_DESIGN).update(JSON.stringify(text)).digest('hex');
  const file = join(cacheDir, `${key}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = await renderCard(text);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(file, png);
  return png;
}

/** Renders a card. Only the subsets of Noto Sans SC that the text needs are loaded. */
export async function renderCard({ title, kicker, siteName }: CardText): Promise<Buffer> {
  const text = `${title}${kicker ?? ''}${siteName}`;
  // One family per subset, holding both weights: satori falls back from family to family,
  // not between files of one family.
  const fonts = facesForText(text).map((face) => ({
    name: face.file.replace(/-\d00-normal\.woff$/, ''),
    data: load(face.file),
    weight: face.weight as 400 | 700,
    style: 'normal' as const,
  }));
  const size = title.length > 80 ? 52 : title.length > 50 ? 60 : 70;
  const svg = await satori(
    el(
      'div',
      {
        // Satori sizes the content box: take the padding and the top border off.
        width: CARD.width - 144,
        height: CARD.height - 128 - 18,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: '#1b1f2a',
        color: '#f6f1e7',
        fontFamily: [...new Set(fonts.map((f) => `"${f.name}"`))].join(', '),
        borderTop: '18px solid #ff6900',
      },
      [
        el('div', { fontSize: 30, color: '#ff9a5c', fontWeight: 700, display: 'flex' }, kicker ?? ''),
        el('div', { width: CARD.width - 144, fontSize: size, fontWeight: 700, lineHeight: 1.15 }, title),
        el(
          'div',
          { display: 'flex', justifyContent: 'space-between', fontSize: 30, color: '#c9c3b6' },
          [el('div', { display: 'flex', fontWeight: 700, color: '#f6f1e7' }, siteName), el('div', { display: 'flex' }, 'Sourced stories')],
        ),
      ],
    ) as never,
    { ...CARD, fonts },
  );
  return new Resvg(svg, { fitTo: { mode: 'width', value: CARD.width } }).render().asPng();
}
