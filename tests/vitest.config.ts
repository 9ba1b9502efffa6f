import { defineConfig } from 'vitest/config';

// Three suites, run one after another by tests/run.mjs: unit tests of src/lib, checks over the
// built dist/ and content/, and bad-content builds (each a real `astro build`, so one at a time).
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'fixtures',
          include: ['tests/fixtures/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
        },
      },
    ],
  },
});
