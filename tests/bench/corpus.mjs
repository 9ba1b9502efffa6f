// Writes a synthetic content tree for benchmarks: N articles of about 1,000 words with headings,
// a table and footnotes, grouped into series of up to 10 parts, tagged with topics, written by
// three authors, with a few generated hero images shared between them. A fixed seed makes the
// same corpus every time.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

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

const WORDS = (
  'company founder market phone launch price investor share series growth software hardware ' +
  'factory engineer product customer revenue quarter strategy decision failure comeback listing ' +
  'exchange speech fans store credit supply chain design team capital board record sales ' +
  'network device platform battery screen camera chip partner retail online offline region ' +
  'Beijing Wuhan Shenzhen Hong Kong analyst report figure estimate forecast target delivery ' +
  'order model version update review test release build budget risk return margin volume'
).split(' ');
const TOPICS = ['xiaomi', 'lei-jun', 'smartphones', 'ipo', 'failure', 'leadership', 'investing', 'ecosystem', 'media', 'electric-vehicles'];
const HEROES = 6;

export async function writeCorpus(dir, count, seed = 20211010) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const sentence = () => {
    const n = 8 + Math.floor(rand() * 14);
    const words = Array.from({ length: n }, () => pick(WORDS));
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    return `${words.join(' ')}${rand() < 0.1 ? `, ${1990 + Math.floor(rand() * 35)}` : ''}.`;
  };
  const paragraph = () => Array.from({ length: 4 + Math.floor(rand() * 3) }, sentence).join(' ');

  for (const sub of ['articles/_heroes', 'authors', 'series']) mkdirSync(join(dir, sub), { recursive: true });
  for (let i = 0; i < HEROES; i++) {
    const hue = Math.floor(rand() * 360);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><rect width="1600" height="900" fill="hsl(${hue},35%,20%)"/>${Array.from({ length: 12 }, (_, k) => `<rect x="${120 + k * 115}" y="${800 - (k + 1) * 50}" width="80" height="${(k + 1) * 50}" fill="hsl(${(hue + 30) % 360},80%,${40 + k * 3}%)"/>`).join('')}</svg>`;
    await sharp(Buffer.from(svg)).png().toFile(join(dir, `articles/_heroes/hero-${i}.png`));
  }
  const authors = ['ana-lima', 'ben-okafor', 'chen-yu'];
  for (const id of authors) {
    writeFileSync(join(dir, `authors/${id}.yaml`), `name: ${id.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join(' ')}\nshortBio: Writes benchmark articles.\nbio: Writes benchmark articles about companies and markets.\n`);
  }
  writeFileSync(join(dir, 'topics.yaml'), TOPICS.map((t) => `${t}:\n  title: ${t.replace('-', ' ')}\n  description: Articles about ${t.replace('-', ' ')}.\n`).join(''));

  const seriesCount = Math.max(1, Math.floor(count / 25));
  for (let s = 0; s < seriesCount; s++) {
    writeFileSync(join(dir, `series/series-${s}.yaml`), `title: Series ${s}\ndescription: Benchmark series number ${s}.\n`);
  }
  const partsBySeries = new Array(seriesCount).fill(0);
  for (let i = 0; i < count; i++) {
    const slug = `article-${String(i).padStart(5, '0')}`;
    // Two in five articles belong to a series, numbered in order of appearance.
    const series = rand() < 0.4 ? Math.floor(rand() * seriesCount) : undefined;
    const seriesLines = series === undefined ? '' : `series: series-${series}\npart: ${++partsBySeries[series]}\n`;
    const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(rand() * 11 * 365) * 86_400_000).toISOString().slice(0, 10);
    const topics = [...new Set([pick(TOPICS), pick(TOPICS), pick(TOPICS)])];
    const body = [
      paragraph(),
      ...Array.from({ length: 5 }, (_, h) => `## ${sentence().slice(0, 40).replace(/[.,]$/, '')} ${h + 1}\n\n${paragraph()}\n\n${paragraph()}${h === 1 ? '[^1]' : ''}`),
      `| Year | Units | Share |\n| --- | ---: | ---: |\n${Array.from({ length: 4 }, (_, r) => `| ${2016 + r} | ${Math.floor(rand() * 90_000)} | ${Math.floor(rand() * 30)}% |`).join('\n')}`,
      paragraph(),
      `[^1]: ${sentence()}`,
    ].join('\n\n');
    writeFileSync(
      join(dir, `articles/${slug}.md`),
      `---\ntitle: "${sentence().slice(0, 60).replace(/[.,]$/, '')} ${i}"\ndescription: "${sentence()}"\npubDate: ${day}\nauthor: ${pick(authors)}\n${seriesLines}topics: [${topics.join(', ')}]\nhero:\n  image: ./_heroes/hero-${i % HEROES}.png\n  alt: "Generated bar chart number ${i % HEROES}."\n  credit: "Second Act"\n  license: "CC BY 4.0"\nsources:\n  - title: "Example source"\n    url: "https://example.com/${slug}"\n---\n\n${body}\n`,
    );
  }
}
