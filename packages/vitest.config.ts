import { defineConfig } from 'vitest/config';
import { defaultServerConditions } from 'vite';
import { fileURLToPath } from 'node:url';

// Node suites: core and cli. Element tests run in Chromium through @web/test-runner instead.
// The "source" export condition makes @onestop/* imports resolve to the TypeScript sources, not dist/.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  resolve: { conditions: ['source', ...defaultServerConditions] },
  ssr: { resolve: { conditions: ['source', ...defaultServerConditions] } },
  test: {
    include: ['packages/core/test/**/*.test.ts', 'packages/cli/test/**/*.test.ts', 'packages/elements/test-node/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
  },
});
