// Mutation testing of core's rules (`npm run mutation`, not part of `npm test`): see docs/mutation.md.
// One area at a time while improving tests: `npm run mutation -- --mutate 'packages/core/src/calendar/**/*.ts'`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'packages/core/vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    // Catalog checks
    'packages/core/src/build/cross-check.ts',
    'packages/core/src/build/value-checks.ts',
    'packages/core/src/build/check-succession.ts',
    'packages/core/src/catalog/fees-in-force.ts',
    'packages/core/src/catalog/summary.ts',
    // Search ranking
    'packages/core/src/search/ranker.ts',
    'packages/core/src/search/query-plan.ts',
    'packages/core/src/search/label-match.ts',
    'packages/core/src/search/popularity.ts',
    // Guide outcome, effects and conditions
    'packages/core/src/guide/outcome.ts',
    'packages/core/src/guide/effects.ts',
    'packages/core/src/guide/conditions.ts',
    // Calendar
    'packages/core/src/calendar/*.ts',
    '!packages/core/src/**/index.ts',
  ],
  coverageAnalysis: 'perTest',
  // Module-level constants would rerun every test for each of their mutants; they are reported as ignored.
  ignoreStatic: true,
  // The machine is shared: two test processes at most.
  concurrency: 2,
  timeoutMS: 60_000,
  dryRunTimeoutMinutes: 30,
  // Reruns test only the mutants whose code or tests changed. The file is not committed (it holds a
  // copy of every mutated source); reports/ is ignored by git.
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  ignorePatterns: ['examples/dist', 'packages/elements', 'reports', 'packages/*/dist'],
};
