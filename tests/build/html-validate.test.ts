import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validator } from '../tools/html-validate.ts';
import { dist, htmlPages } from './helpers.ts';

describe('HTML validity', () => {
  it.each(htmlPages())('%s has no errors', async (file) => {
    const report = await validator.validateFile(join(dist, file));
    const messages = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(messages).toEqual([]);
  });
});
