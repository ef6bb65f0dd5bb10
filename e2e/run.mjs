// `npm run test:e2e` after `npm run build`: runs the end-to-end suite with node:test, prints it,
// and writes its totals to $ONESTOP_TOTALS_DIR/e2e.json for `npm test`.
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const started = Date.now();
const totals = { passed: 0, failed: 0 };
const stream = run({ files: [fileURLToPath(new URL('examples.test.mjs', import.meta.url))], timeout: 300_000 });
stream.on('test:pass', (e) => e.details?.type !== 'suite' && totals.passed++);
stream.on('test:fail', (e) => e.details?.type !== 'suite' && totals.failed++);
stream.compose(spec).pipe(process.stdout);
await new Promise((done) => stream.once('end', done));

const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`end-to-end: ${totals.passed} passed, ${totals.failed} failed in ${seconds} s`);
if (process.env.ONESTOP_TOTALS_DIR) {
  mkdirSync(process.env.ONESTOP_TOTALS_DIR, { recursive: true });
  writeFileSync(`${process.env.ONESTOP_TOTALS_DIR}/e2e.json`, JSON.stringify({ ...totals, seconds: Number(seconds) }));
}
process.exitCode = totals.failed || !totals.passed ? 1 : 0;
