/**
 * Scores documents for a query plan. Each concept counts once per document, in the best field
 * that has one of its terms, weighted by the field and by how rare the concept is; documents
 * that match only part of the query are scaled down by the share of the query they match.
 * Buffers are kept between queries: a query allocates nothing in proportion to the catalog.
 */
import { FIELD_WEIGHTS, SEARCH_FIELDS, type SearchField } from './search-index.js';
import type { IndexReader } from './index-reader.js';
import type { QueryPlan } from './query-plan.js';

export interface Candidates {
  /** Documents that match enough of the query, in no particular order. */
  ids: Int32Array;
  count: number;
  /** Scores by document number (valid for the ids above until the next query). */
  scores: Float64Array;
  /**
   * The part of each score that names and aliases hold (same validity): the label re-ranking must
   * see a document whose label holds the whole query even when many others tie above it.
   */
  labelScores: Float64Array;
}

/** A document must match at least this share of a query (by weight; filler words aside). */
export const MIN_COVERAGE = 0.5;
/** A word in more than this share of documents is looked up in names and aliases only. */
export const COMMON_SHARE = 1 / 3;
const LABEL_FIELDS: readonly SearchField[] = ['name', 'aliases', 'code'];
const EXACT_FIELDS: readonly SearchField[] = ['name', 'aliases'];
/** What a match counts when the citizen typed diacritics and the label has other ones (or none). */
const FOLDED_ONLY = 0.6;

export class Ranker {
  private readonly total: Float64Array;
  private readonly matched: Float64Array;
  private readonly best: Float32Array;
  private readonly bestInLabel: Float32Array;
  private readonly inLabels: Float64Array;
  private readonly touched: Int32Array;
  private readonly touchedByConcept: Int32Array;
  private readonly ids: Int32Array;
  private readonly common: number;

  constructor(private readonly index: IndexReader) {
    const n = index.size;
    this.total = new Float64Array(n);
    this.matched = new Float64Array(n);
    this.best = new Float32Array(n);
    this.bestInLabel = new Float32Array(n);
    this.inLabels = new Float64Array(n);
    this.touched = new Int32Array(n);
    this.touchedByConcept = new Int32Array(n);
    this.ids = new Int32Array(n);
    this.common = Math.max(50, n * COMMON_SHARE);
  }

  rank(plan: QueryPlan): Candidates {
    const { total, matched, best, bestInLabel, inLabels, touched, touchedByConcept, ids } = this;
    let touchedCount = 0;
    for (const concept of plan.concepts) {
      // Filler words only count in re-ranking, where a label that has them fits the query better.
      if (concept.optional) continue;
      let conceptCount = 0;
      // A word most documents have decides little; looking for it only in names and aliases keeps
      // "giấy" from costing 30,000 postings per query in a catalog of 10,000 "Cấp giấy phép…".
      const fields = this.index.vocabulary.count(concept.alternatives[0]!.term) > this.common ? LABEL_FIELDS : SEARCH_FIELDS;
      // Typed with diacritics: a label spelled the same way counts fully, one that only folds to it less.
      const folded = concept.exactTerms.length ? FOLDED_ONLY : 1;
      const lookups = [
        ...concept.alternatives.map((alt) => ({ term: alt.term, quality: alt.quality * folded, fields })),
        ...concept.exactTerms.map((term) => ({ term, quality: 1, fields: EXACT_FIELDS })),
      ];
      for (const lookup of lookups) {
        for (const { field, ids: posting } of this.index.postings(lookup.term, lookup.fields)) {
          const w = FIELD_WEIGHTS[field] * lookup.quality;
          const label = EXACT_FIELDS.includes(field);
          for (const id of posting) {
            if (best[id] === 0) touchedByConcept[conceptCount++] = id;
            best[id] = Math.max(best[id]!, w);
            if (label) bestInLabel[id] = Math.max(bestInLabel[id]!, w);
          }
        }
      }
      const { weight, coverage } = concept;
      for (let k = 0; k < conceptCount; k++) {
        const id = touchedByConcept[k]!;
        if (matched[id] === 0) touched[touchedCount++] = id;
        total[id]! += weight * best[id]!;
        inLabels[id]! += weight * bestInLabel[id]!;
        matched[id]! += coverage;
        best[id] = 0;
        bestInLabel[id] = 0;
      }
    }
    // Filler words still tell labels apart ("… kinh doanh dược" against "… hộ kinh doanh"): they add
    // to the label score of documents that already match, never to which documents match.
    for (const concept of plan.concepts) {
      if (!concept.optional) continue;
      let labelCount = 0;
      for (const alt of concept.alternatives) {
        for (const { field, ids: posting } of this.index.postings(alt.term, EXACT_FIELDS)) {
          const w = concept.weight * FIELD_WEIGHTS[field] * alt.quality;
          for (const id of posting) {
            if (matched[id] === 0) continue;
            if (bestInLabel[id] === 0) touchedByConcept[labelCount++] = id;
            bestInLabel[id] = Math.max(bestInLabel[id]!, w);
          }
        }
      }
      for (let k = 0; k < labelCount; k++) {
        const id = touchedByConcept[k]!;
        inLabels[id]! += bestInLabel[id]!;
        bestInLabel[id] = 0;
      }
    }
    const priors = this.index.priors;
    // The engine ranks only plans with concepts, and planQuery gives them a weight above 0.
    const need = MIN_COVERAGE * plan.weight;
    let count = 0;
    const scores = total;
    for (let k = 0; k < touchedCount; k++) {
      const id = touched[k]!;
      const m = matched[id]!;
      matched[id] = 0;
      if (m + 1e-9 < need) {
        total[id] = 0;
        inLabels[id] = 0;
        continue;
      }
      const coverage = plan.weight ? Math.min(1, m / plan.weight) : 1;
      scores[id] = total[id]! * coverage * coverage * priors[id]!;
      inLabels[id] = inLabels[id]! * priors[id]!;
      ids[count++] = id;
    }
    return { ids, count, scores, labelScores: inLabels };
  }

  /** Clears the scores of the last query's candidates. */
  release(candidates: Candidates): void {
    for (let k = 0; k < candidates.count; k++) {
      candidates.scores[candidates.ids[k]!] = 0;
      candidates.labelScores[candidates.ids[k]!] = 0;
    }
  }
}
