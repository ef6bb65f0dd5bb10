/**
 * Quality and speed of one engine on the labelled queries. Runs unchanged in Node and in the
 * Chromium page, which hand in their own clock, garbage collector and heap reading.
 */
import { buildEngine, type Engine, type EngineName } from './engines.js';

export interface LabelledQuery {
  q: string;
  locale: string;
  kind: string;
  /** Ids that count as a right answer; none means the query must return nothing. */
  relevant: string[];
  /** The aspect of the procedure asked about (fees, time, channel, documents), for aspect questions. */
  aspect?: string;
  /** The query set it comes from (base, sentences-vi, sentences-vi/held-out…). */
  set?: string;
}

export interface Runtime {
  /** Forces a full garbage collection, when the runtime allows it. */
  gc(): void;
  /** Bytes of JavaScript heap in use. */
  heapUsed(): number;
}

export interface Quality {
  /** Share of queries with a relevant id among the first three hits (for "must return nothing": no hit). */
  recallAt3: number;
  /** Mean of 1 / rank of the first relevant hit among the first ten (0 when none; 1 for a rightly empty result). */
  mrr: number;
  count: number;
}

export interface EngineResult extends Quality {
  engine: EngineName;
  /** Repeat-pass latency: after a warm-up pass. */
  p50: number;
  p95: number;
  /** First-seen latency: each query's first run on a freshly built index. */
  firstP50: number;
  firstP95: number;
  /** First-seen `suggest` latency (Onestop only), over each query and each query cut mid-word. */
  suggestP50?: number;
  suggestP95?: number;
  suggestMax?: number;
  /** Milliseconds from the downloaded text to a ready index, for one locale. */
  buildMs: number;
  /** Heap the ready index of one locale holds. */
  heapBytes: number;
  /** How many timed queries the percentiles are over. */
  samples: number;
  /** Quality per query set. */
  bySet: Record<string, Quality>;
  /** recall@3 per kind of query. */
  byKind: Record<string, number>;
  misses: { q: string; locale: string; set: string; got: string[] }[];
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
    ranks.push(rankOf(query, ids));
  }
  return { ranks, got, ms };
}

/** Rank of the first right id; for a query that must find nothing, 0 when nothing was found. */
export function rankOf(query: LabelledQuery, ids: readonly string[]): number {
  if (!query.relevant.length) return ids.length ? -1 : 0;
  return ids.findIndex((id) => query.relevant.includes(id));
}

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** recall@3 and MRR of ranks (one per query). */
export function quality(ranks: readonly number[]): Quality {
  const found = ranks.filter((r) => r >= 0 && r < 3).length;
  const reciprocal = ranks.reduce((sum, r) => sum + (r >= 0 && r < 10 ? 1 / (r + 1) : 0), 0);
  return { recallAt3: ranks.length ? found / ranks.length : NaN, mrr: ranks.length ? reciprocal / ranks.length : NaN, count: ranks.length };
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

/** Each query as typed, and cut in the middle of its last word (type-ahead in progress). */
function typeAhead(queries: readonly LabelledQuery[]): LabelledQuery[] {
  return queries.flatMap((query) => {
    const cut = query.q.trimEnd();
    const lastSpace = cut.lastIndexOf(' ');
    const last = cut.slice(lastSpace + 1);
    return last.length >= 4 ? [query, { ...query, q: cut.slice(0, lastSpace + 1 + Math.ceil(last.length / 2)) }] : [query];
  });
}

/**
 * Builds the engine from its downloads (vi and en), then times every query: the first pass on
 * the fresh index is the quality pass and gives first-seen latency; fast engines then get a
 * warm-up pass and several timed passes; an engine whose pass takes longer than `budgetMs` is
 * timed on its first pass only.
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
    pass(engines, queries);
    const rounds = Math.max(1, Math.min(10, Math.floor(budgetMs / Math.max(passMs, 1))));
    timings = [];
    for (let r = 0; r < rounds; r++) timings.push(...pass(engines, queries).ms);
  }
  const firstSeen = sorted(first.ms);
  timings = sorted(timings);

  let suggestMs: number[] = [];
  if (vi.suggest) {
    // A fresh index, so no search has warmed what suggest reads.
    const fresh = { vi: buildEngine(name, downloads.vi!, 'vi'), en: buildEngine(name, downloads.en!, 'en') };
    for (const query of typeAhead(queries)) {
      const t = performance.now();
      fresh[query.locale as 'vi' | 'en'].suggest!(query.q);
      suggestMs.push(performance.now() - t);
    }
    suggestMs = sorted(suggestMs);
  }

  const kinds: Record<string, [number, number]> = {};
  const sets: Record<string, number[]> = {};
  const misses: EngineResult['misses'] = [];
  queries.forEach((query, i) => {
    const rank = first.ranks[i]!;
    const ok = rank >= 0 && rank < 3;
    if (!ok) misses.push({ q: query.q, locale: query.locale, set: query.set ?? '', got: first.got[i]!.slice(0, 3) });
    (sets[query.set ?? 'base'] ??= []).push(rank);
    const k = (kinds[query.kind] ??= [0, 0]);
    k[0] += ok ? 1 : 0;
    k[1]++;
  });
  return {
    engine: name,
    ...quality(first.ranks),
    p50: percentile(timings, 50),
    p95: percentile(timings, 95),
    firstP50: percentile(firstSeen, 50),
    firstP95: percentile(firstSeen, 95),
    ...(suggestMs.length ? { suggestP50: percentile(suggestMs, 50), suggestP95: percentile(suggestMs, 95), suggestMax: suggestMs[suggestMs.length - 1]! } : {}),
    buildMs,
    heapBytes,
    samples: timings.length,
    bySet: Object.fromEntries(Object.entries(sets).map(([set, ranks]) => [set, quality(ranks)])),
    byKind: Object.fromEntries(Object.entries(kinds).map(([k, [a, b]]) => [k, a / b])),
    misses,
  };
}
