import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromiumArgs, chromiumPath } from './scripts/chromium-path.mjs';
import { samplePublication } from './scripts/sample-publication.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

const totalsFile = process.env.ONESTOP_TOTALS_DIR ? `${process.env.ONESTOP_TOTALS_DIR}/browser.json` : undefined;

/** Writes the pass/fail totals of the run for .ci/run. */
function totalsReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      const count = (suite) => {
        for (const test of suite.tests ?? []) {
          if (test.skipped) continue;
          if (test.passed) passed++;
          else failed++;
        }
        for (const child of suite.suites ?? []) count(child);
      };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults);
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) failed++;
      }
      if (totalsFile) {
        mkdirSync(process.env.ONESTOP_TOTALS_DIR, { recursive: true });
        writeFileSync(totalsFile, JSON.stringify({ suite: 'browser', passed, failed }));
      }
    },
  };
}

/** FlexSearch's ESM build mentions worker_threads for Node; the browser never needs it. */
const EMPTY_MODULE = '/__onestop-empty-module.js';
function noNodeBuiltins() {
  return {
    name: 'onestop-no-node-builtins',
    resolveImport({ source }) {
      if (source === 'worker_threads' || source === 'node:worker_threads') return EMPTY_MODULE;
      return undefined;
    },
    serve(context) {
      if (context.path === EMPTY_MODULE) return { body: 'export default {};', type: 'js' };
      return undefined;
    },
  };
}

export default {
  rootDir: root,
  files: ['packages/elements/test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['@onestop/source', 'browser', 'production'] },
  concurrency: 1,
  testsFinishTimeout: 180_000,
  plugins: [noNodeBuiltins(), samplePublication(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs() },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), totalsReporter()],
  testFramework: { config: { timeout: 10_000 } },
};
