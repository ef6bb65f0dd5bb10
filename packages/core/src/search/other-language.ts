/**
 * The publication's other language for a search that loads it on demand (a chunked one, and a
 * whole `search.json` behind a page): created by the first query that reads better in it, never
 * up front. A load that failed is remembered, and tried again by the next query that cannot do
 * without it.
 */
import type { SearchResult, Suggestions } from './search-engine.js';

export class OtherLanguage<T> {
  /** The other language's search, once loaded. */
  loaded: T | undefined;
  /** The last run needed it and it was not here. */
  wanted = false;
  /** The last load failed. */
  failed = false;
  private loading: Promise<void> | undefined;

  constructor(private readonly create: () => Promise<T>) {}

  /** What the engine reads: the loaded search, noting that the query wanted it when it is not here. */
  ask(): T | undefined {
    if (!this.loaded) this.wanted = true;
    return this.loaded;
  }

  /** Loads it once; concurrent queries share the load. */
  load(): Promise<void> {
    this.loading ??= this.create().then(
      (search) => {
        this.loaded = search;
        this.failed = false;
      },
      (error: unknown) => {
        this.loading = undefined;
        this.failed = true;
        throw error;
      },
    );
    return this.loading;
  }

  /**
   * The answer of a run that wanted the other language is the page's own, marked `pending` by the
   * engine while the other may still change it. After the other failed, an own answer that found
   * something is the answer: good hits of the page's language beat an error.
   */
  settle<A extends SearchResult | Suggestions>(value: A): A {
    if (!this.wanted || !this.failed || !found(value)) return value;
    const { pending: _pending, ...own } = value;
    return own as A;
  }
}

function found(value: SearchResult | Suggestions): boolean {
  return 'total' in value ? value.total > 0 : value.suggestions.length > 0;
}
