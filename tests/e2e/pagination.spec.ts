import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { writeCorpus } from '../bench/corpus.mjs';
import { serve } from '../tools/serve.mjs';
import { PAGE_SIZE } from '../../src/lib/view/pagination.ts';

/**
 * Our own site has fewer articles than a page holds, so this builds a generated one of 130
 * articles (the benchmark's corpus) and reads it as a reader would: page by page.
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
  const build = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: content,
      OUT_DIR: join(work, 'dist'),
      ASTRO_CACHE_DIR: join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  expect(build.status, build.stdout + build.stderr).toBe(0);
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
