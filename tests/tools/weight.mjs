// What a page costs a first-time reader, as gzip level 9 bytes: its HTML with the CSS it links,
// and the JavaScript it runs before any interaction (inline scripts, module scripts and every
// module those import statically). Shared by the budget tests and the benchmark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

const gz = (data) => gzipSync(data, { level: 9 }).length;

export function pageWeight(dist, urlPath) {
  const asset = (path) => readFileSync(join(dist, path.split('?')[0]));
  const html = readFileSync(join(dist, urlPath, urlPath.endsWith('/') ? 'index.html' : ''));
  const doc = parse(html.toString());
  const css = doc
    .querySelectorAll('link[rel="stylesheet"]')
    .reduce((sum, l) => sum + gz(asset(l.getAttribute('href'))), 0);
  const inlineJs = doc
    .querySelectorAll('script:not([src]):not([type="application/ld+json"])')
    .reduce((sum, s) => sum + gz(s.textContent), 0);
  const modules = new Set();
  const visit = (path) => {
    if (modules.has(path)) return;
    modules.add(path);
    const code = asset(path).toString();
    for (const [, spec] of code.matchAll(
      /(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g,
    )) {
      visit(new URL(spec, `http://site${path}`).pathname);
    }
  };
  for (const s of doc.querySelectorAll('script[src]')) visit(s.getAttribute('src'));
  const moduleJs = [...modules].reduce((sum, m) => sum + gz(asset(m)), 0);
  return { htmlCss: gz(html) + css, js: inlineJs + moduleJs };
}
