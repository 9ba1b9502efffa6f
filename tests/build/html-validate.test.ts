import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { dist, htmlPages } from './helpers.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes boolean attributes as attr="" and void elements as <br>; both are valid HTML.
    'attribute-boolean-style': 'off',
    'void-style': 'off',
    // Pagefind's custom elements are registered by its script.
    'no-unknown-elements': 'off',
    // Headline-length titles are an editorial choice; this is an SEO hint, not validity.
    'long-title': 'off',
    // Heading ids come from heading text ("6 April 2010…"); HTML5 allows ids to start with a digit.
    'valid-id': ['error', { relaxed: true }],
  },
  elements: ['html5'],
});

describe('HTML validity', () => {
  it.each(htmlPages())('%s has no errors', async (file) => {
    const report = await validator.validateFile(join(dist, file));
    const messages = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(messages).toEqual([]);
  });
});
