import type { Redirect } from '../content/redirects.ts';
import { socialCardOfPage } from '../site/routes.ts';

/** The list of moved pages, written out for each kind of server that serves dist/. */

/** For Astro's `redirects` option: permanent, and stubs that name the new home. */
export function astroRedirects(
  list: readonly Redirect[],
): Record<string, { status: 301; destination: string }> {
  return Object.fromEntries(list.map((r) => [r.from, { status: 301 as const, destination: r.to }]));
}

/**
 * Every old URL a real server should answer with a 301: the page with and without its trailing
 * slash, and its social card.
 */
export function serverRedirects(list: readonly Redirect[]): Redirect[] {
  return list.flatMap(({ from, to }) => {
    const fromCard = socialCardOfPage(from);
    const toCard = socialCardOfPage(to);
    return [
      { from, to },
      { from: from.replace(/\/$/, ''), to },
      ...(fromCard && toCard ? [{ from: fromCard, to: toCard }] : []),
    ];
  });
}

/** The `_redirects` file that Netlify and Cloudflare Pages read, with each language's 404 page. */
export function netlifyRedirects(
  list: readonly Redirect[],
  notFound: readonly string[] = [],
): string {
  const lines = [
    ...serverRedirects(list).map((r) => `${r.from} ${r.to} 301`),
    // A missing page under a language's folder answers with that language's 404 page.
    ...notFound.map((file) => `${file.replace(/404\.html$/, '*')} ${file} 404`),
  ];
  return `# Generated from content/redirects.yaml at build time: permanent redirects of moved pages.\n${lines.join('\n')}\n`;
}

/**
 * Astro's redirect stub refreshes with `content="0;url=…"`; the W3C Nu checker wants a space
 * after the semicolon, as the HTML standard writes it.
 */
export function validRefresh(html: string): string {
  return html.replace(/(<meta http-equiv="refresh" content="\d+);\s*url=/gi, '$1; url=');
}
