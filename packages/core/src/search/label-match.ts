/**
 * Re-ranking of the first results by how well the query fits one label — the name or one alias.
 * A query that is most of a label, and a label that is most of the query, is what the citizen
 * meant: "đăng ký khai sinh" is "Đăng ký khai sinh" before "Đăng ký lại khai sinh". Words typed
 * with their diacritics that the label spells the same way count extra, so "bán" ranks a label
 * with "bán" above one with "bản".
 */
import type { QueryConcept, QueryPlan } from './query-plan.js';
import type { LabelTerms } from './search-index.js';

/** Multiplier of a document's score: 1 when no label fits, up to 1 + FIT + EXACT. */
export const FIT = 1.2;
export const EXACT = 0.25;

export interface LabelFit {
  /** Share of the query's weight (filler words aside) that the label has, by how sure each reading is. */
  queryShare: number;
  /** Whether the label has every word of the query (filler aside), in any reading. */
  complete: boolean;
  /** Share of the label's words that the query asked for. */
  labelShare: number;
  /** How many of the words typed with diacritics the label spells the same way. */
  exactFound: number;
}

export function labelFit(plan: QueryPlan, label: LabelTerms): LabelFit {
  let weight = 0;
  let complete = true;
  // The concepts the label has; small arrays, since this runs for every label of 40 candidates.
  const used: QueryConcept[] = [];
  for (const c of plan.concepts) {
    const alt = c.alternatives.find((a) => label.present.has(a.term));
    if (!alt) {
      if (!c.optional) complete = false;
      continue;
    }
    if (!c.optional) weight += c.coverage * alt.quality;
    used.push(c);
  }
  const asked = (term: string) => used.some((c) => c.alternatives.some((a) => a.term === term));
  let covered = 0;
  let spanEnd = 0;
  label.terms.forEach((term, i) => {
    for (const span of label.spans) if (span.start === i && span.end > spanEnd && asked(span.concept)) spanEnd = span.end;
    if (i < spanEnd || asked(term)) covered++;
  });
  let exactFound = 0;
  for (const c of plan.concepts) for (const key of c.exact) if (label.exact.has(key)) exactFound++;
  // Only plans with concepts are fitted, and planQuery gives them at least one that is not optional:
  // plan.weight is above 0 and at least `weight`. A label without terms (NaN share) matches nothing, so it is skipped.
  return { queryShare: weight / plan.weight, complete, labelShare: covered / label.terms.length, exactFound };
}

export function labelMatch(plan: QueryPlan, labels: readonly LabelTerms[]): number {
  const exactWanted = plan.concepts.reduce((n, c) => n + c.exact.length, 0);
  let bestFit = 0;
  let exactFound = 0;
  for (const label of labels) {
    const fit = labelFit(plan, label);
    if (!fit.queryShare) continue;
    bestFit = Math.max(bestFit, fit.queryShare * fit.queryShare * (0.4 + 0.6 * fit.labelShare));
    exactFound = Math.max(exactFound, fit.exactFound);
  }
  return 1 + FIT * bestFit + (exactWanted ? (EXACT * exactFound) / exactWanted : 0);
}
