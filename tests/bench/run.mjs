// `npm run bench`: builds Second Act and a plain-Astro baseline (tests/bench/baseline/) from the
// same synthetic corpus, alternating, and reports both and their ratio.
//   npm run bench                          1,000 articles, then 1,000 with one hero each
//   npm run bench -- --huge                adds 10,000 articles
//   npm run bench -- --sizes 20 --smoke    a quick run (CI): Lighthouse on the home page only
//   npm run bench -- --shared-heroes       skips the run with one distinct hero per article
//   npm run bench -- --no-lighthouse       skips Lighthouse
//   npm run bench -- --no-baseline         skips the baseline builds
// The ratio runs share 6 heroes on both sides, so image encoding does not dilute it; the distinct-
// hero run reports what each hero costs. Prints a table and JSON, and writes the JSON to
// $TMPDIR/second-act-bench.json.
import { spawn } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import sharp from 'sharp';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tools/chromium.mjs';
import { serve } from '../tools/serve.mjs';
import { pageWeight } from '../tools/weight.mjs';
import { writeCorpus } from './corpus.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const sizes = option('--sizes')?.split(',').map(Number) ?? [
  1000,
  ...(flag('--huge') ? [10_000] : []),
];
const smoke = flag('--smoke');
const withLighthouse = !flag('--no-lighthouse');
const withBaseline = !flag('--no-baseline');
// The distinct-hero run: 1,000 articles, or the smallest size asked for when that is smaller.
const heroRunSize = flag('--shared-heroes') ? undefined : Math.min(1000, ...sizes);
const root = new URL('../..', import.meta.url).pathname;
const bin = join(root, 'node_modules/.bin');
const chromePath = CHROMIUM_PATH;
const chromeFlags = ['--headless=new', ...CHROMIUM_ARGS];
/** Our AVIF and WebP encoder settings, read from astro.config.mjs's `image` section. */
const IMAGE_CONFIG = (() => {
  const text = readFileSync(join(root, 'astro.config.mjs'), 'utf8');
  const image = text.slice(text.indexOf('image:'));
  const settings = (format) =>
    JSON.parse(
      (new RegExp(`${format}: (\\{[^}]*\\})`).exec(image)?.[1] ?? '{}')
        .replace(/(\w+):/g, '"$1":')
        .replace(/'/g, '"'),
    );
  return { avif: settings('avif'), webp: settings('webp') };
})();
// The baseline encodes its heroes with the same settings, so images cost the same on both sides.
const env = {
  ...process.env,
  PATH: `${bin}:${process.env.PATH}`,
  ASTRO_TELEMETRY_DISABLED: '1',
  BENCH_IMAGE_CONFIG: JSON.stringify(IMAGE_CONFIG),
};
delete env.ASTRO_CACHE_DIR;

/** Every HTML file below a folder, as paths relative to it. */
const walkHtml = (dir) =>
  readdirSync(dir, { recursive: true })
    .filter((f) => String(f).endsWith('.html'))
    .map(String); // each corpus gets its own cache, derived from CONTENT_DIR

/** Runs commands one after another; returns wall time and the peak memory of their process trees. */
async function run(steps, extraEnv) {
  const started = performance.now();
  let peak = 0;
  let log = '';
  for (const [command, commandArgs, cwd = root] of steps) {
    await new Promise((resolve, reject) => {
      const child = spawn(command, commandArgs, {
        cwd,
        env: { ...env, ...extraEnv },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.on('data', (d) => (log += d));
      child.stderr.on('data', (d) => (log += d));
      const poll = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 100);
      child.on('close', (code) => {
        clearInterval(poll);
        if (code !== 0)
          reject(
            new Error(`${command} ${commandArgs.join(' ')} failed (${code}):\n${log.slice(-3000)}`),
          );
        else resolve();
      });
    });
  }
  return { ms: performance.now() - started, peakMb: peak / 1024, log };
}

/** Second Act: `npm run build`, that is `astro build`, then the search index over the site. */
const buildOurs = (content, out) =>
  run(
    [
      [join(bin, 'astro'), ['build']],
      [join(bin, 'node'), ['src/lib/build/search-index.ts', out]],
    ],
    { CONTENT_DIR: content, OUT_DIR: out },
  );

/** The baseline: `astro build` of tests/bench/baseline, then the Pagefind CLI. */
const buildBaseline = (content, out) =>
  run(
    [
      [join(bin, 'astro'), ['build', '--root', 'tests/bench/baseline']],
      [join(bin, 'pagefind'), ['--site', out, '--force-language', 'en', '--quiet']],
    ],
    { CONTENT_DIR: content, OUT_DIR: out },
  );

const cacheOf = (content) => join(root, 'node_modules/.astro-cache', encodeURIComponent(content));
const baselineCacheOf = (content) =>
  join(root, 'node_modules/.astro-cache', `baseline-${encodeURIComponent(content)}`);

/** Resident memory (KiB) of a process and all its descendants, read from /proc. */
function treeRss(pid) {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {}
  }
  const rss = (p) => {
    try {
      return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      return 0;
    }
  };
  const walk = (p) => rss(p) + (children.get(p) ?? []).reduce((sum, c) => sum + walk(c), 0);
  return walk(pid);
}

function du(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, e) => sum + du(join(path, e)), 0);
}

/**
 * Records, in the page, when results for the whole query first show after the last keystroke:
 * a result link that was not on screen at that keystroke, under a summary that names the query.
 * (Results for a prefix typed earlier may still arrive after the last keystroke; they don't count.)
 */
const watchResults = (scope, query) =>
  `(() => {
    const links = ${JSON.stringify(`${scope} a.search-result-link`)};
    window.__bench = { keyAt: 0, resultAt: 0 };
    document.addEventListener('keydown', () => {
      window.__bench = { keyAt: performance.now(), resultAt: 0 };
      for (const a of document.querySelectorAll(links)) a.dataset.stale = '';
    }, true);
    new MutationObserver(() => {
      const bench = window.__bench;
      if (!bench.keyAt || bench.resultAt) return;
      const summary = document.querySelector(${JSON.stringify(`${scope} .search-summary`)});
      if (!summary || !summary.textContent.includes(${JSON.stringify(query)})) return;
      if ([...document.querySelectorAll(links)].some((a) => !('stale' in a.dataset))) bench.resultAt = performance.now();
    }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  })()`;

async function withPage(fn) {
  const browser = await chromium.launch({
    executablePath: chromePath,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    return await fn(page);
  } finally {
    await browser.close();
  }
}

/**
 * A reader's first search, in a fresh browser: bytes transferred under /pagefind/ (everything
 * Pagefind fetches, as sent) and ms from the last keystroke to rendered results.
 * - through the dialog: on an article, open the dialog from the header, wait 300 ms (as a reader
 *   takes to start typing), type the word;
 * - on the search page: type the word as soon as the page has loaded.
 */
export function firstSearch(base, { path, query, dialog }) {
  return withPage(async (page) => {
    const sizes = [];
    page.on('requestfinished', (request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/')) {
        sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
      }
    });
    await page.goto(`${base}${path}`);
    let input;
    if (dialog) {
      await page.waitForLoadState('networkidle');
      await page.evaluate(watchResults('dialog.search-dialog', query));
      await page.locator('[data-search-open]').first().click();
      input = page.locator('dialog.search-dialog input');
      await input.waitFor({ state: 'visible', timeout: 30_000 });
      await page.waitForTimeout(300);
    } else {
      await page.evaluate(watchResults('[data-search-ui]', query));
      input = page.locator('[data-search-form] input');
    }
    await input.pressSequentially(query, { delay: 30 });
    await page.waitForFunction(() => window.__bench.resultAt > 0, null, { timeout: 30_000 });
    const { keyAt, resultAt } = await page.evaluate(() => window.__bench);
    await page.waitForLoadState('networkidle');
    const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    return { bytes, ms: resultAt - keyAt };
  });
}

async function lighthouseScores(base, paths) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
  const scores = {};
  try {
    for (const [name, path] of Object.entries(paths)) {
      // No full-page screenshot: it stretches the viewport over all lazy search results.
      const job = lighthouse(`${base}${path}`, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        disableFullPageScreenshot: true,
        maxWaitForLoad: 45_000,
      });
      // A run that never ends is reported as such rather than hanging the benchmark.
      const result = await Promise.race([
        job,
        new Promise((r) => setTimeout(() => r(undefined), 240_000)),
      ]);
      if (!result) {
        scores[name] = { timeout: 'no result in 240 s' };
        continue;
      }
      const c = result.lhr.categories;
      scores[name] = Object.fromEntries(
        ['performance', 'accessibility', 'best-practices', 'seo'].map((k) => [
          k,
          Math.round((c[k]?.score ?? 0) * 100),
        ]),
      );
    }
  } finally {
    chrome.kill();
  }
  return scores;
}

/** Social cards drawn cold through the build's pool (one worker per core), amortised per card. */
async function cardCost(count, dir) {
  const cacheDir = join(dir, 'card-cache');
  process.env.ASTRO_CACHE_DIR = cacheDir;
  const { cardPng, prepareCards } = await import('../../src/lib/social-card/cards.ts');
  const texts = Array.from({ length: count }, (_, i) => ({
    title:
      i % 10 === 9
        ? `雷军与小米的第二幕：从金山到上市 ${i}`
        : `The founder who came back to the company he had left, part ${i}`,
    kicker: i % 3 === 0 ? undefined : `Part ${(i % 7) + 1} of 7 · The Xiaomi Story`,
    siteName: 'Second Act',
  }));
  const started = performance.now();
  prepareCards(texts);
  for (const text of texts) await cardPng(text);
  const ms = performance.now() - started;
  delete process.env.ASTRO_CACHE_DIR;
  rmSync(cacheDir, { recursive: true, force: true });
  return ms / count;
}

/**
 * One 1600 px hero into every variant the article page asks for (AVIF and WebP at 640, 1024 and
 * 1600 px), cold, two at a time as Astro's image queue runs them on two cores: with our encoder
 * settings from astro.config.mjs and with Astro's defaults.
 */
async function heroCost(hero) {
  const ours = IMAGE_CONFIG;
  const measure = async ({ avif, webp }) => {
    const jobs = [640, 1024, 1600].flatMap((width) => [
      () => sharp(hero).rotate().resize({ width, withoutEnlargement: true }).avif(avif).toBuffer(),
      () => sharp(hero).rotate().resize({ width, withoutEnlargement: true }).webp(webp).toBuffer(),
    ]);
    const started = performance.now();
    const sizes = [];
    const lanes = Array.from({ length: Math.max(1, availableParallelism()) }, async () => {
      while (jobs.length) sizes.push((await jobs.shift()()).length);
    });
    await Promise.all(lanes);
    return {
      ms: Math.round(performance.now() - started),
      kb: Math.round(sizes.reduce((a, b) => a + b, 0) / 1024),
    };
  };
  sharp.cache(false);
  await measure(ours); // warm up the encoders once
  return {
    settings: ours,
    ours: await measure(ours),
    defaults: await measure({ avif: {}, webp: {} }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await main();
  // Done: leave no worker thread, browser or keep-alive socket holding the process (and CI) open.
  process.exit(0);
}

async function main() {
  const results = [];
  // Inside the project: Astro writes its prerender chunks beside an outDir under the working
  // directory, but for any other outDir into one shared ./.astro/.prerender/, which two builds
  // running at once (ours and anyone else's) would overwrite under each other.
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
  const work = mkdtempSync(join(root, 'node_modules/.cache/second-act-bench-'));
  const log = (message) => console.error(`▶ ${new Date().toISOString().slice(11, 19)} ${message}`);
  for (const size of sizes) {
    const content = join(work, `content-${size}`);
    const out = join(work, `dist-${size}`);
    const baseOut = join(work, `baseline-${size}`);
    log(`${size} articles: writing the corpus (shared heroes)…`);
    const corpus = await writeCorpus(content, size, { shared: true });
    for (const dir of [cacheOf(content), baselineCacheOf(content)])
      rmSync(dir, { recursive: true, force: true });

    // Cold builds, alternating: baseline, ours. Then one edit, and warm rebuilds: ours, baseline.
    const base = {};
    if (withBaseline) {
      log(`${size} articles: baseline cold build + Pagefind CLI…`);
      base.cold = await buildBaseline(content, baseOut);
    }
    log(`${size} articles: Second Act cold build…`);
    const cold = await buildOurs(content, out);
    appendFileSync(
      join(content, 'articles/article-00000.md'),
      '\nOne more sentence, added by the benchmark to make a change.\n',
    );
    log(`${size} articles: Second Act rebuild after one edit…`);
    const warm = await buildOurs(content, out);
    if (withBaseline) {
      log(`${size} articles: baseline rebuild after one edit…`);
      base.warm = await buildBaseline(content, baseOut);
      rmSync(baseOut, { recursive: true, force: true });
    }

    const articlePages = readdirSync(join(out, 'articles')).filter((d) =>
      existsSync(join(out, 'articles', d, 'index.html')),
    );
    const largest = articlePages
      .map((slug) => ({ slug, ...pageWeight(out, `/articles/${slug}/`) }))
      .sort((a, b) => b.htmlCss - a.htmlCss)[0];
    // The heaviest HTML page of any kind (lists, series, front page, articles), and the feed's size.
    const heaviest = walkHtml(out)
      .map((file) => ({ file, gz: gzipSync(readFileSync(join(out, file)), { level: 9 }).length }))
      .sort((a, b) => b.gz - a.gz)[0];
    const feedItems = (readFileSync(join(out, 'rss.xml'), 'utf8').match(/<item>/g) ?? []).length;
    const server = await serve(out);
    const site = `http://127.0.0.1:${server.address().port}`;
    log(`${size} articles: search in Chromium…`);
    const article = `/articles/${largest.slug}/`;
    const rare = await firstSearch(site, { path: article, query: corpus.rareWord, dialog: true });
    const common = await firstSearch(site, {
      path: article,
      query: corpus.commonWord,
      dialog: true,
    });
    const searchPage = await firstSearch(site, { path: '/search/', query: corpus.rareWord });
    const series = readdirSync(join(out, 'series')).find((d) =>
      existsSync(join(out, 'series', d, 'index.html')),
    );
    const lhPaths = smoke
      ? { home: '/' }
      : {
          home: '/',
          article: `/articles/${largest.slug}/`,
          series: `/series/${series}/`,
          search: `/search/?q=${corpus.commonWord}`,
        };
    if (withLighthouse) log(`${size} articles: Lighthouse…`);
    const scores = withLighthouse ? await lighthouseScores(site, lhPaths) : {};
    server.close();
    const indexDirs = ['index', 'fragment', 'filter'].map((d) => join(out, 'pagefind', d));
    const pages = Number(/(\d+) page\(s\) built/.exec(cold.log)?.[1] ?? 0);
    results.push({
      articles: size,
      corpus: {
        distinctWords: corpus.distinctWords,
        rareWord: corpus.rareWord,
        rareWordArticles: corpus.rareWordArticles,
        commonWord: corpus.commonWord,
        heroes: corpus.heroes,
      },
      baseline: withBaseline
        ? {
            coldBuildS: +(base.cold.ms / 1000).toFixed(1),
            msPerArticle: +(base.cold.ms / size).toFixed(1),
            rebuildS: +(base.warm.ms / 1000).toFixed(1),
            rebuildVsCold: +(base.warm.ms / base.cold.ms).toFixed(2),
            peakMemoryMb: Math.round(Math.max(base.cold.peakMb, base.warm.peakMb)),
          }
        : undefined,
      coldBuildS: +(cold.ms / 1000).toFixed(1),
      msPerArticle: +(cold.ms / size).toFixed(1),
      vsBaseline: withBaseline ? +(cold.ms / base.cold.ms).toFixed(2) : undefined,
      rebuildS: +(warm.ms / 1000).toFixed(1),
      rebuildVsCold: +(warm.ms / cold.ms).toFixed(2),
      peakMemoryMb: Math.round(Math.max(cold.peakMb, warm.peakMb)),
      pages,
      distMb: +(du(out) / 1e6).toFixed(1),
      pagefindIndexKb: Math.round(indexDirs.reduce((s, d) => s + du(d), 0) / 1024),
      firstQueryRareKb: +(rare.bytes / 1024).toFixed(1),
      firstQueryCommonKb: +(common.bytes / 1024).toFixed(1),
      dialogFirstResultsMs: Math.round(rare.ms),
      searchPageRareKb: +(searchPage.bytes / 1024).toFixed(1),
      searchPageFirstResultsMs: Math.round(searchPage.ms),
      largestArticleHtmlCssKb: +(largest.htmlCss / 1024).toFixed(2),
      largestHtmlPage: { file: heaviest.file, gzKb: +(heaviest.gz / 1024).toFixed(2) },
      feedItems,
      articleJsKb: +(largest.js / 1024).toFixed(2),
      lighthouse: scores,
    });
    rmSync(out, { recursive: true, force: true });
    for (const dir of [cacheOf(content), baselineCacheOf(content)])
      rmSync(dir, { recursive: true, force: true });
  }

  // Images: one distinct hero per article, ours only (the baseline's default AVIF effort would take
  // most of an hour at 1,000 heroes: its per-hero cost is the "Astro defaults" figure below).
  let images;
  if (heroRunSize !== undefined) {
    const content = join(work, `content-${heroRunSize}-heroes`);
    const out = join(work, `dist-${heroRunSize}-heroes`);
    log(`${heroRunSize} articles, one hero each: writing the corpus…`);
    const corpus = await writeCorpus(content, heroRunSize);
    rmSync(cacheOf(content), { recursive: true, force: true });
    log(`${heroRunSize} articles, one hero each: cold build…`);
    const cold = await buildOurs(content, out);
    const shared = results.find((r) => r.articles === heroRunSize);
    log('one hero into all variants, and social cards, in this process…');
    const hero = await heroCost(join(content, 'articles/_heroes/hero-0.jpg'));
    images = {
      articles: heroRunSize,
      heroes: corpus.heroes,
      coldBuildS: +(cold.ms / 1000).toFixed(1),
      peakMemoryMb: Math.round(cold.peakMb),
      // What distinct heroes add to the shared-hero build of the same corpus size, per hero.
      imageMsPerHero: shared
        ? Math.round((cold.ms - shared.coldBuildS * 1000) / (corpus.heroes - 6))
        : undefined,
      oneHeroAllVariants: hero,
    };
    rmSync(out, { recursive: true, force: true });
    rmSync(cacheOf(content), { recursive: true, force: true });
  }
  const cardMs = +(await cardCost(smoke ? 40 : 400, work)).toFixed(1);
  rmSync(work, { recursive: true, force: true });

  const b = (get) => (r) => (r.baseline ? get(r.baseline) : '–');
  const rows = [
    ['distinct words in the corpus', (r) => r.corpus.distinctWords, () => ''],
    ['pages built', (r) => r.pages, () => ''],
    [
      'cold build + index (s)',
      (r) => r.coldBuildS,
      b((x) => x.coldBuildS),
      (r) => `${r.vsBaseline ?? '–'}× (target ≤ 1.25×)`,
    ],
    ['ms per article, cold', (r) => r.msPerArticle, b((x) => x.msPerArticle)],
    ['rebuild after one edit (s)', (r) => r.rebuildS, b((x) => x.rebuildS)],
    ['rebuild / cold (target ≤ 0.10)', (r) => r.rebuildVsCold, b((x) => x.rebuildVsCold)],
    ['peak memory, process tree (MB)', (r) => r.peakMemoryMb, b((x) => x.peakMemoryMb)],
    ['dist/ size (MB)', (r) => r.distMb],
    ['Pagefind index (KB)', (r) => r.pagefindIndexKb],
    [
      'first query through the dialog, rare word (KB, target ≤ 200 at 10,000)',
      (r) =>
        `${r.firstQueryRareKb} ("${r.corpus.rareWord}", in ${r.corpus.rareWordArticles} article${r.corpus.rareWordArticles === 1 ? '' : 's'})`,
    ],
    [
      'first query through the dialog, common word (KB)',
      (r) => `${r.firstQueryCommonKb} ("${r.corpus.commonWord}")`,
    ],
    ['first query on the search page, rare word (KB)', (r) => r.searchPageRareKb],
    ['search page: last keystroke to results, first query (ms)', (r) => r.searchPageFirstResultsMs],
    [
      'dialog opened 300 ms before typing: last keystroke to results (ms, target ≤ 100)',
      (r) => r.dialogFirstResultsMs,
    ],
    ['largest article HTML+CSS gz (KB)', (r) => r.largestArticleHtmlCssKb],
    [
      'largest HTML page of any kind, gz (KB, target ≤ 32 at 10,000)',
      (r) => `${r.largestHtmlPage.gzKb} (${r.largestHtmlPage.file})`,
    ],
    ['feed items', (r) => r.feedItems],
    ['article JS before interaction gz (KB)', (r) => r.articleJsKb],
    ...Object.keys(results[0]?.lighthouse ?? {}).map((page) => [
      `Lighthouse ${page} (perf/a11y/bp/seo)`,
      (r) => Object.values(r.lighthouse[page] ?? {}).join('/'),
    ]),
  ];
  const table = [
    `| metric | ${results.map((r) => `${r.articles}: Second Act | ${r.articles}: baseline | ratio`).join(' | ')} |`,
    `| --- | ${results.map(() => '---: | ---: | ---:').join(' | ')} |`,
    ...rows.map(
      ([label, ours, theirs = () => '', ratio]) =>
        `| ${label} | ${results
          .map((r) => {
            const o = ours(r);
            const t = theirs(r);
            const q = ratio
              ? ratio(r)
              : typeof o === 'number' && typeof t === 'number' && t > 0
                ? `${(o / t).toFixed(2)}×`
                : '';
            return `${o} | ${t} | ${q}`;
          })
          .join(' | ')} |`,
    ),
  ].join('\n');
  const scaling =
    results.length > 1
      ? `ms per article at ${results.at(-1).articles} / at ${results[0].articles}: ${(results.at(-1).msPerArticle / results[0].msPerArticle).toFixed(2)} (target ≤ 1.2)`
      : '';
  const imageLines = images
    ? [
        `images (${images.articles} articles, ${images.heroes} distinct heroes): cold build ${images.coldBuildS} s, peak ${images.peakMemoryMb} MB, ` +
          `${images.imageMsPerHero ?? '?'} ms of build time per hero (vs the shared-hero build)`,
        `one 1600 px hero into 6 variants (AVIF + WebP at 640/1024/1600), cold, wall: ours ${images.oneHeroAllVariants.ours.ms} ms ` +
          `(${images.oneHeroAllVariants.ours.kb} KB, ${JSON.stringify(images.oneHeroAllVariants.settings)}), ` +
          `Astro defaults ${images.oneHeroAllVariants.defaults.ms} ms (${images.oneHeroAllVariants.defaults.kb} KB) (target ≤ 300 ms)`,
      ]
    : ['images: skipped (--shared-heroes)'];
  const json = JSON.stringify(
    {
      date: new Date().toISOString(),
      cores: availableParallelism(),
      results,
      images,
      socialCardMs: cardMs,
    },
    null,
    2,
  );
  const file = join(tmpdir(), 'second-act-bench.json');
  writeFileSync(file, json);
  console.log(table);
  for (const line of [
    scaling,
    ...imageLines,
    `social cards, cold, amortised over ${smoke ? 40 : 400} through the worker pool: ${cardMs} ms each (target ≤ 5)`,
  ]) {
    if (line) console.log(line);
  }
  console.log(json);
  console.log(`bench: ${results.length} sizes measured; JSON written to ${file}`);
}
