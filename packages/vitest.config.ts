import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Node suites: core and cli. Element tests run in Chromium through @web/test-runner instead.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['packages/core/test/**/*.test.ts', 'packages/cli/test/**/*.test.ts'],
    environment: 'node',
    // CLI suites load the whole sample catalog many times; on a shared, loaded machine one case can pass 30 s.
    testTimeout: 90_000,
    pool: 'forks',
  },
});
