/**
 * Quality and speed of one engine on the labelled queries. Runs unchanged in Node and in the
 * Chromium page, which hand in their own clock, garbage collector and heap reading.
 */
import { buildEngine, type Engine, type EngineName } from './engines.js';

export interface LabelledQuery {
  q: string;
  locale: string;
  kind: string;
  relevant: string[];
}

export interface Runtime {
  /** Forces a full garbage collection, when the runtime allows it. */
  gc(): void;
  /** Bytes of JavaScript heap in use. */
  heapUsed(): number;
}

export interface EngineResult {
  engine: EngineName;
  /** Share of queries with a relevant id among the first three hits. */
  recallAt3: number;
  /** Mean of 1 / rank of the first relevant hit among the first ten (0 when none). */
  mrr: number;
  p50: number;
  p95: number;
  /** Milliseconds from the downloaded text to a ready index, for one locale. */
  buildMs: number;
  /** Heap the ready index of one locale holds. */
  heapBytes: number;
  /** How many timed queries the percentiles are over. */
  samples: number;
  /** Recall@3 per kind of query. */
  byKind: Record<string, number>;
  misses: { q: string; locale: string; got: string[] }[];
}

/** A full pass over the queries: the rank of the first relevant hit (-1 if none) and the time of each. */
function pass(engines: Record<string, Engine>, queries: readonly LabelledQuery[]): { ranks: number[]; got: string[][]; ms: number[] } {
  const ranks: number[] = [];
  const got: string[][] = [];
  const ms: number[] = [];
  for (const query of queries) {
    const engine = engines[query.locale]!;
    const started = performance.now();
    const ids = engine.search(query.q);
    ms.push(performance.now() - started);
    got.push(ids);
    ranks.push(ids.findIndex((id) => query.relevant.includes(id)));
  }
  return { ranks, got, ms };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/**
 * Builds the engine from its downloads (vi and en), then times every query. Fast engines get
 * a warm-up pass and several timed passes; an engine whose pass takes longer than `budgetMs` is
 * timed on its first pass only, which is also its quality pass.
 */
export function measureEngine(name: EngineName, downloads: Record<string, string>, queries: readonly LabelledQuery[], runtime: Runtime, budgetMs = 4000): EngineResult {
  runtime.gc();
  const heapBefore = runtime.heapUsed();
  const started = performance.now();
  const vi = buildEngine(name, downloads.vi!, 'vi');
  const buildMs = performance.now() - started;
  runtime.gc();
  const heapBytes = runtime.heapUsed() - heapBefore;
  const engines = { vi, en: buildEngine(name, downloads.en!, 'en') };

  const first = pass(engines, queries);
  const passMs = first.ms.reduce((a, b) => a + b, 0);
  let timings = first.ms;
  if (passMs < budgetMs) {
    const rounds = Math.max(1, Math.min(10, Math.floor(budgetMs / Math.max(passMs, 1))));
    timings = [];
    for (let r = 0; r < rounds; r++) timings.push(...pass(engines, queries).ms);
  }
  timings.sort((a, b) => a - b);

  let found = 0;
  let reciprocal = 0;
  const kinds: Record<string, [number, number]> = {};
  const misses: EngineResult['misses'] = [];
  queries.forEach((query, i) => {
    const rank = first.ranks[i]!;
    const ok = rank >= 0 && rank < 3;
    if (ok) found++;
    else misses.push({ q: query.q, locale: query.locale, got: first.got[i]!.slice(0, 3) });
    if (rank >= 0) reciprocal += 1 / (rank + 1);
    const k = (kinds[query.kind] ??= [0, 0]);
    k[0] += ok ? 1 : 0;
    k[1]++;
  });
  return {
    engine: name,
    recallAt3: found / queries.length,
    mrr: reciprocal / queries.length,
    p50: percentile(timings, 50),
    p95: percentile(timings, 95),
    buildMs,
    heapBytes,
    samples: timings.length,
    byKind: Object.fromEntries(Object.entries(kinds).map(([k, [a, b]]) => [k, a / b])),
    misses,
  };
}
