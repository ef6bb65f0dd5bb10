/**
 * Search over a chunked publication (`<locale>/search-chunks.json` and its chunk folder): the same
 * engine, ranking and answers as `createSearchFromData` over the whole `search.json`, but a query
 * fetches only the posting chunks, ranges of priors and facet values, and document fragments it reads. Answers are
 * asynchronous; `searchLoaded` and `suggestLoaded` answer at once when everything a query needs
 * is already here (a page re-rendering the same query), say so with `undefined` otherwise, and mark
 * `pending` an answer that waits only for the other language.
 * With `alternate`, a query that reads better in the other language is answered from it, by the
 * same rule as `createSearchFromData`'s `alternate`; the other language is loaded only then.
 */
import { ChunkedIndex } from './chunked-index.js';
import { OtherLanguage } from './other-language.js';
import { isSearchChunksHead, type SearchChunksHead } from './search-chunks.js';
import { OnestopSearch, type CatalogSearch, type OnDemandSearch, type SearchOptions, type SearchResult, type Suggestions } from './search-engine.js';

/** Fetches a file of the chunked publication, by its path relative to the head, and parses its JSON. */
export type FetchJson = (path: string) => Promise<unknown>;

export interface ChunkedSearchOptions {
  fetchJson: FetchJson;
  /**
   * The other language's search, created by the first query that needs it (never up front): its
   * own chunked search, or `createSearchFromData` over its whole `search.json`.
   */
  alternate?: () => Promise<ChunkedSearch | CatalogSearch>;
}

/** A file of the chunked publication could not be fetched, or did not hold what it should. */
export class SearchChunkError extends Error {
  readonly code = 'search-chunk-unavailable';
  constructor(
    readonly path: string,
    override readonly cause: unknown,
  ) {
    super(`${path}: ${(cause as Error)?.message ?? String(cause)}`);
  }
}

/**
 * Every round loads files the query had not read, so a query ends; most take three or four rounds
 * (postings, priors, fragments), a few up to a dozen when exact priors keep changing which
 * candidates come first. This only stops a bug that would ask for the same files again and again.
 */
const MAX_ROUNDS = 64;

export class ChunkedSearch implements OnDemandSearch {
  private readonly index: ChunkedIndex;
  private readonly engine: OnestopSearch;
  private readonly files = new Map<string, Promise<void>>();
  /** Files taken in. */
  private readonly read = new Set<string>();
  /** The other language, loaded by the first query that needs it. */
  private readonly other: OtherLanguage<ChunkedSearch | OnestopSearch> | undefined;

  constructor(
    head: SearchChunksHead,
    private readonly fetchJson: FetchJson,
    alternate?: () => Promise<ChunkedSearch | CatalogSearch>,
  ) {
    this.index = new ChunkedIndex(head);
    this.other = alternate && new OtherLanguage(() => ChunkedSearch.otherSearch(alternate));
    this.engine = new OnestopSearch(this.index, alternate && (() => this.otherEngine()));
  }

  private otherEngine(): OnestopSearch | undefined {
    // Whether the query needs the other language is decided on the complete own-language answer.
    if (this.index.missing.size) return undefined;
    const other = this.other!.ask();
    return other instanceof ChunkedSearch ? other.engine : other;
  }

  /** The other language's chunked search, when it is loaded and chunked: its missing parts count as this query's. */
  private get otherChunked(): ChunkedSearch | undefined {
    const other = this.other?.loaded;
    return other instanceof ChunkedSearch ? other : undefined;
  }

  get locale(): string {
    return this.index.locale;
  }

  get size(): number {
    return this.index.size;
  }

  /** Files fetched so far (relative to the head; the other language's after `alternate:`), for measuring what a query costs. */
  get loaded(): string[] {
    return [...this.files.keys(), ...(this.otherChunked?.loaded.map((path) => `alternate:${path}`) ?? [])];
  }

  search(query: string, options: SearchOptions = {}): Promise<SearchResult> {
    return this.answer(() => this.searchLoaded(query, options));
  }

  suggest(query: string, options: { limit?: number } = {}): Promise<Suggestions> {
    return this.answer(() => this.suggestLoaded(query, options));
  }

  /**
   * The answer from what is loaded: undefined when the query needs more of this language's parts,
   * this language's answer marked `pending` when it waits only for the other (`search` fetches both).
   */
  searchLoaded(query: string, options: SearchOptions = {}): SearchResult | undefined {
    const wantsFacets = options.facets !== false || hasFilters(options);
    return this.attempt(() => this.engine.search(query, options), wantsFacets);
  }

  suggestLoaded(query: string, options: { limit?: number } = {}): Suggestions | undefined {
    return this.attempt(() => this.engine.suggest(query, options), false);
  }

  /** The name and summary of a document that a loaded answer has shown. */
  text(id: string, locale?: string): { name: string; summary: string } | undefined {
    return this.engine.text(id, locale);
  }

  private attempt<T extends SearchResult | Suggestions>(run: () => T, wantsFacets: boolean): T | undefined {
    const index = this.index;
    const other = this.otherChunked;
    const once = (otherFacets: boolean): T => {
      index.begin(wantsFacets);
      if (other) {
        other.index.begin(otherFacets);
        if (otherFacets && !other.index.hasFacets) other.index.missing.add('facets.json');
      }
      if (this.other) this.other.wanted = false;
      if (wantsFacets && !index.hasFacets) index.missing.add('facets.json');
      return run();
    };
    let value = once(false);
    // An answer from the other language counts its facets there: once that is known, run again reading them.
    if (other && wantsFacets && (value as SearchResult).locale === other.locale) value = once(true);
    if (index.missing.size || other?.index.missing.size) return undefined;
    return this.other ? this.other.settle(value) : value;
  }

  private async answer<T extends SearchResult | Suggestions>(loaded: () => T | undefined): Promise<T> {
    for (let round = 0; ; round++) {
      const value = loaded();
      if (value && !value.pending) return value;
      const other = this.otherChunked;
      const missing = [...this.index.missing];
      // Only files it has already read, and no other language to wait for: asking again would change nothing.
      const stuck = !this.other?.wanted && missing.every((path) => this.read.has(path)) && (!other || [...other.index.missing].every((path) => other.read.has(path)));
      if (stuck || round >= MAX_ROUNDS) throw new SearchChunkError(missing[0] ?? '', new Error('the query kept needing more chunks'));
      await Promise.all([
        ...missing.map((path) => this.load(path)),
        ...(other ? [...other.index.missing].map((path) => other.load(path)) : []),
        ...(this.other?.wanted ? [this.other.load()] : []),
      ]).catch((error: unknown) => {
        // Without the other language, the page's own answer may still do (OtherLanguage.settle).
        const own = loaded();
        if (!own || own.pending) throw error;
      });
    }
  }

  /** The other language (its ranking priors come in ranges, like this language's). */
  private static async otherSearch(alternate: () => Promise<ChunkedSearch | CatalogSearch>): Promise<ChunkedSearch | OnestopSearch> {
    let other: ChunkedSearch | CatalogSearch;
    try {
      other = await alternate();
    } catch (error) {
      throw error instanceof SearchChunkError ? error : new SearchChunkError('alternate', error);
    }
    if (other instanceof ChunkedSearch || other instanceof OnestopSearch) return other;
    throw new TypeError('the alternate language is not an Onestop search');
  }

  private load(path: string): Promise<void> {
    let found = this.files.get(path);
    if (!found) {
      const file = this.index.head.base + path;
      found = this.fetchJson(file).then(
        (data) => {
          this.index.addChunk(path, data);
          this.read.add(path);
        },
        (error: unknown) => {
          throw new SearchChunkError(file, error);
        },
      );
      // A failed chunk may be fetched again by a later query (the network coming back).
      found.catch(() => this.files.delete(path));
      this.files.set(path, found);
    }
    return found;
  }
}

function hasFilters(options: SearchOptions): boolean {
  const filters = options.filters;
  return !!filters && Object.entries(filters).some(([facet, v]) => (facet === 'free' ? v === true : v !== undefined && v !== null && (!Array.isArray(v) || v.length > 0)));
}

/** A chunked search from its head (the parsed `search-chunks.json`), fetching chunks with `fetchJson`. */
export function createChunkedSearch(head: unknown, options: ChunkedSearchOptions): ChunkedSearch {
  if (!isSearchChunksHead(head)) throw new TypeError('not an Onestop search-chunks head');
  return new ChunkedSearch(head, options.fetchJson, options.alternate);
}
