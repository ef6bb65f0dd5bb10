/**
 * An index over a chunked search (search-chunks.ts) that holds only what the queries so far have
 * loaded. The engine reads it exactly as it reads a whole `SearchIndex`; whatever it reads that is
 * not loaded yet (a posting chunk, a document fragment, the exact prior of a document it re-ranks,
 * the facet values of a candidate when facets are wanted) is recorded in `missing`, so the caller
 * can load it and ask again. An answer is complete when a run records nothing missing.
 *
 * A document whose prior is not loaded ranks with a bound of it: its range's highest prior, and
 * once `popular.json` is here (the most used documents, with their priors), the highest prior of
 * the documents it leaves out. When every document the engine re-ranks has its exact prior, no
 * bounded one can belong among them (its exact score is at most its bound), so the answer is the
 * whole index's.
 */
import { FACET_NAMES, type FacetName, type SearchDocument } from './search-document.js';
import { SEARCH_FIELDS, SearchIndex, type FacetColumn, type LabelTerms, type SearchField, type TextTerms } from './search-index.js';
import { isCodeTerm, type CodeChunk, type PopularChunk, type FacetRangeChunk, type FacetValuesChunk, type FragmentChunk, type PostingChunk, type SearchChunksHead } from './search-chunks.js';
import { Vocabulary, type TermCount, type VocabularyData } from './vocabulary.js';
import { dossiersOf, priorOf } from './popularity.js';

type Postings = { field: SearchField; ids: number[] }[];

function emptyFacets<T>(make: () => T): Record<FacetName, T> {
  return Object.fromEntries(FACET_NAMES.map((f) => [f, make()])) as Record<FacetName, T>;
}

/** A chunk file whose content is not what the head promised. */
export class MalformedChunkError extends Error {
  readonly code = 'search-chunk-malformed';
  constructor(readonly path: string) {
    super(`${path} is not an Onestop search chunk`);
  }
}

/** The vocabulary's columns as `Vocabulary.load` takes them. */
function vocabularyData(columns: CodeChunk): VocabularyData {
  return {
    terms: columns.terms.map((term, i) => [term, Math.abs(columns.counts[i] ?? 0)]),
    spellings: columns.terms.flatMap((term, i) => (columns.spellings[i] ? [[term, columns.spellings[i]] as [string, string]] : [])),
    labelled: columns.terms.filter((_, i) => (columns.counts[i] ?? 0) < 0),
  };
}

/** Digits and dots in a word: with at most two other characters, one or two edits may make it a number. */
const mayBecomeCode = (word: string): boolean => word.replace(/[\d.]/g, '').length <= 2 && /\d/.test(word);

/**
 * The head's vocabulary, which leaves out numbers (codes.json has them): a look-up that a number
 * could answer records codes.json as missing until it is loaded. Word look-ups never need it.
 */
class ChunkedVocabulary extends Vocabulary {
  codesLoaded = false;

  constructor(private readonly need: (path: string) => void) {
    super();
  }

  private code(term: string): void {
    if (!this.codesLoaded && isCodeTerm(term)) this.need('codes.json');
  }

  override has(term: string): boolean {
    this.code(term);
    return super.has(term);
  }

  override count(term: string): number {
    this.code(term);
    return super.count(term);
  }

  override labelled(term: string): boolean {
    this.code(term);
    return super.labelled(term);
  }

  override spelling(term: string): string {
    this.code(term);
    return super.spelling(term);
  }

  override completions(prefix: string, limit: number): TermCount[] {
    this.code(prefix);
    return super.completions(prefix, limit);
  }

  override oneEditFrom(word: string, limit: number): TermCount[] {
    if (!this.codesLoaded && mayBecomeCode(word)) this.need('codes.json');
    return super.oneEditFrom(word, limit);
  }

  override twoEditsFrom(word: string, limit: number): TermCount[] {
    if (!this.codesLoaded && mayBecomeCode(word)) this.need('codes.json');
    return super.twoEditsFrom(word, limit);
  }
}

export class ChunkedIndex extends SearchIndex {
  /** Files the last runs needed and did not have, relative to the head's `base`. */
  readonly missing = new Set<string>();
  private readonly documents = new Map<number, SearchDocument>();
  private readonly numbers = new Map<string, number>();
  private readonly chunks = new Map<number, Map<string, Postings>>();
  /** Per range of documents, whether its exact priors are in `priors` (else its bound is). */
  private readonly priorRanges: Uint8Array;
  /** Per document, whether `popular.json` gave its exact prior. */
  private readonly popularDocs: Uint8Array;
  private popularLoaded = false;
  private readonly facetRanges = new Map<number, FacetRangeChunk>();
  private facetValuesLoaded = false;
  /** Facet values arrived since `facetCodes` was last built. */
  private facetsChanged = false;
  /** Whether this run counts or filters facets: only then do candidates need their facet ranges. */
  private facetsWanted = false;
  /**
   * Documents this run re-ranked by a bound of their prior. Their fragments wait for the prior: a
   * document whose exact score drops out of the best needs none, and one that stays gets it next.
   */
  private readonly bounded = new Set<number>();

  constructor(readonly head: SearchChunksHead) {
    super([], head.locale, head.synonyms);
    const vocabulary = new ChunkedVocabulary((path) => this.missing.add(path));
    vocabulary.load(vocabularyData(head));
    vocabulary.doneCounting();
    for (const term of this.synonyms.terms) vocabulary.addSpelling(term, term);
    Object.assign(this, { vocabulary });
    const ranges = Math.ceil(head.size / head.rangeSize);
    this.priorRanges = new Uint8Array(ranges);
    this.popularDocs = new Uint8Array(head.size);
    const priors = new Float32Array(head.size).fill(1);
    const bounds = head.popularity?.max;
    // A range the head gives no figure for is bounded by 1, the highest prior there is.
    if (bounds) for (let k = 0; k < ranges; k++) priors.fill(typeof bounds[k] === 'number' ? this.priorOfFigure(bounds[k]) : 1, k * head.rangeSize, (k + 1) * head.rangeSize);
    Object.assign(this, { priors });
    this.useFacets({ values: emptyFacets(() => []) });
  }

  override get size(): number {
    return this.head.size;
  }

  /** Whether facet counts and filters can be answered (`facets.json`, the values, is loaded). */
  get hasFacets(): boolean {
    return this.facetValuesLoaded;
  }

  needsPrior(i: number): boolean {
    const k = Math.floor(i / this.head.rangeSize);
    if (!this.head.popularity || this.priorRanges[k] || this.popularDocs[i]) return false;
    this.missing.add(this.popularLoaded ? `r${k}.json` : 'popular.json');
    this.bounded.add(i);
    return true;
  }

  needsFacets(i: number): void {
    // Until `facets.json` is here a blank query may not need any range: it knows the totals.
    if (!this.facetsWanted || !this.facetValuesLoaded) return;
    const k = Math.floor(i / this.head.rangeSize);
    if (!this.facetRanges.has(k)) this.missing.add(`f${k}.json`);
  }

  /** Starts a run: nothing missing yet, facet columns built from the ranges loaded so far, facets read or not. */
  begin(facetsWanted: boolean): void {
    this.missing.clear();
    this.bounded.clear();
    this.facetsWanted = facetsWanted;
    if (!this.facetsChanged) return;
    this.facetsChanged = false;
    this.useFacets({ values: this.facetValues });
  }

  override doc(i: number): SearchDocument | undefined {
    const found = this.documents.get(i);
    if (found || i < 0 || i >= this.head.size) return found;
    if (!this.bounded.has(i)) this.missing.add(this.fragmentFile(i));
    return fragmentDocument('', 'procedure', '', '', []);
  }

  // The whole index remembers a document's terms once computed; a missing one must not be remembered as empty.
  override labelTerms(i: number): LabelTerms[] {
    return this.loadedDoc(i) ? super.labelTerms(i) : [];
  }

  override textTerms(i: number, field: 'name' | 'summary'): TextTerms {
    return this.loadedDoc(i) ? super.textTerms(i, field) : { tokens: [], terms: [], spans: [] };
  }

  /** Whether document `i` is loaded; records its fragment as missing when not. */
  private loadedDoc(i: number): boolean {
    this.doc(i);
    return this.documents.has(i);
  }

  override position(id: string): number | undefined {
    return this.numbers.get(id);
  }

  override postings(term: string, fields: readonly SearchField[] = SEARCH_FIELDS): Postings {
    // A query that ranks needs priors; the popular ones come with its first postings, saving a round.
    if (this.head.popularity && !this.popularLoaded) this.missing.add('popular.json');
    const k = this.chunkOf(term);
    if (k < 0) return [];
    const chunk = this.chunks.get(k);
    if (!chunk) {
      this.missing.add(`p${k}.json`);
      return [];
    }
    return (chunk.get(term) ?? []).filter((p) => fields.includes(p.field));
  }

  /** The file that holds document `i`'s fragment. */
  fragmentFile(i: number): string {
    return `d${Math.floor(i / this.head.fragmentSize)}.json`;
  }

  /** Takes in a loaded file; throws MalformedChunkError when it does not hold what its name says. */
  addChunk(path: string, data: unknown): void {
    if (path === 'codes.json') {
      const codes = data as CodeChunk;
      if (!codes || !Array.isArray(codes.terms) || !Array.isArray(codes.counts) || !Array.isArray(codes.spellings)) throw new MalformedChunkError(path);
      const vocabulary = this.vocabulary as ChunkedVocabulary;
      vocabulary.load(vocabularyData(codes));
      vocabulary.doneCounting();
      vocabulary.codesLoaded = true;
    } else if (/^r\d+\.json$/.test(path)) {
      const k = this.rangeOf(path, data);
      const first = k * this.head.rangeSize;
      (data as unknown[]).forEach((figure, j) => (this.priors[first + j] = this.priorOfFigure(figure)));
      this.priorRanges[k] = 1;
    } else if (path === 'popular.json') {
      this.addPopular(data, path);
    } else if (/^f\d+\.json$/.test(path)) {
      const range = data as FacetRangeChunk;
      const k = this.rangeOf(path, null);
      const length = Math.min(this.head.size - k * this.head.rangeSize, this.head.rangeSize);
      if (!range || typeof range !== 'object' || !FACET_NAMES.every((f) => Array.isArray(range[f]) && range[f].length === length)) throw new MalformedChunkError(path);
      this.facetRanges.set(k, range);
      this.facetsChanged = true;
    } else if (path === 'facets.json') {
      const facets = data as FacetValuesChunk;
      if (!facets || typeof facets !== 'object' || !FACET_NAMES.every((f) => Array.isArray(facets.values?.[f]))) throw new MalformedChunkError(path);
      const counted = FACET_NAMES.every((f) => Array.isArray(facets.counts?.[f]) && facets.counts[f].length === facets.values[f].length);
      Object.assign(this, { facetValues: facets.values, facetTotals: counted ? facets.counts : undefined });
      this.facetValuesLoaded = true;
      this.facetsChanged = true;
    } else if (/^p\d+\.json$/.test(path)) {
      if (!data || typeof data !== 'object' || Array.isArray(data)) throw new MalformedChunkError(path);
      this.chunks.set(Number(path.slice(1, -5)), decodePostings(data as PostingChunk, path));
    } else if (/^d\d+\.json$/.test(path)) {
      if (!Array.isArray(data)) throw new MalformedChunkError(path);
      const first = Number(path.slice(1, -5)) * this.head.fragmentSize;
      (data as FragmentChunk).forEach((fragment, k) => {
        if (!Array.isArray(fragment) || typeof fragment[0] !== 'string') throw new MalformedChunkError(path);
        const [id, name, summary, aliases] = fragment;
        const i = first + k;
        this.documents.set(i, fragmentDocument(id, i < this.head.lifeEvents ? 'life-event' : 'procedure', name, summary, aliases));
        this.numbers.set(id, i);
      });
    } else throw new MalformedChunkError(path);
  }

  /** The posting chunk a term is in: the last one whose first term is not after it (-1: before the first). */
  private chunkOf(term: string): number {
    const firsts = this.head.postings;
    let lo = 0;
    let hi = firsts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (firsts[mid]! <= term) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** Takes the exact priors of the popular documents, and bounds every other one not loaded by the highest prior they can have. */
  private addPopular(data: unknown, path: string): void {
    const [gaps, figures] = Array.isArray(data) ? (data as PopularChunk) : [];
    if (!Array.isArray(gaps) || !Array.isArray(figures) || gaps.length !== figures.length || !this.head.popularity) throw new MalformedChunkError(path);
    let i = 0;
    gaps.forEach((gap, n) => {
      i += gap;
      if (!Number.isInteger(i) || i < 0 || i >= this.head.size) throw new MalformedChunkError(path);
      this.priors[i] = this.priorOfFigure(figures[n]);
      this.popularDocs[i] = 1;
    });
    const rest = this.priorOfFigure(this.head.popularity.rest);
    for (let d = 0; d < this.head.size; d++) if (!this.popularDocs[d] && !this.priorRanges[Math.floor(d / this.head.rangeSize)]) this.priors[d] = Math.min(this.priors[d]!, rest);
    this.popularLoaded = true;
  }

  /** The range a range file is for; throws when there is no such range, or `data` (when given) is not its column. */
  private rangeOf(path: string, data: unknown): number {
    const k = Number(path.slice(1, -5));
    const length = Math.min(this.head.size - k * this.head.rangeSize, this.head.rangeSize);
    if (!(length > 0) || (data !== null && (!Array.isArray(data) || data.length !== length))) throw new MalformedChunkError(path);
    return k;
  }

  /** The prior of a popularity figure (-1 or anything else that is not one: none, counted as the median), as the whole index computes it. */
  private priorOfFigure(figure: unknown): number {
    const popularity = this.head.popularity;
    if (!popularity) return 1;
    const value = (p: unknown) => Math.log1p(Math.max(0, dossiersOf(p as number) ?? 0));
    return priorOf(dossiersOf(figure as number) === undefined ? value(popularity.median) : value(figure), value(popularity.low), value(popularity.high));
  }

  /** The facet columns, with the values of the loaded ranges (none for the other documents). */
  private useFacets(facets: FacetValuesChunk): void {
    const { size, rangeSize } = this.head;
    const codes = {} as Record<FacetName, FacetColumn>;
    for (const facet of FACET_NAMES) {
      const offsets = new Uint32Array(size + 1);
      const values: number[] = [];
      for (let i = 0; i < size; i++) {
        offsets[i] = values.length;
        const range = this.facetRanges.get(Math.floor(i / rangeSize));
        for (const v of range?.[facet][i % rangeSize] ?? []) values.push(v);
      }
      offsets[size] = values.length;
      codes[facet] = { offsets, values: Uint16Array.from(values) };
    }
    Object.assign(this, { facetCodes: codes, facetValues: facets.values });
  }
}

function decodePostings(chunk: PostingChunk, path: string): Map<string, Postings> {
  const out = new Map<string, Postings>();
  for (const [term, lists] of Object.entries(chunk)) {
    if (!Array.isArray(lists)) throw new MalformedChunkError(path);
    out.set(
      term,
      lists.map((list) => {
        const [field, ...gaps] = list;
        const ids: number[] = [];
        let id = 0;
        gaps.forEach((gap, k) => ids.push((id = k ? id + gap : gap)));
        return { field: SEARCH_FIELDS[field ?? -1] ?? 'summary', ids };
      }),
    );
  }
  return out;
}

/** What search needs of a document to re-rank and highlight it: its id, kind, name, summary and aliases. */
function fragmentDocument(id: string, kind: SearchDocument['kind'], name: unknown, summary: unknown, aliases: unknown): SearchDocument {
  return {
    id,
    kind,
    name: typeof name === 'string' ? name : id,
    summary: typeof summary === 'string' ? summary : '',
    aliases: Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string') : [],
    code: '',
    field: '',
    agencies: [],
    documents: [],
    facets: emptyFacets(() => []),
  };
}
