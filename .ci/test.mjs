// `npm test`: type-check, lint, the Node suites (vitest), the element suites (Chromium), the end-to-end
// suite over the built examples (e2e/), the bundle size budgets and the packages
// installed from their tarballs outside the repository (.ci/outside-install), all of them
// even when one fails; writes the totals for .ci/run and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const totalsDir = `${root}node_modules/.cache/onestop/test-totals`;
rmSync(totalsDir, { recursive: true, force: true });
mkdirSync(totalsDir, { recursive: true });
const env = { ...process.env, ONESTOP_TOTALS_DIR: totalsDir };

const run = (label, script) => {
  console.log(`\n▶ ${label}`);
  return spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit', env }).status === 0;
};

const results = [];
const typecheck = run('type-check (tsc --noEmit)', 'typecheck');
results.push({ suite: 'typecheck', passed: typecheck ? 1 : 0, failed: typecheck ? 0 : 1, ok: typecheck });
const lint = run('lint (eslint: layers, cycles, no Node in browser code)', 'lint');
results.push({ suite: 'lint', passed: lint ? 1 : 0, failed: lint ? 0 : 1, ok: lint });

const nodeOk = run('Node suites (vitest)', 'test:node');
const vitestReport = `${totalsDir}/vitest.json`;
if (existsSync(vitestReport)) {
  const report = JSON.parse(readFileSync(vitestReport, 'utf8'));
  const failedFiles = (report.testResults ?? []).filter((f) => f.status === 'failed' && !(f.assertionResults ?? []).length).length;
  results.push({ suite: 'node', passed: report.numPassedTests, failed: report.numFailedTests + failedFiles, ok: nodeOk });
} else results.push({ suite: 'node', passed: 0, failed: 1, ok: false });

const browserOk = run('Element suites (Chromium)', 'test:browser');
const browserReport = `${totalsDir}/browser.json`;
if (existsSync(browserReport)) {
  const report = JSON.parse(readFileSync(browserReport, 'utf8'));
  results.push({ suite: 'browser', passed: report.passed, failed: report.failed + (browserOk || report.failed ? 0 : 1), ok: browserOk });
} else results.push({ suite: 'browser', passed: 0, failed: 1, ok: false });

const e2eOk = run('End-to-end: the examples served by onestop serve (Chromium)', 'test:e2e');
const e2eReport = `${totalsDir}/e2e.json`;
if (existsSync(e2eReport)) {
  const report = JSON.parse(readFileSync(e2eReport, 'utf8'));
  results.push({ suite: 'e2e', passed: report.passed, failed: report.failed + (e2eOk || report.failed ? 0 : 1), ok: e2eOk });
} else results.push({ suite: 'e2e', passed: 0, failed: 1, ok: false });

// The script-tag bundle within its gzip budgets (docs/elements.md): `npm run size` exits 1 when one is over.
const sizeOk = run('Bundle sizes within their budgets (npm run size)', 'size');
results.push({ suite: 'size', passed: sizeOk ? 1 : 0, failed: sizeOk ? 0 : 1, ok: sizeOk });

const packagesOk = run('Packages installed outside the repository (npm pack)', 'test:packages');
const packagesReport = `${totalsDir}/packages.json`;
if (existsSync(packagesReport)) {
  const report = JSON.parse(readFileSync(packagesReport, 'utf8'));
  results.push({ suite: 'packages', passed: report.passed, failed: report.failed + (packagesOk || report.failed ? 0 : 1), ok: packagesOk });
} else results.push({ suite: 'packages', passed: 0, failed: 1, ok: false });

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
const ok = results.every((r) => r.ok) && failed === 0;
writeFileSync(`${totalsDir}/totals.json`, JSON.stringify({ passed, failed, results }));
console.log(`\n${results.map((r) => `${r.suite}: ${r.passed} passed, ${r.failed} failed`).join(' · ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
