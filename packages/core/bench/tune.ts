/**
 * Quick ranking check while working on search: Onestop alone, per query set, at the sizes asked
 * (default sample,1000), with the misses. Run: npx tsx packages/core/bench/tune.ts [--sizes sample,1000,10000] [--set name]
 */
import { corpus, SAMPLE, sampleCatalog } from './corpus.js';
import { allQueries } from './query-sets.js';
import { quality, rankOf } from './measure.js';
import { createSearch, toSearchData } from '../src/index.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => (args.includes(name) ? (args[args.indexOf(name) + 1] ?? fallback) : fallback);
const sizes = opt('--sizes', 'sample,1000').split(',').map((s) => (s === 'sample' ? SAMPLE : Number(s)));
const only = opt('--set', '');
const queries = allQueries().filter((q) => !only || q.set === only || q.set?.startsWith(only));
const sample = sampleCatalog();
for (const size of sizes) {
  const catalog = corpus(sample, size);
  const engines = Object.fromEntries(['vi', 'en'].map((l) => [l, createSearch(JSON.parse(JSON.stringify(toSearchData(catalog, l))), { locale: l })]));
  const bySet = new Map<string, number[]>();
  const misses: string[] = [];
  for (const q of queries) {
    const hits = engines[q.locale]!.search(q.q, { limit: 10 }).hits.map((h) => h.id);
    const rank = rankOf(q, hits);
    if (!bySet.has(q.set!)) bySet.set(q.set!, []);
    bySet.get(q.set!)!.push(rank);
    if (rank < 0 || rank >= 3) misses.push(`  [${q.set}] ${q.q} → ${hits.slice(0, 3).join(', ') || 'nothing'} (want ${q.relevant.join('|') || 'nothing'})`);
  }
  console.log(`== ${catalog.procedures.length} procedures`);
  for (const [set, ranks] of bySet) {
    const r = quality(ranks);
    console.log(`${set.padEnd(28)} recall@3 ${r.recallAt3.toFixed(3)}  MRR ${r.mrr.toFixed(3)}  (${r.count})`);
  }
  console.log(misses.join('\n'));
}
