// Writes a synthetic content tree for benchmarks: N articles of about 1,000 words of prose drawn
// from a vocabulary of 30,000 English words in a Zipf-like distribution (Debian's `wamerican` list,
// installed by the bench when missing), with headings, a table and footnotes, grouped into series
// of up to 10 parts, tagged with topics, written by three authors. Each article has its own
// 1600×900 hero by default (`shared: true` uses 6 heroes for the whole corpus). A fixed seed makes
// the same corpus every time.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

export const WORD_LIST = '/usr/share/dict/american-english';
export const VOCABULARY = 30_000;
/** A word every article is likely to contain (rank 12 of the distribution), for the common query. */
export const COMMON_WORD = 'company';

/** mulberry32: a small, fast, seedable PRNG. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Installs Debian's wamerican word list if it is missing (CI and fresh machines). */
export function ensureWordList() {
  if (existsSync(WORD_LIST)) return;
  console.error(`▶ installing Debian's wamerican word list (${WORD_LIST})…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'wamerican'], { stdio: 'inherit', env });
}

// The most frequent words of English prose, so the head of the distribution reads like prose.
const HEAD = (
  'the of and to a in that is was he for it with as his on be at by had are but from or have an ' +
  'they which one you were all we her she there would their will when who him been has more if no ' +
  'out so said what up its about than into them can only other new some could time these two may ' +
  'then do first any my now such like our over man me even most made after also did many before ' +
  'must through back years where much your way well down should because each just those people'
).split(' ');
// Domain words placed high in the distribution, so the corpus still reads as business journalism.
const DOMAIN = (
  'company founder market phone launch price investor share series growth software hardware ' +
  'factory engineer product customer revenue quarter strategy decision failure comeback listing'
).split(' ');
const TOPICS = [
  'xiaomi',
  'lei-jun',
  'smartphones',
  'ipo',
  'failure',
  'leadership',
  'investing',
  'ecosystem',
  'media',
  'electric-vehicles',
];
const SHARED_HEROES = 6;

/** Vocabulary in rank order, and a sampler drawing ranks with P(r) ∝ 1 / (r + 2.7)^1.07 (Zipf–Mandelbrot). */
function vocabulary(rand) {
  ensureWordList();
  const seen = new Set([...HEAD, ...DOMAIN]);
  const pool = readFileSync(WORD_LIST, 'utf8')
    .split('\n')
    .filter((w) => /^[a-z]{3,14}$/.test(w) && !seen.has(w));
  // A seeded shuffle, so the ranks do not follow the alphabet.
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  const words = [...HEAD.slice(0, 12), ...DOMAIN.slice(0, 1), ...HEAD.slice(12)];
  DOMAIN.slice(1).forEach((w, i) => words.splice(20 + i * 6, 0, w));
  words.push(...pool.slice(0, VOCABULARY - words.length));
  const cdf = new Float64Array(words.length);
  let sum = 0;
  for (let r = 0; r < words.length; r++) cdf[r] = sum += 1 / (r + 1 + 2.7) ** 1.07;
  const sample = () => {
    const x = rand() * sum;
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo];
  };
  return { words, sample };
}

/** Film grain, made once: a 256 px tile of seeded noise, tiled over every hero. */
let grainTile;
async function grain() {
  if (grainTile) return grainTile;
  const rand = random(7);
  const size = 256;
  const pixels = Buffer.alloc(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    const v = 128 + Math.floor((rand() - 0.5) * 28);
    pixels.set([v, v, v, 255], i * 4);
  }
  return (grainTile = await sharp(pixels, { raw: { width: size, height: size, channels: 4 } })
    .png()
    .toBuffer());
}

/**
 * A hero that costs what a photo costs to encode: smooth colour fields (a coarse random grid
 * upscaled), a few shapes and grain, saved as a quality-88 JPEG as a camera or editor would.
 */
async function writeHero(file, rand) {
  const width = 1600;
  const height = 900;
  const grid = Buffer.from(Array.from({ length: 9 * 6 * 3 }, () => 30 + Math.floor(rand() * 200)));
  const field = await sharp(grid, { raw: { width: 9, height: 6, channels: 3 } })
    .resize(width, height, { kernel: 'cubic', fit: 'fill' })
    .raw()
    .toBuffer();
  const hue = Math.floor(rand() * 360);
  const bars = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${Array.from({ length: 8 }, (_, k) => `<rect x="${160 + k * 160}" y="${Math.round(820 - (k + 1) * 70 * (0.5 + rand()))}" width="100" height="${(k + 1) * 70}" rx="8" fill="hsla(${(hue + k * 12) % 360},70%,${35 + k * 4}%,0.85)"/>`).join('')}</svg>`;
  await sharp(field, { raw: { width, height, channels: 3 } })
    .composite([
      { input: Buffer.from(bars) },
      { input: await grain(), tile: true, blend: 'overlay' },
    ])
    .jpeg({ quality: 88 })
    .toFile(file);
}

/**
 * Writes the corpus; returns what the bench reports about it: distinct words used, a rare word
 * (in exactly one article) and the common word, for the first-query measurements.
 */
export async function writeCorpus(dir, count, { seed = 20211010, shared = false } = {}) {
  const rand = random(seed);
  const { sample } = vocabulary(random(seed ^ 0x5eed));
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const docsByWord = new Map();
  let article = 0;
  const word = () => {
    const w = sample();
    const last = docsByWord.get(w);
    if (last === undefined) docsByWord.set(w, [article, 1]);
    else if (last[0] !== article) docsByWord.set(w, [article, last[1] + 1]);
    return w;
  };
  const sentence = () => {
    const n = 8 + Math.floor(rand() * 14);
    const words = Array.from({ length: n }, word);
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    if (n > 12 && rand() < 0.4) words[Math.floor(n / 2)] += ',';
    return `${words.join(' ')}${rand() < 0.1 ? ` in ${1990 + Math.floor(rand() * 35)}` : ''}.`;
  };
  const paragraph = () => Array.from({ length: 4 + Math.floor(rand() * 3) }, sentence).join(' ');
  const title = () => {
    const words = Array.from({ length: 4 + Math.floor(rand() * 6) }, word);
    return words.map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
  };

  for (const sub of ['articles/_heroes', 'authors', 'series'])
    mkdirSync(join(dir, sub), { recursive: true });
  const heroes = shared ? SHARED_HEROES : count;
  const heroRand = random(seed ^ 0x4e70);
  for (let i = 0; i < heroes; i += 4) {
    await Promise.all(
      Array.from({ length: Math.min(4, heroes - i) }, (_, k) =>
        writeHero(join(dir, `articles/_heroes/hero-${i + k}.jpg`), heroRand),
      ),
    );
  }
  const authors = ['ana-lima', 'ben-okafor', 'chen-yu'];
  for (const id of authors) {
    writeFileSync(
      join(dir, `authors/${id}.yaml`),
      `name: ${id
        .split('-')
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join(
          ' ',
        )}\nshortBio: Writes benchmark articles.\nbio: Writes benchmark articles about companies and markets.\n`,
    );
  }
  writeFileSync(
    join(dir, 'topics.yaml'),
    TOPICS.map(
      (t) =>
        `${t}:\n  title: ${t.replace('-', ' ')}\n  description: Articles about ${t.replace('-', ' ')}.\n`,
    ).join(''),
  );

  const seriesCount = Math.max(1, Math.floor(count / 25));
  for (let s = 0; s < seriesCount; s++) {
    writeFileSync(
      join(dir, `series/series-${s}.yaml`),
      `title: Series ${s}\ndescription: Benchmark series number ${s}.\n`,
    );
  }
  const partsBySeries = new Array(seriesCount).fill(0);
  for (let i = 0; i < count; i++) {
    article = i;
    const slug = `article-${String(i).padStart(5, '0')}`;
    // Two in five articles belong to a series, numbered in order of appearance.
    const series = rand() < 0.4 ? Math.floor(rand() * seriesCount) : undefined;
    const seriesLines =
      series === undefined ? '' : `series: series-${series}\npart: ${++partsBySeries[series]}\n`;
    const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(rand() * 11 * 365) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const topics = [...new Set([pick(TOPICS), pick(TOPICS), pick(TOPICS)])];
    const body = [
      paragraph(),
      ...Array.from(
        { length: 5 },
        (_, h) => `## ${title()}\n\n${paragraph()}\n\n${paragraph()}${h === 1 ? '[^1]' : ''}`,
      ),
      `| Year | Units | Share |\n| --- | ---: | ---: |\n${Array.from({ length: 4 }, (_, r) => `| ${2016 + r} | ${Math.floor(rand() * 90_000)} | ${Math.floor(rand() * 30)}% |`).join('\n')}`,
      paragraph(),
      `[^1]: ${sentence()}`,
    ].join('\n\n');
    const hero = shared ? i % SHARED_HEROES : i;
    writeFileSync(
      join(dir, `articles/${slug}.md`),
      `---\ntitle: "${title()} ${i}"\ndescription: "${sentence()}"\npubDate: ${day}\nauthor: ${pick(authors)}\n${seriesLines}topics: [${topics.join(', ')}]\nhero:\n  image: ./_heroes/hero-${hero}.jpg\n  alt: "Generated chart number ${hero}."\n  credit: "Second Act"\n  license: "CC BY 4.0"\nsources:\n  - title: "Example source"\n    url: "https://example.com/${slug}"\n---\n\n${body}\n`,
    );
  }
  // The rare word: in as few articles as any word (one, at 1,000 articles; at 10,000 every word of
  // the vocabulary may be in several), chosen from the middle of the alphabet so the index chunk
  // holding it is not a special case.
  const fewest = Math.min(...[...docsByWord.values()].map(([, docs]) => docs));
  const once = [...docsByWord]
    .filter(([, [, docs]]) => docs === fewest)
    .map(([w]) => w)
    .sort();
  return {
    articles: count,
    heroes,
    distinctWords: docsByWord.size,
    rareWord: once[Math.floor(once.length / 2)],
    rareWordArticles: fewest,
    commonWord: COMMON_WORD,
    commonWordArticles: docsByWord.get(COMMON_WORD)?.[1] ?? 0,
  };
}
