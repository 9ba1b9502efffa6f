import { describe, expect, it } from 'vitest';
import { inlineHashes, missingHashes, pruneCsp } from '../../../src/lib/build/csp.ts';

const sha = (s: string) => [...inlineHashes(`<script>${s}</script>`).scripts][0]!;
const styleSha = [...inlineHashes('<style>p{}</style>').styles][0]!;

describe('pruneCsp', () => {
  const page = (policy: string) =>
    `<html><head><meta http-equiv="content-security-policy" content="${policy}"><script>a()</script><style>p{}</style>` +
    `<script type="module" src="/x.js"></script><script type="application/ld+json">{}</script></head></html>`;

  it("keeps only the hashes of the page's own inline script and style", () => {
    const policy = `default-src 'self'; script-src 'self' ${sha('a()')} ${sha('other()')}; style-src 'self' ${styleSha} 'sha256-unused='`;
    const out = pruneCsp(page(policy));
    expect(out).toContain(`script-src 'self' ${sha('a()')};`);
    expect(out).not.toContain(sha('other()'));
    expect(out).toContain(`style-src 'self' ${styleSha}"`);
    expect(out).not.toContain('unused');
    expect(missingHashes(out)).toEqual([]);
  });
  it('reports an inline script the policy would block', () => {
    expect(missingHashes(page(`script-src 'self'; style-src 'self' ${styleSha}`))).toEqual([
      sha('a()'),
    ]);
  });
  it('leaves a page without a policy alone', () => {
    expect(pruneCsp('<p>hi</p>')).toBe('<p>hi</p>');
  });
});
