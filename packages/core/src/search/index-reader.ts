/**
 * What the query planner, the ranker, facets and highlights read from an index. `SearchIndex`
 * holds all of it in memory; `ChunkedIndex` holds what the queries so far have loaded.
 */
import type { FacetName, SearchDocument } from './search-document.js';
import type { FacetColumn, LabelTerms, SearchField, TextTerms } from './search-index.js';
import type { SynonymMatcher } from './synonym-matcher.js';
import type { TermOf } from './term-of.js';
import type { Vocabulary } from './vocabulary.js';
import type { QueryPhrase } from './filler-words.js';

export interface IndexReader {
  readonly locale: string;
  /** Number of documents (procedures and life events). */
  readonly size: number;
  readonly termOf: TermOf;
  readonly synonyms: SynonymMatcher;
  readonly vocabulary: Vocabulary;
  readonly fillers: QueryPhrase[];
  readonly fillerTerms: Set<string>;
  readonly vietnamese: boolean;
  readonly priors: Float32Array;
  readonly facetCodes: Record<FacetName, FacetColumn>;
  readonly facetValues: Record<FacetName, string[]>;
  /** Document `i`; undefined when there is none (chunked: a placeholder while it is not loaded, the answer then being discarded). */
  doc(i: number): SearchDocument | undefined;
  /** The number of the document with this id, when known. */
  position(id: string): number | undefined;
  postings(term: string, fields?: readonly SearchField[]): { field: SearchField; ids: number[] }[];
  textTerms(i: number, field: 'name' | 'summary'): TextTerms;
  labelTerms(i: number): LabelTerms[];
  /**
   * Told of each document an answer re-ranks, whose exact score it needs: a chunked index may
   * hold only a bound of its prior, and then records the prior's range as missing and says true.
   */
  needsPrior?(i: number): boolean;
  /** Told of each document an answer filters or counts in facets: a chunked index loads their values by ranges. */
  needsFacets?(i: number): void;
  /** Per facet, how many documents have each value (by number), where the index knows it without reading every document. */
  readonly facetTotals?: Record<FacetName, readonly number[]>;
}
