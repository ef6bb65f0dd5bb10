/**
 * How commonly each procedure is used, as a ranking prior. A national or provincial catalog has
 * thousands of near-duplicates ("Cấp giấy phép kinh doanh rượu cho …") that contain a general
 * query word for word; the yearly number of dossiers says which one a citizen most likely means.
 */
import type { SearchDocument } from './search-document.js';

/** The prior lowers a score by at most this share: it breaks near-ties, it does not overrule the words. */
export const POPULARITY = 0.3;

/**
 * A multiplier per document between 1 − POPULARITY (the least used procedure of the catalog)
 * and 1 (the most used), on a log scale of yearly dossiers. A document the catalog gives no
 * figure for (and every life event) counts as a median procedure: a missing figure must neither
 * sink it below rare ones nor lift it above the everyday ones. A catalog without figures is all 1.
 */
export function popularityPriors(docs: readonly Pick<SearchDocument, 'yearlyDossiers'>[]): Float32Array {
  const priors = new Float32Array(docs.length).fill(1);
  const known = docs.filter((d) => d.yearlyDossiers !== undefined).map((d) => Math.log1p(Math.max(0, d.yearlyDossiers!)));
  if (!known.length) return priors;
  known.sort((a, b) => a - b);
  const low = known[0]!;
  const high = known[known.length - 1]!;
  const median = known[Math.floor(known.length / 2)]!;
  docs.forEach((d, i) => {
    priors[i] = priorOf(d.yearlyDossiers === undefined ? median : Math.log1p(Math.max(0, d.yearlyDossiers)), low, high);
  });
  return priors;
}

/**
 * The prior of a document at `value` (log(1 + yearly dossiers)) in a catalog whose known values
 * go from `low` to `high`; a chunked index computes its ranges' priors with it, bit for bit.
 */
export function priorOf(value: number, low: number, high: number): number {
  return 1 - (POPULARITY * (high - value)) / (high - low || 1);
}
/** Yearly dossiers from a `popularity` column's half-steps of log2(1 + dossiers) (search.json and its chunks); -1 is "not given". */
export function dossiersOf(popularity: number | undefined): number | undefined {
  return typeof popularity === 'number' && popularity >= 0 ? Math.round(2 ** (popularity / 2) - 1) : undefined;
}
