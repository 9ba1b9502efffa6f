import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { crc32, deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { facesFor, parseFontFaces, type FontFace } from './unicode-range.ts';

/**
 * Social cards (1200×630 PNG) drawn at build time from fonts installed with the project.
 *
 * Cost per card is what limits a big site, so: the fonts are read and parsed once per thread (the
 * same font list object for the same set of subsets, which is what satori caches on); the fixed
 * parts of the card (background, border, footer) are drawn once, and only the kicker and title go
 * through satori and resvg per card, then are copied into a copy of that frame; the
 * PNG is written here at a low zlib level (a flat card compresses well anyway); and cards are
 * drawn by a pool of worker threads, one per core, that the og route fills as soon as it knows its
 * pages, writing each card straight into the build cache.
 */

export const CARD = { width: 1200, height: 630 } as const;

// Cards are cached by their text and design, so a rebuild after one edit draws one card.
// Change CARD_DESIGN whenever the drawing below changes.
export const CARD_DESIGN = 'card-v2';

/**
 * The build cache: Astro's cacheDir (astro.config.mjs sets ASTRO_CACHE_DIR to it), holding Astro's
 * own image and content caches and, in second-act-cards/, these cards.
 */
export function cardCacheDir(): string {
  return resolve(process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro', 'second-act-cards');
}

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

type SatoriFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
/** One font list per set of subsets: satori keeps parsed fonts per list, so reuse is free. */
const fontLists = new Map<string, SatoriFont[]>();
function fontsFor(text: string): SatoriFont[] {
  const needed = facesForText(text);
  const key = needed
    .map((f) => f.file)
    .sort()
    .join('|');
  let fonts = fontLists.get(key);
  if (!fonts) {
    // One family per subset, holding both weights: satori falls back from family to family,
    // not between files of one family.
    fonts = needed.map((face) => ({
      name: face.file.replace(/-\d00-normal\.woff$/, ''),
      data: load(face.file),
      weight: face.weight as 400 | 700,
      style: 'normal' as const,
    }));
    fontLists.set(key, fonts);
  }
  return fonts;
}

type Node = { type: string; props: Record<string, unknown> };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

const PAD_X = 72;
const PAD_Y = 64;
const BORDER = 18;
const COLORS = {
  bg: '#1b1f2a',
  text: '#f6f1e7',
  kicker: '#ff9a5c',
  muted: '#c9c3b6',
  accent: '#ff6900',
};
const FOOTER_SIZE = 30;

const family = (fonts: SatoriFont[]) => [...new Set(fonts.map((f) => `"${f.name}"`))].join(', ');
/** The inside of satori's <svg>…</svg>. */
const inner = (svg: string) => svg.slice(svg.indexOf('>') + 1, svg.lastIndexOf('</svg>'));

/** The footer (site name and strapline), laid out once per site name and thread. */
const footers = new Map<string, Promise<string>>();
function footer(siteName: string): Promise<string> {
  let svg = footers.get(siteName);
  if (!svg) {
    const fonts = fontsFor(`${siteName}Sourced stories`);
    const height = Math.ceil(FOOTER_SIZE * 1.4);
    svg = satori(
      el(
        'div',
        {
          width: CARD.width - 2 * PAD_X,
          height,
          display: 'flex',
          justifyContent: 'space-between',
          fontSize: FOOTER_SIZE,
          color: COLORS.muted,
          fontFamily: family(fonts),
        },
        [
          el('div', { display: 'flex', fontWeight: 700, color: COLORS.text }, siteName),
          el('div', { display: 'flex' }, 'Sourced stories'),
        ],
      ) as never,
      { width: CARD.width - 2 * PAD_X, height, fonts },
    ).then(
      (footerSvg) =>
        `<g transform="translate(${PAD_X} ${CARD.height - PAD_Y - height})">${inner(footerSvg)}</g>`,
    );
    footers.set(siteName, svg);
  }
  return svg;
}

const BODY = {
  left: PAD_X,
  top: BORDER + PAD_Y,
  width: CARD.width - 2 * PAD_X,
  height: CARD.height - BORDER - 2 * PAD_Y - Math.ceil(FOOTER_SIZE * 1.4),
};

/** The kicker and title as SVG, the size of the card's body, which satori lays out per card. */
export function bodySvg({ title, kicker }: CardText): Promise<string> {
  const fonts = fontsFor(`${title}${kicker ?? ''}`);
  const size = title.length > 80 ? 52 : title.length > 50 ? 60 : 70;
  return satori(
    el(
      'div',
      {
        width: BODY.width,
        height: BODY.height,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        background: COLORS.bg,
        color: COLORS.text,
        fontFamily: family(fonts),
      },
      [
        el(
          'div',
          { fontSize: 30, color: COLORS.kicker, fontWeight: 700, display: 'flex' },
          kicker ?? '',
        ),
        el('div', { width: BODY.width, fontSize: size, fontWeight: 700, lineHeight: 1.15 }, title),
        // Space-between over three children puts the title midway, as in the first design.
        el('div', { display: 'flex', height: 0 }),
      ],
    ) as never,
    { width: BODY.width, height: BODY.height, fonts },
  );
}

/** The card without its body (background, top border, footer), drawn once per site name and thread. */
const frames = new Map<string, Promise<Buffer>>();
function frame(siteName: string): Promise<Buffer> {
  let pixels = frames.get(siteName);
  if (!pixels) {
    pixels = footer(siteName).then((foot) => {
      const svg =
        `<svg width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}" xmlns="http://www.w3.org/2000/svg">` +
        `<rect width="${CARD.width}" height="${CARD.height}" fill="${COLORS.bg}"/>` +
        `<rect width="${CARD.width}" height="${BORDER}" fill="${COLORS.accent}"/>${foot}</svg>`;
      return rasterise(svg).pixels;
    });
    frames.set(siteName, pixels);
  }
  return pixels;
}

const rasterise = (svg: string) =>
  new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();

function pngChunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * RGBA pixels to PNG: no row filters and zlib level 2. Three times faster than resvg's own PNG
 * writer, and a card's flat colours still compress to about 45 KB.
 */
export function encodePng(rgba: Buffer, width: number, height: number): Buffer {
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height); // each row: filter type 0, then the pixels
  for (let y = 0; y < height; y++)
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw, { level: 2 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Renders a card in this thread: only the body (kicker and title) is laid out and rasterised, then
 * copied into the frame. Only the subsets of Noto Sans SC that the text needs are loaded.
 */
export async function renderCard(text: CardText): Promise<Buffer> {
  const [base, svg] = await Promise.all([frame(text.siteName), bodySvg(text)]);
  const body = rasterise(svg);
  const pixels = Buffer.from(base);
  const stride = CARD.width * 4;
  const row = body.width * 4;
  const src = body.pixels;
  for (let y = 0; y < body.height; y++) {
    src.copy(pixels, (BODY.top + y) * stride + BODY.left * 4, y * row, (y + 1) * row);
  }
  return encodePng(pixels, CARD.width, CARD.height);
}

/** The cache file of a card: its text and the design version, hashed. */
export function cardFile(text: CardText, dir = cardCacheDir()): string {
  const key = createHash('sha256').update(CARD_DESIGN).update(JSON.stringify(text)).digest('hex');
  return join(dir, `${key}.png`);
}

/** Renders a card and writes it to `file` (atomically: a half-written card is never read). */
export async function writeCard(text: CardText, file: string): Promise<void> {
  const png = await renderCard(text);
  mkdirSync(dirname(file), { recursive: true });
  const part = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.part`;
  writeFileSync(part, png);
  renameSync(part, file);
}

// The worker pool. Each worker runs social-card-worker.ts, which calls writeCard.

interface Job {
  text: CardText;
  file: string;
  resolve: () => void;
  reject: (error: Error) => void;
}
interface PoolWorker {
  worker: Worker;
  job?: Job;
}

const POOL_SIZE = Math.max(1, Math.min(4, availableParallelism()));
let pool: PoolWorker[] | undefined;
const queue: Job[] = [];
/** Cards being drawn, by file, so a card asked for twice is drawn once. */
const pending = new Map<string, Promise<void>>();

function workerFile(): string | undefined {
  // Beside this module when it runs from source (tests, the bench); from the project root when
  // Astro has bundled this module into its build output.
  const name = 'social-card-worker.ts';
  const candidates = [fileURLToPath(new URL(name, import.meta.url)), resolve('src/lib', name)];
  return candidates.find((file) => existsSync(file));
}

function startPool(): PoolWorker[] | undefined {
  if (pool) return pool;
  const file = workerFile();
  if (!file || process.env.SECOND_ACT_CARD_WORKERS === '0') return undefined;
  pool = Array.from({ length: POOL_SIZE }, () => {
    const entry: PoolWorker = { worker: new Worker(file) };
    entry.worker.unref();
    entry.worker.on('message', (message: { error?: string }) => {
      const job = entry.job!;
      entry.job = undefined;
      entry.worker.unref();
      if (message.error) job.reject(new Error(message.error));
      else job.resolve();
      next();
    });
    entry.worker.on('error', (error) => {
      // A broken worker: its job and every later one are drawn in this thread instead.
      pool = pool?.filter((p) => p !== entry);
      const job = entry.job;
      entry.job = undefined;
      if (job) writeCard(job.text, job.file).then(job.resolve, job.reject);
      if (pool?.length === 0) {
        for (const queued of queue.splice(0))
          writeCard(queued.text, queued.file).then(queued.resolve, queued.reject);
      }
      void error;
    });
    return entry;
  });
  return pool;
}

function next(): void {
  for (const entry of pool ?? []) {
    if (entry.job) continue;
    const job = queue.shift();
    if (!job) return;
    entry.job = job;
    entry.worker.ref(); // keep the process alive while a card is being drawn
    entry.worker.postMessage({ text: job.text, file: job.file });
  }
}

/** Draws a card into its cache file, in the pool (or in this thread without one). */
function draw(text: CardText, file: string): Promise<void> {
  let promise = pending.get(file);
  if (!promise) {
    promise = startPool()
      ? new Promise<void>((resolve, reject) => {
          queue.push({ text, file, resolve, reject });
          next();
        })
      : writeCard(text, file);
    pending.set(file, promise);
    promise.then(
      () => pending.delete(file),
      () => pending.delete(file),
    );
  }
  return promise;
}

/**
 * Starts drawing every card that is not in the cache yet, in the background, so the pool works
 * ahead of the pages that ask for them.
 */
export function prepareCards(texts: readonly CardText[]): void {
  const dir = cardCacheDir();
  for (const text of texts) {
    const file = cardFile(text, dir);
    if (!existsSync(file)) draw(text, file).catch(() => {}); // cardPng reports the error
  }
}

/** A card from the cache, or drawn and cached. */
export async function cardPng(text: CardText): Promise<Buffer> {
  const file = cardFile(text);
  if (!existsSync(file) || pending.has(file)) await draw(text, file);
  return readFileSync(file);
}
