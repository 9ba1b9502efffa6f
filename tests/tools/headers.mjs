// Reads a Netlify/Cloudflare `_headers` file, matches paths against it, and writes the same rules
// as an nginx configuration, so one file states the headers for every host we test on.
import { readFileSync } from 'node:fs';

/** @returns {{ pattern: string, headers: [string, string][] }[]} */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

const matches = (pattern, path) =>
  pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;

/** Every header that applies to a path, later rules adding to earlier ones. */
export function headersFor(rules, path) {
  return rules.filter((r) => matches(r.pattern, path)).flatMap((r) => r.headers);
}

const quote = (value) => `"${value.replace(/(["\\])/g, '\\$1')}"`;

/**
 * An nginx server block serving `root` on `port` with the rules, gzip and the 404 page.
 * `redirects` become exact-match locations answering 301, with the global headers.
 * `notFound` lists the 404 pages of folders (e.g. /zh/404.html), served for misses below them.
 * @param {{ rules: { pattern: string, headers: [string, string][] }[], root: string, port: number, prefix: string, redirects?: { from: string, to: string }[], notFound?: string[] }} options
 */
export function nginxConfig({ rules, root, port, prefix, redirects = [], notFound = [] }) {
  const global = rules.filter((r) => r.pattern === '/*').flatMap((r) => r.headers);
  const line = ([name, value]) => `      add_header ${name} ${quote(value)} always;`;
  // nginx drops inherited add_header lines in a location that has its own: repeat the global ones.
  const locations = rules
    .filter((r) => r.pattern !== '/*')
    .map(
      (r) =>
        `    location ^~ ${r.pattern.replace(/\*$/, '')} {\n${[...global, ...r.headers].map(line).join('\n')}\n    }`,
    );
  const localNotFound = notFound.map(
    (file) =>
      `    location ^~ ${file.replace(/404\.html$/, '')} {\n      error_page 404 ${file};\n${global.map(line).join('\n')}\n    }`,
  );
  const moved = redirects.map(
    (r) =>
      `    location = ${r.from} {\n${global.map(line).join('\n')}\n      return 301 ${r.to};\n    }`,
  );
  return `worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  types { application/wasm wasm; }
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  gzip on;
  gzip_comp_level 6;
  gzip_min_length 256;
  gzip_vary on;
  gzip_types text/css text/plain text/xml application/javascript text/javascript application/json application/xml application/rss+xml image/svg+xml;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    index index.html;
    error_page 404 /404.html;
    # Redirects keep the path relative, so they work behind any host name or proxy.
    absolute_redirect off;
${moved.join('\n')}
    location / {
${global.map(line).join('\n')}
    }
${locations.join('\n')}
${localNotFound.join('\n')}
  }
}
`;
}

export const readRules = (file) => parseHeaders(readFileSync(file, 'utf8'));
