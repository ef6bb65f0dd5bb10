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
 * figure for (and every life event) counts as 1: a missing figure must not sink a procedure
 * below rare ones that have one. A catalog without figures is all 1.
 */
export function popularityPriors(docs: readonly SearchDocument[]): Float32Array {
  const priors = new Float32Array(docs.length).fill(1);
  let low = Infinity;
  let high = -Infinity;
  for (const d of docs) {
    if (d.yearlyDossiers === undefined) continue;
    const value = Math.log1p(Math.max(0, d.yearlyDossiers));
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  if (low === Infinity) return priors;
  const span = high - low || 1;
  docs.forEach((d, i) => {
    if (d.yearlyDossiers !== undefined) priors[i] = 1 - (POPULARITY * (high - Math.log1p(Math.max(0, d.yearlyDossiers)))) / span;
  });
  return priors;
}
