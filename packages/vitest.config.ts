import { defineConfig } from 'vitest/config';
import { defaultServerConditions } from 'vite';
import { fileURLToPath } from 'node:url';

// Node suites: core and cli. Element tests run in Chromium through @web/test-runner instead.
// The "@onestop/source" export condition makes @onestop/* imports resolve to the TypeScript sources, not dist/.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  resolve: { conditions: ['@onestop/source', ...defaultServerConditions] },
  ssr: { resolve: { conditions: ['@onestop/source', ...defaultServerConditions] } },
  test: {
    include: ['packages/core/test/**/*.test.ts', 'packages/cli/test/**/*.test.ts', 'packages/elements/test-node/**/*.test.ts'],
    environment: 'node',
    // The CLI suites spawn the command many times; on a machine shared by several test runs
    // they take well over 30 s, which is load, not a hang.
    testTimeout: 120_000,
    pool: 'forks',
  },
});
