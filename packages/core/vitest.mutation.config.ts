import { defineConfig } from 'vitest/config';
import { defaultServerConditions } from 'vite';
import { fileURLToPath } from 'node:url';

// Core's suites for Stryker (stryker.config.mjs): the same sources, without the suites that
// build 1,000 generated procedures or bundle the entries, which no mutant of the rules needs, and
// the one that reads the sources as text (Stryker's instrumented copies no longer read as written).
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  resolve: { conditions: ['@onestop/source', ...defaultServerConditions] },
  ssr: { resolve: { conditions: ['@onestop/source', ...defaultServerConditions] } },
  test: {
    // ONESTOP_MUTATION_TESTS narrows the suites while working on one area: globs separated by commas
    // outside braces, so `test/guide/{engine,conditions}.test.ts` stays one glob.
    include: process.env.ONESTOP_MUTATION_TESTS?.split(/,(?![^{]*\})/) ?? ['packages/core/test/**/*.test.ts'],
    exclude: ['packages/core/test/search/ranking-quality.test.ts', 'packages/core/test/build/generate.test.ts', 'packages/core/test/entries.test.ts', 'packages/core/test/build/problem-code-sources.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
