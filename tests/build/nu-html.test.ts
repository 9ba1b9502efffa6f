import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, root, walk } from './helpers.ts';

/**
 * The W3C Nu HTML Checker (vnu-jar, run on Java) over every HTML file of the build, the
 * redirect stubs of moved pages included: it knows the HTML standard's micro-syntaxes (such as a
 * refresh's "0; url=…") that html-validate does not check.
 */
describe('the W3C Nu HTML Checker', () => {
  it('finds no error in any built page', () => {
    const pages = walk(dist)
      .filter((f) => f.endsWith('.html'))
      .map((f) => join(dist, f));
    expect(pages.length).toBeGreaterThan(40);
    const jar = join(root, 'node_modules/vnu-jar/build/dist/vnu.jar');
    const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...pages], {
      encoding: 'utf8',
    });
    expect(run.error, 'Java is needed: apt-get install default-jre-headless').toBeUndefined();
    const { messages } = JSON.parse(run.stderr) as {
      messages: { url: string; message: string; lastLine?: number }[];
    };
    expect(
      messages.map((m) => `${m.url.replace(`file:${dist}`, '')}:${m.lastLine}: ${m.message}`),
    ).toEqual([]);
    expect(run.status).toBe(0);
  }, 120_000);
});
