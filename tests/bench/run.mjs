// `npm run bench`: builds the site from synthetic corpora and reports what it costs.
//   npm run bench                      100 and 1,000 articles
//   npm run bench -- --sizes 20 --smoke   a quick run (CI), Lighthouse on the home page only
//   npm run bench -- --huge            adds 10,000 articles
//   npm run bench -- --no-lighthouse
// Prints a table and JSON, and writes the JSON to $TMPDIR/second-act-bench.json.
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { serve } from '../tools/serve.mjs';
import { pageWeight } from '../tools/weight.mjs';
import { writeCorpus } from './corpus.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const sizesArg = args[args.indexOf('--sizes') + 1];
const sizes = args.includes('--sizes') ? sizesArg.split(',').map(Number) : [100, 1000, ...(flag('--huge') ? [10_000] : [])];
const smoke = flag('--smoke');
const withLighthouse = !flag('--no-lighthouse');
const root = new URL('../..', import.meta.url).pathname;
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Runs `astro build` on a corpus; returns wall time and the peak memory of its process tree. */
function build(contentDir, outDir) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(join(root, 'node_modules/.bin/astro'), ['build'], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    let peak = 0;
    const poll = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 100);
    child.on('close', (code) => {
      clearInterval(poll);
      if (code !== 0) reject(new Error(`build failed (${code}):\n${log.slice(-3000)}`));
      else resolve({ ms: performance.now() - started, peakMb: peak / 1024 });
    });
  });
}

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
 * Bytes a browser transfers for its first search, everything under /pagefind/ as sent (the worker's
 * wasm and index requests included), and the time from the last keystroke to rendered results.
 */
export async function firstQuery(base, query) {
  const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags.filter((f) => !f.startsWith('--headless')) });
  const page = await browser.newPage();
  const sizes = [];
  page.context().on('requestfinished', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/')) {
      sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
    }
  });
  await page.goto(`${base}/search/`);
  const input = page.getByLabel('Search for');
  await input.pressSequentially(query.slice(0, -1));
  const started = await page.evaluate(() => performance.now());
  await input.press(query.slice(-1));
  await page.locator('pagefind-results a.pf-result-link').first().waitFor({ timeout: 30_000 });
  const rendered = await page.evaluate(() => performance.now());
  await page.waitForLoadState('networkidle');
  const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  // A second query on the warm page: what every later keystroke costs.
  await input.fill('');
  await input.pressSequentially(query.slice(0, -1));
  const again = await page.evaluate(() => performance.now());
  await input.press(query.slice(-1));
  await page.waitForFunction(() => document.querySelector('pagefind-results a.pf-result-link'));
  const warmMs = (await page.evaluate(() => performance.now())) - again;
  await browser.close();
  return { bytes, firstMs: rendered - started, warmMs };
}

async function lighthouseScores(base, paths) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
  const scores = {};
  try {
    for (const [name, path] of Object.entries(paths)) {
      // No full-page screenshot: it stretches the viewport over all 1,000 lazy search results,
      // which makes Chromium render every one of them.
      const run = lighthouse(`${base}${path}`, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        disableFullPageScreenshot: true,
        maxWaitForLoad: 45_000,
      });
      // A run that never ends is reported as such rather than hanging the benchmark.
      const result = await Promise.race([run, new Promise((r) => setTimeout(() => r(undefined), 240_000))]);
      if (!result) {
        scores[name] = { timeout: 'no result in 240 s' };
        continue;
      }
      const c = result.lhr.categories;
      scores[name] = Object.fromEntries(['performance', 'accessibility', 'best-practices', 'seo'].map((k) => [k, Math.round((c[k]?.score ?? 0) * 100)]));
    }
  } finally {
    chrome.kill();
  }
  return scores;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();

async function main() {
const results = [];
const work = mkdtempSync(join(tmpdir(), 'second-act-bench-'));
let port = 4450;
for (const size of sizes) {
  const content = join(work, `content-${size}`);
  const out = join(work, `dist-${size}`);
  await writeCorpus(content, size);
  const cache = join(root, 'node_modules/.astro-cache', encodeURIComponent(content));
  rmSync(cache, { recursive: true, force: true });
  rmSync(join(root, 'node_modules/.cache/second-act-cards'), { recursive: true, force: true });
  console.error(`▶ ${size} articles: cold build…`);
  const cold = await build(content, out);
  // Rebuild after one edit, as an editor would: same cache, one article changed.
  const first = join(content, 'articles/article-00000.md');
  appendFileSync(first, '\nOne more sentence, added by the benchmark to make a change.\n');
  console.error(`▶ ${size} articles: rebuild after one edit…`);
  const warm = await build(content, out);

  const articlePages = readdirSync(join(out, 'articles')).filter((d) => existsSync(join(out, 'articles', d, 'index.html')));
  const largest = articlePages
    .map((slug) => ({ slug, ...pageWeight(out, `/articles/${slug}/`) }))
    .sort((a, b) => b.htmlCss - a.htmlCss)[0];
  const server = await serve(out, ++port);
  const base = `http://127.0.0.1:${port}`;
  const search = await firstQuery(base, 'market');
  const series = readdirSync(join(out, 'series')).find((d) => existsSync(join(out, 'series', d, 'index.html')));
  const lhPaths = smoke ? { home: '/' } : { home: '/', article: `/articles/${largest.slug}/`, series: `/series/${series}/`, search: '/search/?q=market' };
  console.error(`▶ ${size} articles: measuring in Chromium${withLighthouse ? ' and Lighthouse' : ''}…`);
  const scores = withLighthouse ? await lighthouseScores(base, lhPaths) : {};
  server.close();
  const indexDirs = ['index', 'fragment', 'filter'].map((d) => join(out, 'pagefind', d));
  results.push({
    articles: size,
    coldBuildS: +(cold.ms / 1000).toFixed(1),
    msPerArticle: +(cold.ms / size).toFixed(1),
    rebuildS: +(warm.ms / 1000).toFixed(1),
    rebuildVsCold: +(warm.ms / cold.ms).toFixed(2),
    peakMemoryMb: Math.round(Math.max(cold.peakMb, warm.peakMb)),
    distMb: +(du(out) / 1e6).toFixed(1),
    pagefindIndexKb: Math.round(indexDirs.reduce((s, d) => s + du(d), 0) / 1024),
    pagefindBundleKb: Math.round(du(join(out, 'pagefind')) / 1024),
    firstQueryKb: +(search.bytes / 1024).toFixed(1),
    firstQueryMs: Math.round(search.firstMs),
    laterQueryMs: Math.round(search.warmMs),
    largestArticleHtmlCssKb: +(largest.htmlCss / 1024).toFixed(2),
    articleJsKb: +(largest.js / 1024).toFixed(2),
    lighthouse: scores,
  });
  rmSync(out, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
}
rmSync(work, { recursive: true, force: true });

const rows = [
  ['articles', (r) => r.articles],
  ['cold build (s)', (r) => r.coldBuildS],
  ['ms per article', (r) => r.msPerArticle],
  ['rebuild after one edit (s)', (r) => r.rebuildS],
  ['rebuild / cold (target <= 0.5)', (r) => r.rebuildVsCold],
  ['peak memory (MB)', (r) => r.peakMemoryMb],
  ['dist/ size (MB)', (r) => r.distMb],
  ['Pagefind index (KB)', (r) => r.pagefindIndexKb],
  ['Pagefind bundle incl. UI (KB)', (r) => r.pagefindBundleKb],
  ['first query transfer (KB)', (r) => r.firstQueryKb],
  ['last keystroke to results, first query (ms)', (r) => r.firstQueryMs],
  ['last keystroke to results, later query (ms)', (r) => r.laterQueryMs],
  ['largest article HTML+CSS gz (KB)', (r) => r.largestArticleHtmlCssKb],
  ['article JS before interaction gz (KB)', (r) => r.articleJsKb],
  ...Object.keys(results[0]?.lighthouse ?? {}).map((page) => [
    `Lighthouse ${page} (perf/a11y/bp/seo)`,
    (r) => Object.values(r.lighthouse[page] ?? {}).join('/'),
  ]),
];
const table = [
  `| metric | ${results.map((r) => `${r.articles} articles`).join(' | ')} |`,
  `| --- | ${results.map(() => '---:').join(' | ')} |`,
  ...rows.slice(1).map(([label, get]) => `| ${label} | ${results.map(get).join(' | ')} |`),
].join('\n');
const json = JSON.stringify({ date: new Date().toISOString(), results }, null, 2);
const file = join(tmpdir(), 'second-act-bench.json');
writeFileSync(file, json);
console.log(table);
console.log(json);
console.log(`bench: ${results.length} sizes measured; JSON written to ${file}`);
}
