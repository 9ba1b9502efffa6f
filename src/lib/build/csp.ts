import { createHash } from 'node:crypto';

/**
 * Astro's security.csp lists, in every page, the hashes of every inline script and style in the
 * whole site (and of its island runtime, which this site never ships). The incompressible hashes
 * cost about 900 bytes gzipped per page. This keeps, per page, only the hashes of the inline
 * scripts and styles that page carries; sources such as 'self' stay as they are.
 */

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;

const digest = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Hashes of a page's inline executable scripts and its <style> blocks. */
export function inlineHashes(html: string): { scripts: Set<string>; styles: Set<string> } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const [, attrs, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/gi)) {
    // External scripts are covered by 'self'; JSON-LD is data, which CSP does not govern.
    if (/\bsrc=/.test(attrs!) || /type="application\/ld\+json"/.test(attrs!)) continue;
    scripts.add(digest(body!));
  }
  for (const [, body] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)) styles.add(digest(body!));
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
