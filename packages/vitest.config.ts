import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Node suites: core and cli. Element tests run in Chromium through @web/test-runner instead.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['packages/core/test/**/*.test.ts', 'packages/cli/test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
  },
});
