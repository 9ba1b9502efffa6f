import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { writeCorpus } from '../bench/corpus.mjs';
import { serve } from '../tools/serve.mjs';
import { PAGE_SIZE } from '../../src/lib/view/pagination.ts';
import { validator } from '../tools/html-validate.ts';
import { violations } from './helpers.ts';

/**
 * Our own site has fewer articles than a page holds, so this builds a generated one of 130
 * articles (the benchmark's corpus) and reads it as a reader would: page by page. It also checks
 * a sample of every page type there, as tests/build and a11y.spec.ts check every page of ours:
 * the same number of pages whatever the size of the archive.
 */
const ARTICLES = 130;
const root = new URL('../..', import.meta.url).pathname;
let server: Server | undefined;
let work = '';
let base = '';

test.describe.configure({ mode: 'serial', timeout: 60_000 });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
  work = mkdtempSync(join(root, 'node_modules/.cache/second-act-paging-'));
  const content = join(work, 'content');
  await writeCorpus(content, ARTICLES, { shared: true });
  const env = {
    ...process.env,
    CONTENT_DIR: content,
    OUT_DIR: join(work, 'dist'),
    ASTRO_CACHE_DIR: join(work, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  // What `npm run build` runs: the site, then its search index.
  for (const [command, args] of [
    ['astro', ['build']],
    ['node', ['src/lib/build/search-index.ts']],
  ] as const) {
    const build = spawnSync(join(root, 'node_modules/.bin', command), args, {
      cwd: root,
      encoding: 'utf8',
      env,
    });
    expect(build.status, build.stdout + build.stderr).toBe(0);
  }
  const started = await serve(join(work, 'dist'));
  server = started;
  base = `http://127.0.0.1:${(started.address() as AddressInfo).port}`;
});

test.afterAll(() => {
  server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('the archive keeps /articles/ as page 1, says where the reader is, and reaches every article', async ({
  page,
}) => {
  const pages = Math.ceil(ARTICLES / PAGE_SIZE);
  await page.goto(`${base}/articles/`);
  await expect(page).toHaveURL(`${base}/articles/`);
  const seen = new Set<string>();
  for (let n = 1; n <= pages; n++) {
    const nav = page.getByRole('navigation', { name: 'All articles: pages' });
    await expect(nav).toContainText(`Page ${n} of ${pages}`);
    await expect(nav.getByRole('link', { name: `Page ${n}` })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const links = await page
      .locator('main .card h3 a')
      .evaluateAll((a) => a.map((el) => el.getAttribute('href')!));
    expect(links.length).toBe(n < pages ? PAGE_SIZE : ARTICLES - PAGE_SIZE * (pages - 1));
    links.forEach((href) => seen.add(href));
    if (n < pages) {
      await expect(page.locator('link[rel="next"]')).toHaveAttribute(
        'href',
        `/articles/page/${n + 1}/`,
      );
      await nav.getByRole('link', { name: 'Older →' }).click();
      await expect(page).toHaveURL(`${base}/articles/page/${n + 1}/`);
    } else {
      await expect(page.locator('link[rel="next"]')).toHaveCount(0);
    }
  }
  expect(seen.size).toBe(ARTICLES);
  // And back: "Newer" from page 2 returns to the first page's own URL.
  await page.goto(`${base}/articles/page/2/`);
  await expect(page.locator('link[rel="prev"]')).toHaveAttribute('href', '/articles/');
  await page.getByRole('link', { name: '← Newer' }).click();
  await expect(page).toHaveURL(`${base}/articles/`);
});

test('the year index leads to the page where each year begins', async ({ page }) => {
  await page.goto(`${base}/articles/page/3/`);
  const years = page.getByRole('navigation', { name: 'Articles by year' }).getByRole('link');
  const count = await years.count();
  expect(count).toBeGreaterThan(1);
  const last = years.nth(count - 1);
  const year = (await last.textContent())!.trim();
  await last.click();
  await expect(page.locator(`#year-${year}`)).toBeVisible();
});

test('a topic longer than a page is paginated the same way, keyboard only', async ({ page }) => {
  await page.goto(`${base}/topics/`);
  const topics = await page.locator('main ul a').evaluateAll((a) =>
    a.map((el) => ({
      href: el.getAttribute('href')!,
      count: Number(el.nextElementSibling?.textContent?.replace(/\D/g, '')),
    })),
  );
  const long = topics.find((t) => t.count > PAGE_SIZE);
  expect(long, 'a topic with more articles than a page').toBeDefined();
  await page.goto(`${base}${long!.href}`);
  const pages = Math.ceil(long!.count / PAGE_SIZE);
  await expect(page.getByText(`Page 1 of ${pages}`)).toBeVisible();
  const older = page.getByRole('link', { name: 'Older →' });
  await older.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${base}${long!.href}page/2/`);
  await expect(page.getByText(`Page 2 of ${pages}`)).toBeVisible();
});

test('a sample of every page type has no axe violations, valid HTML and links that answer', async ({
  page,
}) => {
  test.setTimeout(240_000);
  // The pages a reader meets, found by following links rather than by knowing their URLs.
  await page.goto(`${base}/articles/`);
  const archive = (await page
    .locator('main .card h3 a')
    .evaluateAll((a) => a.map((el) => el.getAttribute('href')!))) as string[];
  const lastArchive = Math.ceil(ARTICLES / PAGE_SIZE);
  await page.goto(`${base}${archive[0]}`);
  const author = (await page.locator('a[rel="author"]').first().getAttribute('href'))!;
  const series = (await page
    .locator('.series-label a, a[href^="/series/"]')
    .first()
    .getAttribute('href'))!;
  const topic = (await page.locator('.topic-list a').first().getAttribute('href'))!;
  const sample = [
    '/',
    '/articles/',
    '/articles/page/2/',
    `/articles/page/${lastArchive}/`,
    archive[0]!,
    archive[Math.floor(archive.length / 2)]!,
    archive.at(-1)!,
    '/series/',
    series,
    '/topics/',
    topic,
    author,
    '/search/?q=company',
    '/no-such-page/',
  ];
  const problems: string[] = [];
  const links = new Set<string>();
  for (const path of sample) {
    const response = await page.goto(`${base}${path}`);
    if (path.startsWith('/search/')) await page.locator('a.search-result-link').first().waitFor();
    problems.push(...(await violations(page)).map((v) => `${path} axe ${v}`));
    const html = (await response!.text()) ?? '';
    const report = await validator.validateString(html);
    for (const message of report.results.flatMap((r) => r.messages))
      problems.push(`${path} html ${message.ruleId}: ${message.message}`);
    for (const href of await page
      .locator('a[href^="/"], link[href^="/"]')
      .evaluateAll((a) => a.map((el) => el.getAttribute('href')!)))
      links.add(href.split('#')[0]!);
  }
  for (const href of links) {
    const status = (await page.request.get(`${base}${href}`)).status();
    if (status !== 200) problems.push(`${href} answers ${status}`);
  }
  expect(links.size).toBeGreaterThan(50);
  expect(problems).toEqual([]);
});
