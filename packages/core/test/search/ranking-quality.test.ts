/**
 * Ranking quality at scale: the labelled benchmark queries against the sample catalog mixed into
 * 1,000 procedures (as `npm run bench:search` builds it). Rules that only matter among thousands
 * of near-duplicates — exact tones, coverage, how commonly a procedure is used — are protected
 * here: a change that costs recall@3 on any query set below its floor fails.
 */
import { describe, expect, it } from 'vitest';
import { corpus, sampleCatalog } from '../../bench/corpus.js';
import { rankOf, quality } from '../../bench/measure.js';
import { allQueries } from '../../bench/query-sets.js';
import { createSearch, toSearchData } from '../../src/index.js';

/** recall@3 per set at 1,000 procedures when the floor was set (see docs/benchmarks.md); raise it as ranking improves. */
const FLOORS: Record<string, number> = {
  base: 0.99,
  aspects: 0.9,
  'aspects/held-out': 0.9,
  'sentences-vi': 0.95,
  'sentences-vi/held-out': 0.9,
  'sentences-vi-plain': 0.95,
  'sentences-vi-plain/held-out': 0.95,
  'sentences-en': 0.9,
  'sentences-en/held-out': 0.9,
  nonsense: 0.85,
  'nonsense/held-out': 0.95,
};

describe('ranking quality at 1,000 procedures', () => {
  it('keeps recall@3 of every labelled query set at or above its floor', { timeout: 300_000 }, () => {
    const catalog = corpus(sampleCatalog(), 1000);
    expect(catalog.procedures.length).toBe(1000);
    const engines: Record<string, ReturnType<typeof createSearch>> = {
      vi: createSearch(JSON.parse(JSON.stringify(toSearchData(catalog, 'vi')))),
      en: createSearch(JSON.parse(JSON.stringify(toSearchData(catalog, 'en')))),
    };
    const ranks = new Map<string, number[]>();
    for (const query of allQueries()) {
      const ids = engines[query.locale]!.search(query.q).hits.map((h) => h.id);
      ranks.set(query.set!, [...(ranks.get(query.set!) ?? []), rankOf(query, ids)]);
    }
    const recall = Object.fromEntries([...ranks].map(([set, r]) => [set, quality(r).recallAt3]));
    expect(Object.keys(recall).sort()).toEqual(Object.keys(FLOORS).sort());
    for (const [set, floor] of Object.entries(FLOORS)) expect(recall[set], `recall@3 of ${set}`).toBeGreaterThanOrEqual(floor);
  });
});
