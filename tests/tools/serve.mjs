// A small static file server for tests and benchmarks: serves a built site the way a static host
// does (index.html for folders, 404.html for misses, correct types, gzip when asked), so browser
// tests exercise dist/ itself, with the headers of its _headers file.
// Usage: node tests/tools/serve.mjs [dir=dist] [port=0, any free port]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { headersFor, readRules } from './headers.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript))|svg/;

/** Serves `dir`; port 0 (the default) lets the OS pick a free one: read it from server.address(). */
export function serve(dir, port = 0, host = '127.0.0.1') {
  const root = resolve(dir);
  // Like Netlify and Cloudflare Pages, apply the site's own _headers file.
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? readRules(headersFile) : [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${path}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    let status = 200;
    if (!existsSync(file)) {
      // Like Cloudflare Pages, the nearest 404.html up the path: /zh/… misses get /zh/404.html.
      status = 404;
      const dirs = path.split('/').slice(0, -1);
      while (dirs.length > 1 && !existsSync(join(root, ...dirs, '404.html'))) dirs.pop();
      file = join(root, ...dirs, '404.html');
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(status, {
      ...Object.fromEntries(headersFor(rules, path)),
      'content-type': type,
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    const body = createReadStream(file);
    // A file removed between the check and the read (a benchmark deleting a build while a browser
    // still fetches) ends that response, not the server.
    body.on('error', () => res.destroy());
    (gzip ? body.pipe(createGzip()) : body).pipe(res);
  });
  return new Promise((ready) => server.listen(port, host, () => ready(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '0'] = process.argv.slice(2);
  const server = await serve(dir, Number(port));
  console.log(`serving ${dir} on http://127.0.0.1:${server.address().port}/`);
}
