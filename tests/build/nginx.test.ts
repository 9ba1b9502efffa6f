import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../tools/free-port.mjs';
import { headersFor, nginxConfig, readRules } from '../tools/headers.mjs';
import { serverRedirects } from '../../src/lib/build/redirect-outputs.ts';
import { readRedirects } from '../../src/lib/content/redirects.ts';
import { notFoundFile } from '../../src/lib/site/routes.ts';
import { contentDir, dist, firstEditionUrls } from './helpers.ts';

let base = '';
const rules = readRules(join(dist, '_headers'));
const moved = readRedirects(contentDir);
let nginx: ChildProcess | undefined;

beforeAll(async () => {
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  if (which.status !== 0)
    throw new Error("nginx is not installed: apt-get install nginx (CI's .ci/run does)");
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const prefix = mkdtempSync(join(tmpdir(), 'second-act-nginx-'));
  for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, dir));
  writeFileSync(
    join(prefix, 'nginx.conf'),
    nginxConfig({
      rules,
      root: dist,
      port,
      prefix,
      redirects: serverRedirects(moved),
      notFound: [notFoundFile('zh')],
    }),
  );
  nginx = spawn('nginx', ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: 'inherit',
  });
  for (let i = 0; i < 50; i++) {
    if (
      await fetch(`${base}/`).then(
        () => true,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('nginx did not start');
});
afterAll(() => nginx?.kill());

const get = (path: string) => fetch(`${base}${path}`, { headers: { 'accept-encoding': 'gzip' } });
const hop = (path: string) => fetch(`${base}${path}`, { redirect: 'manual' });

describe('nginx serving dist/ with the headers of its _headers file', () => {
  const asset = `/_astro/${readdirSync(join(dist, '_astro')).find((f) => f.endsWith('.js'))}`;
  const chunk = `/pagefind/index/${readdirSync(join(dist, 'pagefind/index'))[0]}`;

  it.each(['/', '/articles/clarkson-after-the-bbc/', '/rss.xml', asset, chunk])(
    '%s carries every header the rules give it',
    async (path) => {
      const res = await get(path);
      expect(res.status).toBe(200);
      const expected = headersFor(rules, path) as [string, string][];
      expect(expected.length).toBeGreaterThan(4);
      for (const [name, value] of expected) expect(res.headers.get(name), name).toBe(value);
    },
  );

  it('sends the security headers a browser needs', async () => {
    const res = await get('/');
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('caches hashed assets for a year, immutably, and pages not', async () => {
    expect((await get(asset)).headers.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect((await get(chunk)).headers.get('cache-control')).toContain('immutable');
    expect((await get('/')).headers.get('cache-control')).toBeNull();
  });

  it('compresses HTML, CSS-bearing pages, scripts and the feed with gzip', async () => {
    for (const path of ['/articles/xiaomi-ipo-and-slump/', asset, '/rss.xml']) {
      const res = await get(path);
      expect(res.headers.get('content-encoding'), path).toBe('gzip');
      expect((await res.text()).length).toBeGreaterThan(100);
    }
  });

  it('answers a missing page with the 404 page and status 404', async () => {
    const res = await get('/no-such-page/');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('This page isn’t here');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers a missing Chinese page with the Chinese 404 page', async () => {
    const res = await get('/zh/no-such-page/');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('这个页面不在这里');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each(firstEditionUrls)(
    'first-edition URL %s answers 200, or 301 once to a 200 page',
    async (path) => {
      const first = await hop(path);
      if (first.status === 200) return;
      expect(first.status, path).toBe(301);
      const location = first.headers.get('location')!;
      expect(location).toBe(serverRedirects(moved).find((r) => r.from === path)?.to);
      expect(first.headers.get('strict-transport-security')).toMatch(/max-age/);
      expect((await hop(location)).status, location).toBe(200);
    },
  );

  it('redirects an old article URL without its trailing slash in one hop', async () => {
    const { from, to } = moved[0]!;
    const res = await hop(from.replace(/\/$/, ''));
    expect([res.status, res.headers.get('location')]).toEqual([301, to]);
  });
});
