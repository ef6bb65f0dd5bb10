/**
 * The chunked search (search-chunks.ts) at scale: for each size, the bytes (gzip) a page fetches
 * before the first result — the head plus the chunks the query reads — for "dang ky" and, each on
 * a fresh page, p50/p95 over the labelled queries; the JS heap held after the first search; the
 * time to write the chunks (wall and CPU: on a shared machine the CPU time is the steadier one);
 * the share of the ranges of priors in that; the rounds of fetching a query takes; what the catalog
 * browser's first view (blank query, facet counts) and a query with facets fetch; and a check that
 * every labelled query gets the same top 10, total and facet counts as the whole search.json.
 * Bytes are exact; times depend on load.
 * Run: node --expose-gc --import tsx packages/core/bench/chunks-bench.ts [--sizes 1000,10000,100000] [--range-size 1000]
 */
import { gzipSync } from 'node:zlib';
import { corpus, sampleCatalog } from './corpus.js';
import { allQueries } from './query-sets.js';
import { createChunkedSearch, createSearchFromData, toSearchChunks, toSearchData, type SearchChunks } from '../src/index.js';

const arg = process.argv.indexOf('--sizes');
const SIZES = arg > 0 ? process.argv[arg + 1]!.split(',').map(Number) : [1000, 10000, 100000];
const rangeArg = process.argv.indexOf('--range-size');
const RANGE_SIZE = rangeArg > 0 ? Number(process.argv[rangeArg + 1]) : undefined;
const gz = (text: string) => gzipSync(text).length;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const gc = (globalThis as { gc?: () => void }).gc;

const sizes = new Map<string, number>();
/** A page: the head and the chunks it fetched, in gzip bytes, and the rounds of fetching (a round's files are fetched together). */
function page(chunks: SearchChunks) {
  const fetched: string[] = [];
  let rounds = 0;
  let settled = true;
  const search = createChunkedSearch(JSON.parse(JSON.stringify(chunks.head)), {
    fetchJson: async (path) => {
      if (settled) rounds++;
      settled = false;
      fetched.push(path);
      const text = chunks.files.get(path)!;
      if (!sizes.has(path)) sizes.set(path, gz(text));
      await Promise.resolve();
      settled = true;
      return JSON.parse(text);
    },
  });
  const headBytes = gz(JSON.stringify(chunks.head) + '\n');
  const bytesOf = (match: (path: string) => boolean) => fetched.filter(match).reduce((n, p) => n + sizes.get(p)!, 0);
  return { search, fetched, rounds: () => rounds, bytes: () => headBytes + bytesOf(() => true), priorBytes: () => bytesOf((p) => /^(r\d+|popular)\.json$/.test(p)) };
}

const sample = sampleCatalog();
console.log('| procedures | search.json (gzip) | head (gzip) | chunk files | first result "dang ky": data (gzip) | of which priors | p50 / p95 over labelled queries | of which priors, p50 / p95 | rounds of fetching, p50 / max | JS heap after the first search | catalog browser: blank query / "dang ky" with facets | writing the chunks: wall / CPU | same top 10, total and facets |');
console.log('|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
for (const size of SIZES) {
  const catalog = corpus(sample, size);
  const data = toSearchData(catalog, 'vi');
  const whole = gz(JSON.stringify(data) + '\n');
  const started = performance.now();
  const cpu = process.cpuUsage();
  const chunks = toSearchChunks(data, 'vi', { rangeSize: RANGE_SIZE });
  const built = performance.now() - started;
  const builtCpu = process.cpuUsage(cpu);
  sizes.clear();
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const first = page(chunks);
  await first.search.search('dang ky', { facets: false });
  await first.search.suggest('dang ky');
  gc?.();
  const held = process.memoryUsage().heapUsed - before;
  const firstBytes = first.bytes();
  const firstPriors = first.priorBytes();
  const queries = allQueries().filter((q) => q.locale === 'vi');
  const bytes: number[] = [];
  const priorBytes: number[] = [];
  const rounds: number[] = [];
  for (const { q } of queries) {
    const fresh = page(chunks);
    await fresh.search.search(q, { facets: false });
    bytes.push(fresh.bytes());
    priorBytes.push(fresh.priorBytes());
    rounds.push(fresh.rounds());
  }
  const browser = async (q: string) => {
    const fresh = page(chunks);
    await fresh.search.search(q);
    return fresh.bytes();
  };
  const blank = await browser('');
  const withFacets = await browser('dang ky');
  let same = 0;
  const reference = createSearchFromData(data);
  const chunked = page(chunks).search;
  for (const { q } of queries) {
    const a = reference.search(q);
    const b = await chunked.search(q);
    if (a.total === b.total && a.hits.map((h) => h.id).join() === b.hits.map((h) => h.id).join() && JSON.stringify(a.facets) === JSON.stringify(b.facets)) same++;
  }
  const headBytes = gz(JSON.stringify(chunks.head) + '\n');
  console.log(
    `| ${catalog.procedures.length.toLocaleString('en')} | ${kb(whole)} | ${kb(headBytes)} | ${chunks.files.size.toLocaleString('en')} | ${kb(firstBytes)} | ${kb(firstPriors)} | ${kb(pct(bytes, 0.5))} / ${kb(pct(bytes, 0.95))} | ${kb(pct(priorBytes, 0.5))} / ${kb(pct(priorBytes, 0.95))} | ${pct(rounds, 0.5)} / ${Math.max(...rounds)} | ${(held / 1024 / 1024).toFixed(1)} MiB | ${kb(blank)} / ${kb(withFacets)} | ${(built / 1000).toFixed(1)} s / ${((builtCpu.user + builtCpu.system) / 1e6).toFixed(1)} s | ${same} of ${queries.length} |`,
  );
}
