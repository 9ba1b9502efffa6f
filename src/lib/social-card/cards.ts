import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { crc32, deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import opentype from 'opentype.js';
import { CJK, ellipsize, fitTitle } from './line-breaking.ts';
import { facesFor, parseFontFaces, type FontFace } from './font-faces.ts';

/**
 * Social cards (1200×630 PNG) drawn at build time from the Noto Sans SC files installed with the
 * project, including Chinese titles.
 *
 * Cost per card is what limits a big site, so cards are set like type from a case: each glyph is
 * rasterised once per size and thread (opentype.js outline, resvg coverage), lines are broken
 * and kerned with the font's own metrics, and a card is glyph coverages stamped into a palette
 * image (four ink colours × 32 coverage steps over the background) copied from a frame drawn
 * once. A palette PNG deflates in a fraction of the time of RGBA. Cards are drawn by a pool of
 * worker threads, one per core, that the og route fills as soon as it knows its pages, writing
 * each card straight into the build cache.
 */

export const CARD = { width: 1200, height: 630 } as const;

// Cards are cached by their text and design, so a rebuild after one edit draws one card.
// Change CARD_DESIGN whenever the drawing below changes.
export const CARD_DESIGN = 'card-v3';

/**
 * The build cache: Astro's cacheDir (astro.config.mjs sets ASTRO_CACHE_DIR to it), holding Astro's
 * own image and content caches and, in second-act-cards/, these cards.
 */
export function cardCacheDir(): string {
  return resolve(process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro', 'second-act-cards');
}

export interface CardText {
  title: string;
  /** "Part 2 of 7 · The Xiaomi Story", or "Series" for a series card. */
  kicker?: string;
  siteName: string;
}

// Fonts: the @fontsource stylesheets say which subset file holds which characters.

const require = createRequire(import.meta.url);
const fontDir = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
type Weight = 400 | 700;
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

interface Glyph {
  font: opentype.Font;
  glyph: opentype.Glyph;
}
/**
 * The glyph for a character at a weight (each looked up once). Where subsets overlap, the one
 * declared last wins, as in a browser: the Latin subset, not a CJK one, draws quotation marks.
 */
const glyphs = new Map<string, Glyph | null>();
function glyphFor(char: string, weight: Weight): Glyph | null {
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
function shape(text: string, size: number, weight: Weight): Placed[] {
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

const measure = (text: string, size: number, weight: Weight) =>
  shape(text, size, weight).reduce((width, { advance }) => width + advance, 0);

// Glyph bitmaps: coverage in LEVELS steps, rasterised by resvg once per glyph, size and thread.

const LEVELS = 32;
interface Bitmap {
  left: number;
  top: number;
  width: number;
  height: number;
  coverage: Uint8Array;
}
const bitmaps = new Map<opentype.Glyph, Map<number, Bitmap>>();
function bitmap({ font: f, glyph }: Glyph, size: number): Bitmap {
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
const PALETTE = Buffer.from([
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

function pngChunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

// Level 3: about 1.5 ms a card and 25 KB; level 6 takes four times as long for 20 % less.
const DEFLATE_LEVEL = 3;
/** Palette indices to an 8-bit palette PNG (rows unfiltered: flat colour deflates well as it is). */
export function encodePalettePng(indices: Uint8Array, width: number, height: number): Buffer {
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++)
    raw.set(indices.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per index
  header[9] = 3; // palette
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    pngChunk('IHDR', header),
    pngChunk('PLTE', PALETTE),
    pngChunk('IDAT', deflateSync(raw, { level: DEFLATE_LEVEL })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Renders a card in this thread. */
export async function renderCard(text: CardText): Promise<Buffer> {
  return encodePalettePng(drawCard(text), CARD.width, CARD.height);
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
