/**
 * The chunked search (search-chunks.ts) at scale: for each size, the bytes (gzip) a page fetches
 * before the first result — the head plus the chunks the query reads — for "dang ky" and, each on
 * a fresh page, p50/p95 over the labelled queries; the JS heap held after the first search; the
 * time to write the chunks (wall and CPU: on a shared machine the CPU time is the steadier one);
 * the share of `popularity.json`, which every query loads; and a check that every labelled query
 * gets the same top 10 and total as the whole search.json. Bytes are exact; times depend on load.
 * Run: node --expose-gc --import tsx packages/core/bench/chunks-bench.ts [--sizes 1000,10000,100000]
 */
import { gzipSync } from 'node:zlib';
import { corpus, sampleCatalog } from './corpus.js';
import { allQueries } from './query-sets.js';
import { createChunkedSearch, createSearchFromData, toSearchChunks, toSearchData, type SearchChunks } from '../src/index.js';

const arg = process.argv.indexOf('--sizes');
const SIZES = arg > 0 ? process.argv[arg + 1]!.split(',').map(Number) : [1000, 10000, 100000];
const gz = (text: string) => gzipSync(text).length;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const gc = (globalThis as { gc?: () => void }).gc;

/** A page: the head and the chunks it fetched, in gzip bytes. */
function page(chunks: SearchChunks) {
  const sizes = new Map<string, number>();
  const fetched: string[] = [];
  const search = createChunkedSearch(JSON.parse(JSON.stringify(chunks.head)), {
    fetchJson: async (path) => {
      fetched.push(path);
      const text = chunks.files.get(path)!;
      if (!sizes.has(path)) sizes.set(path, gz(text));
      return JSON.parse(text);
    },
  });
  const headBytes = gz(JSON.stringify(chunks.head) + '\n');
  return { search, bytes: () => headBytes + fetched.reduce((n, p) => n + sizes.get(p)!, 0) };
}

const sample = sampleCatalog();
console.log('| procedures | search.json (gzip) | head (gzip) | chunk files | first result "dang ky": data (gzip) | p50 / p95 over labelled queries | of which popularity.json | JS heap after the first search | writing the chunks: wall / CPU | same top 10 and total |');
console.log('|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
for (const size of SIZES) {
  const catalog = corpus(sample, size);
  const data = toSearchData(catalog, 'vi');
  const whole = gz(JSON.stringify(data) + '\n');
  const started = performance.now();
  const cpu = process.cpuUsage();
  const chunks = toSearchChunks(data, 'vi');
  const built = performance.now() - started;
  const builtCpu = process.cpuUsage(cpu);
  const popularity = chunks.files.has('popularity.json') ? gz(chunks.files.get('popularity.json')!) : 0;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const first = page(chunks);
  await first.search.search('dang ky', { facets: false });
  await first.search.suggest('dang ky');
  gc?.();
  const held = process.memoryUsage().heapUsed - before;
  const firstBytes = first.bytes();
  const queries = allQueries().filter((q) => q.locale === 'vi');
  const bytes: number[] = [];
  for (const { q } of queries) {
    const fresh = page(chunks);
    await fresh.search.search(q, { facets: false });
    bytes.push(fresh.bytes());
  }
  let same = 0;
  const reference = createSearchFromData(data);
  const chunked = page(chunks).search;
  for (const { q } of queries) {
    const a = reference.search(q);
    const b = await chunked.search(q);
    if (a.total === b.total && a.hits.map((h) => h.id).join() === b.hits.map((h) => h.id).join()) same++;
  }
  const headBytes = gz(JSON.stringify(chunks.head) + '\n');
  console.log(
    `| ${catalog.procedures.length.toLocaleString('en')} | ${kb(whole)} | ${kb(headBytes)} | ${chunks.files.size.toLocaleString('en')} | ${kb(firstBytes)} | ${kb(pct(bytes, 0.5))} / ${kb(pct(bytes, 0.95))} | ${kb(popularity)} | ${(held / 1024 / 1024).toFixed(1)} MiB | ${(built / 1000).toFixed(1)} s / ${((builtCpu.user + builtCpu.system) / 1e6).toFixed(1)} s | ${same} of ${queries.length} |`,
  );
}
