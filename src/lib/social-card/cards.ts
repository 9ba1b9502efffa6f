import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import type { CardText } from './draw.ts';

/**
 * Social cards (1200×630 PNG) at build time, Chinese titles included. Cost per card is what
 * limits a big site, so cards are set like type from a case (glyphs.ts, draw.ts), cached by
 * their text and design in the build cache, and drawn by a pool of worker threads (tinypool)
 * that the card route fills as soon as it knows its pages.
 */

export type { CardText };

// Change CARD_DESIGN whenever the drawing changes: cached cards of another design are not reused.
const CARD_DESIGN = 'card-v3';

/**
 * The build cache: Astro's cacheDir (astro.config.mjs sets ASTRO_CACHE_DIR to it), holding Astro's
 * own image and content caches and, in second-act-cards/, these cards.
 */
function cardCacheDir(): string {
  return resolve(process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro', 'second-act-cards');
}

/** The cache file of a card: its text and the design version, hashed. */
function cardFile(text: CardText, dir = cardCacheDir()): string {
  const key = createHash('sha256').update(CARD_DESIGN).update(JSON.stringify(text)).digest('hex');
  return join(dir, `${key}.png`);
}

// The pool: worker.ts calls writeCard (render.ts). Threads end when idle, so a finished build can
// exit. This thread loads the drawing code only if the pool fails: loading it costs ~0.9 s (resvg's
// binding asks Node for a full diagnostic report to tell glibc from musl).

export interface CardJob {
  text: CardText;
  file: string;
}

function workerFile(): string | undefined {
  // Beside this module when it runs from source (tests, the bench); from the project root when
  // Astro has bundled this module into its build output.
  const candidates = [
    fileURLToPath(new URL('worker.ts', import.meta.url)),
    resolve('src/lib/social-card/worker.ts'),
  ];
  return candidates.find((file) => existsSync(file));
}

let pool: Tinypool | null | undefined;
function cardPool(): Tinypool | null {
  if (pool === undefined) {
    const filename = workerFile();
    pool =
      filename && process.env.SECOND_ACT_CARD_WORKERS !== '0'
        ? new Tinypool({
            filename,
            minThreads: 0,
            maxThreads: Math.max(1, Math.min(4, availableParallelism())),
            idleTimeout: 200,
          })
        : null;
  }
  return pool;
}

/** Cards being drawn, by file, so a card asked for twice is drawn once. */
const pending = new Map<string, Promise<void>>();

/**
 * Cards per pool task. A task costs the pool about as much as drawing a card (a message each way,
 * a memory check), so at 1,000 cards one task each kept the build waiting on the pool for 5 s.
 */
const CARDS_PER_TASK = 16;

/** Draws cards into their cache files, in the pool (or in this thread if the pool fails). */
function draw(jobs: CardJob[]): void {
  jobs = jobs.filter((job) => !pending.has(job.file));
  for (let start = 0; start < jobs.length; start += CARDS_PER_TASK) {
    const task = jobs.slice(start, start + CARDS_PER_TASK);
    const workers = cardPool();
    const here = () =>
      import('./render.ts').then(({ writeCard }) => {
        for (const { text, file } of task) writeCard(text, file);
      });
    const promise: Promise<void> = workers ? workers.run(task).catch(here) : here();
    for (const { file } of task) {
      pending.set(file, promise);
      promise.then(
        () => pending.delete(file),
        () => pending.delete(file),
      );
    }
  }
}

/**
 * Starts drawing every card that is not in the cache yet, in the background and in the order
 * given (the order the pages ask for them), so the pool works ahead of the pages.
 */
export function prepareCards(texts: readonly CardText[]): void {
  const dir = cardCacheDir();
  draw(
    texts
      .map((text) => ({ text, file: cardFile(text, dir) }))
      .filter(({ file }) => !existsSync(file)),
  );
}

/** Makes sure a card is in the cache (drawing it if needed); resolves to its cache file. */
export async function cachedCard(text: CardText): Promise<string> {
  const file = cardFile(text);
  if (!pending.has(file) && !existsSync(file)) draw([{ text, file }]);
  await pending.get(file);
  return file;
}

/** A card from the cache, or drawn and cached. */
export async function cardPng(text: CardText): Promise<Buffer> {
  return readFileSync(await cachedCard(text));
}
