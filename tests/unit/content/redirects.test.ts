import { describe, expect, it } from 'vitest';
import {
  astroRedirects,
  netlifyRedirects,
  serverRedirects,
  validRefresh,
} from '../../../src/lib/build/redirect-outputs.ts';
import { ContentError } from '../../../src/lib/content/problems.ts';
import { parseRedirects, shadowedPages } from '../../../src/lib/content/redirects.ts';

const file = 'content/redirects.yaml';
const problemsOf = (text: string) => {
  try {
    parseRedirects(text, file);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems.map((p) => `${p.file}: ${p.field}: ${p.message}`);
  }
};

describe('parseRedirects', () => {
  it('reads from/to entries', () => {
    expect(
      parseRedirects('- from: /articles/a/\n  to: /articles/b/\n  since: 2026-12-02\n', file),
    ).toEqual([{ from: '/articles/a/', to: '/articles/b/' }]);
  });

  it('follows chains so every old path answers in one hop', () => {
    const list = parseRedirects(
      '- { from: /articles/a/, to: /articles/b/ }\n- { from: /articles/b/, to: /articles/c/ }\n',
      file,
    );
    expect(list).toEqual([
      { from: '/articles/a/', to: '/articles/c/' },
      { from: '/articles/b/', to: '/articles/c/' },
    ]);
  });

  it('names the file and the field of each bad entry', () => {
    expect(
      problemsOf(
        '- { from: articles/a, to: /articles/b/ }\n- { from: /articles/c/ }\n- { from: /x/, to: /x/ }\n- { from: /y/, to: /z/, status: 302 }\n',
      ),
    ).toEqual([
      `${file}: [0].from: "articles/a" is not a site path like /articles/some-slug/`,
      `${file}: [1].to: null is not a site path like /articles/some-slug/`,
      `${file}: [2].to: /x/ redirects to itself`,
      `${file}: [3].status: unknown field (use from, to, since)`,
    ]);
  });

  it('rejects a path listed twice, a loop, a non-list and broken YAML', () => {
    expect(problemsOf('- { from: /a/, to: /b/ }\n- { from: /a/, to: /c/ }\n')).toEqual([
      `${file}: [1].from: /a/ is listed twice`,
    ]);
    expect(problemsOf('- { from: /a/, to: /b/ }\n- { from: /b/, to: /a/ }\n')[0]).toMatch(
      /redirect loop: \/a\/ → \/b\/ → \/a\//,
    );
    expect(problemsOf('from: /a/\n')[0]).toMatch(/must be a list/);
    expect(problemsOf('- { from: /a/\n')[0]).toMatch(/not valid YAML/);
  });

  it('treats an empty file as no redirects', () => {
    expect(parseRedirects('# nothing has moved\n', file)).toEqual([]);
  });
});

describe('serving the list', () => {
  const list = [{ from: '/articles/old/', to: '/articles/new/' }];

  it('gives Astro permanent redirects', () => {
    expect(astroRedirects(list)).toEqual({
      '/articles/old/': { status: 301, destination: '/articles/new/' },
    });
  });

  it('moves the social card with the article, and answers the path without its slash', () => {
    expect(serverRedirects(list)).toEqual([
      { from: '/articles/old/', to: '/articles/new/' },
      { from: '/articles/old', to: '/articles/new/' },
      { from: '/og/articles/old.png', to: '/og/articles/new.png' },
    ]);
    expect(
      netlifyRedirects(list)
        .split('\n')
        .filter((l) => l && !l.startsWith('#')),
    ).toEqual([
      '/articles/old/ /articles/new/ 301',
      '/articles/old /articles/new/ 301',
      '/og/articles/old.png /og/articles/new.png 301',
    ]);
  });

  it('writes stubs the W3C Nu checker accepts: a space after the refresh delay', () => {
    const stub = '<meta http-equiv="refresh" content="0;url=/articles/new/"><a href="/x;url=y">';
    expect(validRefresh(stub)).toBe('<meta http-equiv="refresh" content="0; url=/articles/new/"><a href="/x;url=y">');
  });

  it('refuses to hide a page that still exists', () => {
    expect(shadowedPages(list, new Set(['/articles/old/']), file)).toEqual([
      {
        file,
        field: 'from',
        message: '/articles/old/ is still a page of the site; remove the redirect or the page',
      },
    ]);
    expect(shadowedPages(list, new Set(['/articles/new/']), file)).toEqual([]);
  });
});
