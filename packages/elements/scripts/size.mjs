// `npm run size`: builds the browser entry points and prints their size against the budget.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
/** Budgets in bytes after gzip, per entry point. */
const ENTRIES = [{ name: 'onestop.js (all elements)', file: 'examples/dist/onestop.js', budget: 80 * 1024 }];

const build = spawnSync('npx', ['rollup', '-c', 'rollup.config.mjs', '--silent'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
let over = false;
console.log(`| entry | raw | gzip | brotli | budget (gzip) |\n|---|--:|--:|--:|--:|`);
for (const e of ENTRIES) {
  const bytes = readFileSync(root + e.file);
  const gz = gzipSync(bytes, { level: 9 }).length;
  const br = brotliCompressSync(bytes).length;
  over ||= gz > e.budget;
  console.log(`| ${e.name} | ${kb(bytes.length)} | ${kb(gz)} | ${kb(br)} | ${kb(e.budget)}${gz > e.budget ? ' ✗ over' : ' ✓'} |`);
}
process.exit(over ? 1 : 0);
