/**
 * `npm run bench:search`: Onestop search against MiniSearch and Fuse.js on the labelled queries,
 * at 50 (the sample catalog), 1,000 and 10,000 procedures (the sample among generated ones), in
 * Node and in Chromium. Prints the numbers and writes docs/benchmarks.md. Not a test.
 *
 * Options: --sizes sample,1000 (default sample,1000,10000), --no-browser, --engines Onestop,MiniSearch
 * (default all three), --fuse-new-only (Fuse.js above the sample runs only the sets in sets/, not
 * queries.json: its full pass at 10,000 takes most of an hour on a loaded machine), --save rows.json
 * (the Node rows so far, after each engine), --merge a.json,b.json (rows of earlier runs for the
 * report; a row measured now wins), --no-report (do not write docs/benchmarks.md).
 */
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, tmpdir, totalmem, platform, release } from 'node:os';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { corpus, SAMPLE, sampleCatalog } from './corpus.js';
import { ENGINE_NAMES, flatten, payloadOf, payloads, type EngineName, type Payloads } from './engines.js';
import { measureEngine, type EngineResult } from './measure.js';
import { allQueries, querySets } from './query-sets.js';
import { searchDocuments, toSearchData } from '../src/index.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const FILES: Record<EngineName, string> = { Onestop: 'onestop', MiniSearch: 'minisearch', 'Fuse.js': 'fuse' };

const args = process.argv.slice(2);
const sizes = (args.includes('--sizes') ? (args[args.indexOf('--sizes') + 1] ?? '') : 'sample,1000,10000').split(',').map((s) => (s === 'sample' ? SAMPLE : Number(s)));
const withBrowser = !args.includes('--no-browser');
const option = (name: string) => (args.includes(name) ? (args[args.indexOf(name) + 1] ?? '') : undefined);
const engines = (option('--engines')?.split(',') ?? [...ENGINE_NAMES]).filter((e): e is EngineName => (ENGINE_NAMES as readonly string[]).includes(e));
const fuseNewOnly = args.includes('--fuse-new-only');
const saveTo = option('--save');
const mergeFrom = option('--merge')?.split(',').filter(Boolean) ?? [];
const writeReport = !args.includes('--no-report');

interface Row extends EngineResult {
  size: number;
  procedures: number;
  gzipBytes: number;
  /** Set when the engine ran only on the sets in sets/ (not queries.json). */
  newSetsOnly?: boolean;
}

const queries = allQueries();
const setNames = querySets().map((s) => s.name);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) console.warn('run with node --expose-gc for heap numbers');
const nodeRuntime = { gc: () => gc?.(), heapUsed: () => process.memoryUsage().heapUsed };

const sample = sampleCatalog();
const downloads = new Map<number, { procedures: number; files: Record<string, Payloads> }>();
for (const size of sizes) {
  const catalog = corpus(sample, size);
  const files: Record<string, Payloads> = {};
  for (const locale of ['vi', 'en']) files[locale] = payloads(toSearchData(catalog, locale), flatten(searchDocuments(catalog, locale)));
  downloads.set(size, { procedures: catalog.procedures.length, files });
}

const log = (env: string, r: Row) =>
  console.log(`${env.padEnd(8)} ${(r.size === SAMPLE ? 'sample' : String(r.size)).padStart(6)} ${r.engine.padEnd(10)} recall@3 ${r.recallAt3.toFixed(3)}  MRR ${r.mrr.toFixed(3)}  p50 ${r.p50.toFixed(3)} ms  p95 ${r.p95.toFixed(3)} ms  first-seen p50 ${r.firstP50.toFixed(3)} p95 ${r.firstP95.toFixed(3)} ms${r.suggestP95 !== undefined ? `  suggest p50 ${r.suggestP50!.toFixed(3)} p95 ${r.suggestP95.toFixed(3)} max ${r.suggestMax!.toFixed(3)} ms` : ''}  build ${r.buildMs.toFixed(0)} ms  ${(r.gzipBytes / 1024).toFixed(1)} KiB gz  heap ${(r.heapBytes / 2 ** 20).toFixed(1)} MiB`);

const nodeRows: Row[] = [];
for (const size of sizes) {
  const { procedures, files } = downloads.get(size)!;
  for (const engine of engines) {
    const newOnly = fuseNewOnly && engine === 'Fuse.js' && size !== SAMPLE;
    const asked = newOnly ? queries.filter((q) => q.set !== 'base') : queries;
    const result = measureEngine(engine, { vi: payloadOf(engine, files.vi!), en: payloadOf(engine, files.en!) }, asked, nodeRuntime);
    const row: Row = { ...result, size, procedures, gzipBytes: gzipSync(payloadOf(engine, files.vi!)).length, ...(newOnly ? { newSetsOnly: true } : {}) };
    nodeRows.push(row);
    log('node', row);
    if (saveTo) writeFileSync(saveTo, JSON.stringify(nodeRows));
  }
}
for (const file of mergeFrom) {
  for (const row of JSON.parse(readFileSync(file, 'utf8')) as Row[]) {
    if (!nodeRows.some((r) => r.size === row.size && r.engine === row.engine)) nodeRows.push(row);
  }
}
nodeRows.sort((a, b) => a.size - b.size || ENGINE_NAMES.indexOf(a.engine) - ENGINE_NAMES.indexOf(b.engine));

const browserRows: Row[] = [];
let browserVersion = '';
if (withBrowser) {
  const dir = mkdtempSync(join(tmpdir(), 'onestop-bench-'));
  try {
    await build({ entryPoints: [fileURLToPath(new URL('browser-bench.ts', import.meta.url))], bundle: true, platform: 'browser', format: 'esm', outfile: join(dir, 'bench.js'), logLevel: 'warning' });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>Onestop search benchmark</title><script type="module" src="bench.js"></script>');
    writeFileSync(join(dir, 'queries.json'), JSON.stringify({ queries }));
    for (const [size, { files }] of downloads) {
      mkdirSync(join(dir, String(size)));
      for (const engine of ENGINE_NAMES) for (const locale of ['vi', 'en']) writeFileSync(join(dir, String(size), `${FILES[engine]}-${locale}.json`), payloadOf(engine, files[locale]!));
    }
    const server = createServer((req, res) => {
      const path = normalize(join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
      if (!path.startsWith(dir)) return void res.writeHead(403).end();
      try {
        const body = readFileSync(path.endsWith('/') ? join(path, 'index.html') : path);
        // Cross-origin isolation gives performance.now() microsecond precision instead of 100 µs.
        res
          .writeHead(200, {
            'content-type': path.endsWith('.js') ? 'text/javascript' : path.endsWith('.json') ? 'application/json' : 'text/html',
            'cross-origin-opener-policy': 'same-origin',
            'cross-origin-embedder-policy': 'require-corp',
          })
          .end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const { default: puppeteer } = await import('puppeteer-core');
    const browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      protocolTimeout: 60 * 60 * 1000,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
    });
    try {
      browserVersion = await browser.version();
      for (const size of sizes) {
        for (const engine of engines) {
          // A fresh page per engine and size: one engine's garbage does not slow the next.
          const page = await browser.newPage();
          await page.goto(`http://127.0.0.1:${port}/index.html`);
          await page.waitForFunction(() => 'runBench' in globalThis);
          const result = (await page.evaluate((s, e, f) => (globalThis as unknown as { runBench: (s: number, e: string, f: string) => Promise<EngineResult> }).runBench(s, e, f), size, engine, FILES[engine])) as EngineResult;
          const { procedures, files } = downloads.get(size)!;
          const row = { ...result, size, procedures, gzipBytes: gzipSync(payloadOf(engine, files.vi!)).length };
          browserRows.push(row);
          log('chromium', row);
          await page.close();
        }
      }
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** docs/benchmarks.md from this heading on is written by hand (the widget bench): kept as it is. */
const KEPT_HEADING = '\n## Widgets';

if (writeReport) {
  const file = join(ROOT, 'docs/benchmarks.md');
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const kept = previous.includes(KEPT_HEADING) ? previous.slice(previous.indexOf(KEPT_HEADING)) : '';
  writeFileSync(file, report(nodeRows, browserRows, browserVersion).trimEnd() + '\n' + kept);
  console.log('wrote docs/benchmarks.md');
}

function report(node: Row[], browser: Row[], chromium: string): string {
  const cpu = cpus();
  const fixed = (n: number, d: number) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');
  const count = (r: Row) => `${r.procedures.toLocaleString('en')}${r.size === SAMPLE ? ' (sample)' : ''}`;
  const table = (rows: Row[]) => {
    const lines = [
      '| Procedures | Engine | recall@3 | MRR | p50 query | p95 query | p50 first-seen | p95 first-seen | Index build | Download (gzip) | Heap |',
      '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ];
    for (const r of rows) {
      const fuse = rows.find((x) => x.size === r.size && x.engine === 'Fuse.js');
      const faster = r.engine !== 'Fuse.js' && fuse ? ` (${fixed(fuse.p50 / r.p50, 0)}× Fuse)` : '';
      const overall = r.newSetsOnly ? '(sets only) ' : '';
      lines.push(`| ${count(r)} | ${r.engine} | ${overall}${fixed(r.recallAt3, 3)} | ${overall}${fixed(r.mrr, 3)} | ${fixed(r.p50, 3)} ms${faster} | ${fixed(r.p95, 3)} ms | ${fixed(r.firstP50, 3)} ms | ${fixed(r.firstP95, 3)} ms | ${fixed(r.buildMs, 0)} ms | ${fixed(r.gzipBytes / 1024, 1)} KiB | ${fixed(r.heapBytes / 2 ** 20, 1)} MiB |`);
    }
    return lines.join('\n');
  };
  const kinds = [...new Set(queries.map((q) => q.kind))];
  const kindTable = (rows: Row[]) =>
    [
      `| Procedures | Engine | ${kinds.map((k) => `${k} (${queries.filter((q) => q.kind === k).length})`).join(' | ')} |`,
      `|---:|---|${kinds.map(() => '---:').join('|')}|`,
      ...rows.map((r) => `| ${count(r)} | ${r.engine} | ${kinds.map((k) => fixed(r.byKind[k] ?? NaN, 2)).join(' | ')} |`),
    ].join('\n');
  const setTable = (rows: Row[]) =>
    [
      `| Procedures | Engine | ${setNames.map((s) => `${s} (${queries.filter((q) => q.set === s).length})`).join(' | ')} |`,
      `|---:|---|${setNames.map(() => '---:').join('|')}|`,
      ...rows.map((r) => `| ${count(r)} | ${r.engine} | ${setNames.map((s) => (r.bySet[s] ? `${fixed(r.bySet[s].recallAt3, 3)} / ${fixed(r.bySet[s].mrr, 3)}` : 'n/a')).join(' | ')} |`),
    ].join('\n');
  const suggestTable = (rows: Row[]) =>
    [
      '| Procedures | p50 suggest (first-seen) | p95 suggest (first-seen) | slowest |',
      '|---:|---:|---:|---:|',
      ...rows.filter((r) => r.suggestP95 !== undefined).map((r) => `| ${count(r)} | ${fixed(r.suggestP50!, 3)} ms | ${fixed(r.suggestP95!, 3)} ms | ${fixed(r.suggestMax!, 3)} ms |`),
    ].join('\n');
  const misses = node
    .filter((r) => r.engine === 'Onestop')
    .map((r) => `- ${count(r)} procedures: ${r.misses.length ? r.misses.map((m) => `\`${m.q}\` (${m.locale}, ${m.set}) → ${m.got.join(', ') || 'nothing'}`).join('; ') : 'none'}`)
    .join('\n');
  return `# Search benchmark

Generated by \`npm run bench:search\` (packages/core/bench/search-bench.ts) on ${new Date().toISOString().slice(0, 10)}. Benchmarks are not tests:
these numbers describe one run on one machine.

**Machine:** ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${fixed(totalmem() / 2 ** 30, 0)} GiB RAM, ${platform()} ${release()}; Node ${process.version}${chromium ? `; ${chromium} (headless)` : ''}.

## What is measured

- **Queries:** ${queries.length} labelled queries (${queries.filter((q) => q.locale === 'vi').length} Vietnamese, ${queries.filter((q) => q.locale === 'en').length} English). \`base\` is
  \`packages/core/bench/queries.json\`: short queries written the way citizens type (with and without diacritics,
  Telex/VNI residue, colloquial names, abbreviations, typos). The sets in \`packages/core/bench/sets/\` were
  written before the sentence and scale work and are split in two: the tuning half (named after the set) was
  looked at while adjusting ranking rules, the \`/held-out\` half never was. \`sentences-vi\` (with diacritics),
  \`sentences-vi-plain\` (without), \`aspects\` (fees, time, channel, documents), \`sentences-en\`, and
  \`nonsense\` (markup, injection attempts, keyboard mashing: right means no hit at all). Each query runs
  against the index of its locale.
- **recall@3:** share of queries with a right id among the first three hits. **MRR:** mean of
  1/rank of the first right id among the first ten. For \`nonsense\` both are the share of queries
  that return nothing.
- **Corpora:** ${sizes.map((s) => (s === SAMPLE ? `the sample catalog (${sample.procedures.length} procedures and ${sample.lifeEvents.length} life events)` : `${s.toLocaleString('en')} procedures`)).join(', ')}.
  The larger ones are the sample plus procedures from \`onestop generate --seed 1\`,
  so every labelled query keeps its answer among plausible distractors ("giấy phép lao động",
  "cấp lại", "giấy phép kinh doanh rượu"…).
- **Engines**, each built from what a browser downloads and configured as its own documentation
  recommends for short multi-field records (packages/core/bench/engines.ts): Onestop from
  \`<locale>/search.json\`; MiniSearch with field boosts and only its documented options — a
  \`processTerm\` that folds accents and đ, prefix matching on the last word only, fuzzy matching
  (0.2) only on words of five letters or more — loaded from its serialized index; Fuse.js with
  \`useTokenSearch\`, \`ignoreDiacritics\`, \`ignoreLocation\` and weighted keys, indexing its documents on
  load. All three index the same texts with the same field weights.
- **Latency:** wall time of \`search(query)\` for the first ten hits (Onestop's includes facets and
  highlights). *First-seen*: each query's first run on a freshly built index (what a citizen's first
  search costs). *Repeat*: over every query after a warm-up pass; an engine slower than 4 s per pass
  is timed on its one pass (then both are the same pass). *suggest* (Onestop): first-seen on another
  freshly built index, for each query as typed and cut in the middle of its last word.
  The machine was shared with other jobs while this ran, so times are noisy. **Index build:** from the downloaded text to a ready index, one locale.
  **Download:** gzip of the vi file. **Heap:** JavaScript heap held by the ready vi index.

## Node

${table(node)}
${browser.length ? `\n## Chromium\n\n${table(browser)}\n` : ''}
## recall@3 / MRR by query set (Node)

${setTable(node)}

## suggest latency, first-seen (Node)

${suggestTable(node)}

## recall@3 by kind of query (Node)

${kindTable(node)}

## Queries Onestop misses (not in the first three)

${misses}
`;
}
