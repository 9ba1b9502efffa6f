import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const node = join(process.cwd(), 'node_modules/.bin/node');

describe('the search index step', () => {
  it('fails with a message naming the folder when there is no built site in it', () => {
    const empty = mkdtempSync(join(tmpdir(), 'second-act-no-site-'));
    try {
      const run = spawnSync(node, ['src/lib/build/search-index.ts', empty], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`no built site in ${empty}: run \`astro build\` first`);
      expect(run.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
