/**
 * The search engine over search documents: `search(query, options)` and `suggest(query)`. Any
 * string is a valid query: nothing here throws on input. `createSearchFromData` reads a
 * `<locale>/search.json` (what browsers load); `createSearch` (create-search.ts) also reads a
 * compiled catalog or `<locale>/index.json`, and is kept apart so browser bundles leave it out.
 */
import type { Catalog, SynonymSet } from '../catalog/model.js';
import type { LocaleIndex } from '../catalog/summary.js';
import { FacetFilter, type Facets, type SearchFilters } from './facet-filter.js';
import { foldText, hasDiacritics } from './fold-text.js';
import type { Aspect } from './filler-words.js';
import { highlight, type Highlight } from './highlight.js';
import { labelFit, labelMatch } from './label-match.js';
import { MAX_QUERY_WORDS, planQuery, queryText, type QueryPlan } from './query-plan.js';
import { Ranker } from './ranker.js';
import { fromSearchData, type SearchData } from './search-data.js';
import type { HitKind, SearchDocument } from './search-document.js';
import { SearchIndex } from './search-index.js';
import type { IndexReader } from './index-reader.js';
import { tokenize } from './tokenize.js';

export type SearchSource = Catalog | LocaleIndex | SearchData;

export interface CreateSearchOptions {
  /** Defaults to the catalog's default locale (or the locale of a search.json). */
  locale?: string;
  /**
   * The catalog in another language (typically the other locale's `search.json`), asked when a
   * query reads better in it: English typed into the Vietnamese box, or Vietnamese into the
   * English one. Indexed on the first query that needs it.
   */
  alternate?: SearchSource;
}

export interface SearchOptions {
  filters?: SearchFilters;
  /** Hits to return (default 10, at most 1,000). */
  limit?: number;
  /** Hits to skip, for paging. */
  offset?: number;
  /**
   * Count facets (default true). A chunked search keeps facet values in a file of its own: a
   * search box that shows no facets and sets no filter passes false and never loads it; its
   * facets are then empty lists. The whole-file search counts them either way.
   */
  facets?: boolean;
}

export interface SearchHit {
  id: string;
  kind: HitKind;
  /** Relevance; comparable within one result only. 0 when an empty query lists by priority. */
  score: number;
  highlights: Highlight[];
}

export interface SearchResult {
  hits: SearchHit[];
  facets: Facets;
  /** Every hit for the query and filters, not only this page. */
  total: number;
  tookMs: number;
  /**
   * Set when the alternate language's index answered (English typed into the Vietnamese search):
   * that language. Hits are the same procedures; their highlights are left out, since they
   * would point into the other language's texts.
   */
  locale?: string;
  /**
   * Set while a chunked search is still loading what this query needs, or the alternate language
   * a query needs is still loading (the elements' store answers at once and re-renders when the
   * parts arrive): the hits are not the answer yet.
   */
  pending?: boolean;
  /**
   * Set when a search that loads its parts on demand could not load what this query needs (the
   * network): the hits are not the answer. After `retry()` the same query fetches them again.
   */
  failed?: boolean;
  /**
   * The part of the procedure the query asks about, when it says ("lệ phí…", "mất bao lâu",
   * "qua bưu điện", "cần mang gì"), so a page or the guide can open there.
   */
  aspect?: Aspect;
}

export interface Suggestion {
  /** The name or alias that completes the query, as the catalog writes it. */
  text: string;
  id: string;
  kind: HitKind;
}

export interface Suggestions {
  suggestions: Suggestion[];
  /** The query as the engine read it, when it had to correct or decode words; or a guess when nothing matches. */
  didYouMean?: string;
  /** Set when the suggestions come from the alternate language's index: that language. */
  locale?: string;
  /** Set while a chunked search is still loading what this query needs, as in SearchResult. */
  pending?: boolean;
  /** Set when what this query needs could not be loaded, as in SearchResult. */
  failed?: boolean;
}

export interface CatalogSearch {
  readonly locale: string;
  /** Number of searchable documents (procedures and life events). */
  readonly size: number;
  search(query: string, options?: SearchOptions): SearchResult;
  suggest(query: string, options?: { limit?: number }): Suggestions;
  /**
   * The texts that highlight offsets refer to; with `locale`, the alternate language's texts (for
   * the hits of a result that language answered: their name as the citizen's query matched it).
   */
  text(id: string, locale?: string): { name: string; summary: string } | undefined;
  /**
   * Loads what `search(query, options)` needs, for a search that loads its parts on demand (a
   * chunked publication behind the elements' store); absent where everything is loaded already.
   */
  prepare?(query: string, options?: SearchOptions): Promise<void>;
  /** Forgets the queries that `failed`, so asking again fetches their parts again (where parts load on demand). */
  retry?(): void;
}

/**
 * A search whose parts load on demand: a chunked one, or a whole `search.json` with the other
 * language loaded by the first query that needs it. `searchLoaded` and `suggestLoaded` answer at
 * once from what is here: undefined when the query needs more of its own language's parts, the
 * own answer marked `pending` when only the other language may still change it. `search` and
 * `suggest` load what is missing first (and reject when it cannot be had).
 */
export interface OnDemandSearch {
  readonly locale: string;
  readonly size: number;
  searchLoaded(query: string, options?: SearchOptions): SearchResult | undefined;
  suggestLoaded(query: string, options?: { limit?: number }): Suggestions | undefined;
  search(query: string, options?: SearchOptions): Promise<SearchResult>;
  suggest(query: string, options?: { limit?: number }): Promise<Suggestions>;
  text(id: string, locale?: string): { name: string; summary: string } | undefined;
}

/** Re-ranking looks at this many of the best candidates (or more when a later page is asked). */
const RERANK = 40;
/** …plus this many of the candidates whose names and aliases hold the most of the query. */
const LABEL_RERANK = 10;
/** A query with more unknown words than this is not a mistyped query: no guesses. */
const MAX_GUESSES = 4;
/** Onsets no Vietnamese syllable has, even mistyped: an English word ("drop", "stop"). */
const FOREIGN_TO_VIETNAMESE = /^(bl|br|cl|cr|dr|fl|fr|gl|gr|pl|pr|sc|sk|sl|sm|sn|sp|st|sw|tw|wr)/;

/**
 * Search over a `<locale>/search.json` (and an alternate one): what a browser loads. A bundle
 * that uses only this leaves out the code that reads whole catalogs and index.json.
 */
export function createSearchFromData(data: SearchData, options: { locale?: string; alternate?: SearchData } = {}): CatalogSearch {
  const { alternate } = options;
  return searchOf(data, options.locale, alternate && (() => searchOf(alternate)));
}

/**
 * A search over `search.json`; `alternate` creates the other language's search when first needed,
 * or gives undefined while it is still loading (answers that need it are then marked `pending`).
 */
export function searchOf(data: SearchData, locale = data.locale, alternate?: () => CatalogSearch | undefined): CatalogSearch {
  return new OnestopSearch(new SearchIndex(fromSearchData(data), locale, data.synonyms, data.index), alternate as (() => OnestopSearch | undefined) | undefined);
}

/** A search over documents built from a catalog or index.json (create-search.ts). */
export function searchOfDocuments(docs: SearchDocument[], locale: string, synonyms: readonly SynonymSet[], alternate?: () => CatalogSearch): CatalogSearch {
  return new OnestopSearch(new SearchIndex(docs, locale, synonyms), alternate as (() => OnestopSearch) | undefined);
}

/** The query's words the index knows, and those it does not (a letter still being typed aside). */
const wordsOf = (plan: QueryPlan): [known: number, unknown: number] => [plan.concepts.reduce((n, c) => n + c.words.length, 0), plan.unknown.length - (plan.typing ? 1 : 0)];

/** Share of a query's words the index knows: which language a query is written in. */
const knownShare = (plan: QueryPlan): number => {
  const [known, unknown] = wordsOf(plan);
  return known + unknown ? known / (known + unknown) : 0;
};

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

function whole(value: unknown, fallback: number, max: number): number {
  const n = typeof value === 'number' && Number.isFinite(value) ? Math.floor(value) : fallback;
  return Math.min(Math.max(n, 0), max);
}

export class OnestopSearch implements CatalogSearch {
  private readonly ranker: Ranker;
  private other: OnestopSearch | undefined;

  constructor(
    private readonly index: IndexReader,
    private readonly alternate?: () => OnestopSearch | undefined,
  ) {
    this.ranker = new Ranker(index);
  }

  /** The alternate language's search, when the query may read better in it; null while it is still loading. */
  private fallback(plan: QueryPlan, found: number): OnestopSearch | null | undefined {
    // A blank query, or only a letter being typed, says nothing about its language.
    if (!this.alternate || (found > 0 && knownShare(plan) >= 0.75) || !wordsOf(plan).some(Boolean)) return undefined;
    try {
      this.other ??= this.alternate();
    } catch {
      return undefined;
    }
    if (!this.other) return null;
    return this.other.locale === this.locale ? undefined : this.other;
  }

  get locale(): string {
    return this.index.locale;
  }

  get size(): number {
    return this.index.size;
  }

  text(id: string, locale?: string): { name: string; summary: string } | undefined {
    if (locale && locale !== this.locale) return this.other?.text(id);
    const doc = this.index.doc(this.index.position(id) ?? -1);
    return doc ? { name: doc.name, summary: doc.summary } : undefined;
  }

  search(query: string, options: SearchOptions = {}): SearchResult {
    const started = now();
    const { result, plan } = this.answer(query, options);
    const other = this.fallback(plan, result.total);
    if (other) {
      const theirs = other.answer(query, options);
      if (theirs.result.total > 0 && knownShare(theirs.plan) > knownShare(plan)) {
        const hits = theirs.result.hits.map((h) => ({ ...h, highlights: [] }));
        return { ...theirs.result, hits, locale: other.locale, tookMs: Math.round((now() - started) * 1000) / 1000 };
      }
    } else if (other === null) result.pending = true;
    result.tookMs = Math.round((now() - started) * 1000) / 1000;
    return result;
  }

  private answer(query: string, options: SearchOptions = {}): { result: SearchResult; plan: QueryPlan } {
    const limit = whole(options?.limit, 10, 1000);
    const offset = whole(options?.offset, 0, 1_000_000);
    const filter = new FacetFilter(this.index, options?.filters);
    const plan = planQuery(typeof query === 'string' ? query : '', this.index, { complete: 'unknown' });
    const { ranked, total } = this.run(plan, filter, offset + limit);
    const wanted = new Set(plan.concepts.flatMap((c) => c.alternatives.map((a) => a.term)));
    const hits = ranked.slice(offset, offset + limit).map(({ id, score }) => {
      const doc = this.index.doc(id)!;
      return {
        id: doc.id,
        kind: doc.kind,
        score: Math.round(score * 1000) / 1000,
        highlights: [...highlight('name', id, wanted, this.index), ...highlight('summary', id, wanted, this.index)],
      };
    });
    const result: SearchResult = { hits, facets: filter.facets(), total, tookMs: 0 };
    if (plan.aspect) result.aspect = plan.aspect;
    return { result, plan };
  }

  /** The best `wanted` documents, re-ranked, and how many documents match in all. */
  private run(plan: QueryPlan, filter: FacetFilter, wanted: number, rerank = RERANK): { ranked: { id: number; score: number }[]; total: number } {
    if (!plan.concepts.length) {
      // No searchable word (blank, or only symbols): everything, in priority order.
      if (plan.unknown.length || plan.nothingToFind) return { ranked: [], total: 0 };
      const ranked: { id: number; score: number }[] = [];
      if (filter.considerAll()) {
        for (let id = 0; id < Math.min(wanted, this.index.size); id++) ranked.push({ id, score: 0 });
        return { ranked, total: filter.accepted };
      }
      for (let id = 0; id < this.index.size; id++) if (filter.consider(id) && ranked.length < wanted) ranked.push({ id, score: 0 });
      return { ranked, total: filter.accepted };
    }
    const candidates = this.ranker.rank(plan);
    const accepted: number[] = [];
    for (let k = 0; k < candidates.count; k++) {
      const id = candidates.ids[k]!;
      if (filter.consider(id)) accepted.push(id);
    }
    const scores = candidates.scores;
    // Besides the best scores, the documents whose names and aliases hold most of the query: among
    // thousands of near-ties ("Cấp giấy chứng nhận … cho hộ kinh doanh") the one whose alias is the
    // query word for word must reach the label re-ranking.
    const chosen = new Set(selectTop(accepted, scores, Math.max(rerank, wanted)));
    for (const id of selectTop(accepted, candidates.labelScores, LABEL_RERANK)) chosen.add(id);
    if (this.index.needsPrior) {
      let bounded = false;
      for (const id of chosen) bounded = this.index.needsPrior(id) || bounded;
      // Exact priors push bounded candidates out and the next ones in: reading the next ones' too saves rounds.
      if (bounded) for (const id of selectTop(accepted, scores, 2 * chosen.size)) this.index.needsPrior(id);
    }
    const top = [...chosen].map((id) => ({ id, score: scores[id]! * labelMatch(plan, this.index.labelTerms(id)) }));
    this.ranker.release(candidates);
    top.sort((a, b) => b.score - a.score || a.id - b.id);
    return { ranked: top.slice(0, wanted), total: accepted.length };
  }

  suggest(query: string, options: { limit?: number } = {}): Suggestions {
    const limit = whole(options?.limit, 5, 50);
    const text = typeof query === 'string' ? query : '';
    const { result, plan, found } = this.suggestHere(text, limit);
    if (result.suggestions.length) return result;
    // The same rule as search: a query this language reads well and finds something for stays here.
    const other = this.fallback(plan, found);
    if (other) {
      const theirs = other.suggestHere(text, limit);
      if (theirs.result.suggestions.length && knownShare(theirs.plan) > knownShare(plan)) return { suggestions: theirs.result.suggestions, locale: other.locale };
    } else if (other === null) result.pending = true;
    return result;
  }

  private suggestHere(text: string, limit: number): { result: Suggestions; plan: QueryPlan; found: number } {
    const plan = planQuery(text, this.index, { complete: 'always' });
    const filter = new FacetFilter(this.index, undefined);
    // Type-ahead re-ranks only what it may show: every keystroke pays for it.
    const { ranked } = plan.concepts.length ? this.run(plan, filter, limit * 3, limit * 3) : { ranked: [] };
    const suggestions: Suggestion[] = [];
    const seen = new Set<string>();
    for (const { id } of ranked) {
      const doc = this.index.doc(id)!;
      const label = bestLabel(plan, this.index.labelTerms(id));
      if (label === undefined) continue;
      const key = foldText(label);
      if (seen.has(key)) continue;
      seen.add(key);
      suggestions.push({ text: label, id: doc.id, kind: doc.kind });
      if (suggestions.length >= limit) break;
    }
    const result: Suggestions = { suggestions };
    const didYouMean = this.didYouMean(text, plan, ranked.length === 0);
    if (didYouMean) result.didYouMean = didYouMean;
    return { result, plan, found: ranked.length };
  }

  /**
   * A close catalog word for a word that matches nothing, when the guess is safe: a word of
   * letters, at least four, not one the other language's index knows, and in the Vietnamese
   * index not a word no Vietnamese syllable could be mistyped into ("drop", "wifi").
   */
  private guess(word: string): string | undefined {
    const term = this.index.termOf(word);
    if (term.length < 4 || !/^\p{L}+$/u.test(term)) return undefined;
    if (this.other?.index.vocabulary.has(this.other.index.termOf(word))) return undefined;
    if (this.index.vietnamese && FOREIGN_TO_VIETNAMESE.test(term)) return undefined;
    const near = this.index.vocabulary.oneEditFrom(term, 1)[0] ?? (term.length >= 5 ? this.index.vocabulary.twoEditsFrom(term, 1)[0] : undefined);
    return near && this.index.vocabulary.spelling(near.term);
  }

  /** The query rewritten with the engine's readings; with nothing found, also two-edit guesses. */
  private didYouMean(text: string, plan: QueryPlan, nothingFound: boolean): string | undefined {
    const rewrite = new Map<string, string[]>();
    for (const c of plan.concepts) {
      if (c.correction === undefined) continue;
      const key = c.words.join(' ');
      rewrite.set(key, [...(rewrite.get(key) ?? []), c.correction]);
    }
    let guessed = false;
    if (nothingFound && plan.unknown.length <= MAX_GUESSES) {
      for (const word of plan.unknown) {
        const guess = this.guess(word);
        if (guess) rewrite.set(word, [guess]);
        guessed ||= guess !== undefined;
      }
    }
    if (!rewrite.size) return undefined;
    // Once some words are corrected, the others read best as the catalog writes them too
    // ("giay phepp" → "giấy phép"), when typed without diacritics.
    for (const c of plan.concepts) {
      const word = c.words.length === 1 ? c.words[0]! : undefined;
      const term = c.alternatives[0]?.term;
      if (word === undefined || term === undefined || rewrite.has(word) || hasDiacritics(word)) continue;
      const written = this.index.vocabulary.spelling(term);
      if (foldText(written) === foldText(word)) rewrite.set(word, [written]);
    }
    const words = tokenize(queryText(text), MAX_QUERY_WORDS).map((t) => t.text);
    const out: string[] = [];
    for (let i = 0; i < words.length; i++) {
      // A correction may stand for several typed words (a synonym phrase typed in Telex).
      const phrase = [...rewrite.keys()].find((k) => k.split(' ').every((w, j) => words[i + j] === w));
      if (phrase) {
        out.push(...new Set(rewrite.get(phrase)));
        i += phrase.split(' ').length - 1;
      } else out.push(words[i]!);
    }
    const suggestion = out.join(' ');
    if (foldText(suggestion) === foldText(words.join(' ')) && suggestion === words.join(' ')) return undefined;
    // A guess is only offered when the query it makes finds something.
    if (guessed && !this.run(planQuery(suggestion, this.index, { complete: 'unknown' }), new FacetFilter(this.index, undefined), 1).total) return undefined;
    return suggestion;
  }
}

/**
 * The label (name or alias) that completes the query: one that has every word asked for (filler
 * aside), then the one the query covers most, then the shortest. None when no label has them all.
 */
function bestLabel(plan: QueryPlan, labels: ReturnType<IndexReader['labelTerms']>): string | undefined {
  let best: string | undefined;
  let bestScore = -1;
  for (const label of labels) {
    const fit = labelFit(plan, label);
    if (!fit.complete) continue;
    const score = fit.labelShare + fit.exactFound * 0.01 - label.terms.length * 0.001;
    if (score > bestScore) {
      best = label.text;
      bestScore = score;
    }
  }
  return best;
}

/** The `k` best ids by score (ties: lower id, i.e. higher priority), best first. */
function selectTop(ids: number[], scores: Float64Array, k: number): number[] {
  const better = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
  if (ids.length <= k * 4) return ids.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0)).slice(0, k);
  const top: number[] = [];
  for (const id of ids) {
    if (top.length === k && !better(id, top[k - 1]!)) continue;
    let at = top.length === k ? k - 1 : top.length;
    while (at > 0 && better(id, top[at - 1]!)) at--;
    top.splice(at, 0, id);
    if (top.length > k) top.pop();
  }
  return top;
}
