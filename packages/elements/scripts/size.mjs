// `npm run size`: builds the browser bundles and prints what a page downloads, against the budget.
// A row counts an entry or an on-demand chunk together with the chunks it imports statically that
// the page does not already have (the guide's row is what it adds on top of onestop.js).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const dist = `${root}examples/dist/`;
/** Budgets in bytes after gzip. `after` names rows whose files the page already has. */
const ROWS = [
  { name: 'onestop.js (all elements)', file: 'onestop.js', budget: 80 * 1024 },
  { name: '<onestop-guide> on demand, QR encoder included (Vietnamese)', file: 'chunks/onestop-guide.js', after: ['onestop.js'], budget: 25 * 1024 },
  { name: '  + English texts', file: 'chunks/en.js', after: ['onestop.js', 'chunks/onestop-guide.js'], budget: 3 * 1024 },
  { name: '  + free-text questions (the search box’s search)', file: 'chunks/guide-ask.js', after: ['onestop.js', 'chunks/onestop-guide.js'], budget: 2 * 1024 },
];

const build = spawnSync('npx', ['rollup', '-c', 'rollup.config.mjs', '--silent'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

/** A chunk and the chunks it imports statically (`import … from "./x.js"` at the top of minified code). */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(dist + file, 'utf8');
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  for (const m of code.matchAll(/\b(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    closure(new URL(m[1], `file:///${dir}`).pathname.slice(1), seen);
  }
  return seen;
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
let over = false;
console.log(`| download | files | raw | gzip | brotli | budget (gzip) |\n|---|---|--:|--:|--:|--:|`);
for (const row of ROWS) {
  const have = new Set((row.after ?? []).flatMap((f) => [...closure(f)]));
  const files = [...closure(row.file)].filter((f) => !have.has(f));
  let raw = 0, gz = 0, br = 0;
  for (const f of files) {
    const bytes = readFileSync(dist + f);
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
    br += brotliCompressSync(bytes).length;
  }
  over ||= gz > row.budget;
  console.log(`| ${row.name} | ${files.join(', ')} | ${kb(raw)} | ${kb(gz)} | ${kb(br)} | ${kb(row.budget)}${gz > row.budget ? ' ✗ over' : ' ✓'} |`);
}
const unlisted = readdirSync(dist + 'chunks').filter((f) => f.endsWith('.js') && !ROWS.some((r) => closure(r.file).has(`chunks/${f}`)));
if (unlisted.length) console.log(`\nChunks no row counts: ${unlisted.join(', ')}`);
process.exit(over ? 1 : 0);
