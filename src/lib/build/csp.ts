import { createHash } from 'node:crypto';
import { assetsUrl, searchBundleUrl } from '../site/routes.ts';

/**
 * The site's Content-Security-Policy, stated once. Astro's security.csp writes these directives
 * into every page's <meta> (with hashes for inline code); the `_headers` file repeats them as an
 * HTTP header, adding what a <meta> cannot say (frame-ancestors). Pagefind needs wasm, a blob:
 * worker and fetches of its own files.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;
/** Sources for scripts besides the hashes of inline ones: our bundles and Pagefind's wasm. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
export const STYLE_SOURCES = ["'self'"] as const;

/** The sha256 source of an inline script or style, as CSP writes it (without quotes). */
export const sha256Source = (text: string): `sha256-${string}` =>
  `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** Security headers for every response (Netlify, Cloudflare Pages, and nginx in the tests). */
const SECURITY_HEADERS: [string, string][] = [
  ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  [
    'Permissions-Policy',
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  ],
  // Hashes differ from page to page and stay in each page's <meta>; browsers enforce both, so
  // the header leaves out default-src, which would block those hashed inline scripts and styles.
  [
    'Content-Security-Policy',
    ["frame-ancestors 'none'", ...CSP_DIRECTIVES.filter((d) => !d.startsWith('default-src'))].join(
      '; ',
    ),
  ],
  ['X-Frame-Options', 'DENY'],
];

/** Folders whose file names carry a content hash: safe to cache for a year. */
const HASHED_FOLDERS = [
  assetsUrl(),
  ...['index', 'fragment', 'filter'].map((folder) => `${searchBundleUrl()}${folder}/`),
];

/** The `_headers` file (Netlify, Cloudflare Pages; tests/tools/headers.mjs turns it into nginx rules). */
export function headersFile(): string {
  const rule = (pattern: string, headers: [string, string][]) =>
    [pattern, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const immutable: [string, string][] = [['Cache-Control', 'public, max-age=31536000, immutable']];
  return `${[
    '# Generated at build time from src/lib/build/csp.ts: response headers for every host.',
    rule('/*', SECURITY_HEADERS),
    ...HASHED_FOLDERS.map((folder) => rule(`${folder}*`, immutable)),
  ].join('\n\n')}\n`;
}

/**
 * Astro's security.csp lists, in every page, the hashes of every inline script and style in the
 * whole site (and of its island runtime, which this site never ships). The incompressible hashes
 * cost about 900 bytes gzipped per page. This keeps, per page, only the hashes of the inline
 * scripts and styles that page carries; sources such as 'self' stay as they are.
 */

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;

// Pages share their inline scripts and style blocks: hash each distinct one once per build.
const digests = new Map<string, string>();
function digest(text: string): string {
  let hash = digests.get(text);
  if (hash === undefined) {
    hash = `'${sha256Source(text)}'`;
    digests.set(text, hash);
  }
  return hash;
}

/** Hashes of a page's inline executable scripts and its <style> blocks. */
export function inlineHashes(html: string): { scripts: Set<string>; styles: Set<string> } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const [, attrs, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/gi)) {
    // External scripts are covered by 'self'; JSON-LD is data, which CSP does not govern.
    if (/\bsrc=/.test(attrs!) || /type="application\/ld\+json"/.test(attrs!)) continue;
    scripts.add(digest(body!));
  }
  for (const [, body] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi))
    styles.add(digest(body!));
  return { scripts, styles };
}

/** The page with its CSP keeping only the hashes it uses; unchanged if it has no CSP meta. */
export function pruneCsp(html: string): string {
  const match = META.exec(html);
  if (!match) return html;
  const { scripts, styles } = inlineHashes(html);
  const policy = match[1]!
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((directive) => {
      const [name, ...values] = directive.split(/\s+/);
      const keep = name === 'script-src' ? scripts : name === 'style-src' ? styles : undefined;
      if (!keep) return directive;
      return [name, ...values.filter((v) => !v.startsWith("'sha") || keep.has(v))].join(' ');
    })
    .join('; ');
  return html.replace(match[0], `<meta http-equiv="content-security-policy" content="${policy}">`);
}

/** A page whose inline script or style has no hash in its policy would be broken by it. */
export function missingHashes(html: string): string[] {
  const policy = META.exec(html)?.[1] ?? '';
  const { scripts, styles } = inlineHashes(html);
  return [...scripts, ...styles].filter((hash) => !policy.includes(hash));
}
