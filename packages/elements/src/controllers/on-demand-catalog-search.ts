/**
 * A search whose parts load on demand (a chunked publication's chunks, either publication's other
 * language) behind the same synchronous `CatalogSearch` the widgets render from. A query whose
 * parts are loaded is answered at once; any other answers with the last complete answer to the
 * same kind of call, marked `pending`, and fetches its parts; then the store tells the widgets to
 * render again. A query whose parts could not be fetched answers `failed` until `retry()`: only
 * the widget that asked shows the error.
 */
import { FACET_NAMES, type CatalogSearch, type Facets, type OnDemandSearch, type SearchOptions, type SearchResult, type Suggestions } from '@onestop/core/search';

export class OnDemandCatalogSearch implements CatalogSearch {
  private readonly fetching = new Set<string>();
  private readonly failed = new Set<string>();
  /** The last complete answer per kind of call (same options): shown, marked pending, while a new query's parts load. */
  private readonly last = new Map<string, SearchResult | Suggestions>();

  /** `settled` is called when a query's parts arrived, or could not. */
  constructor(
    private readonly parts: OnDemandSearch,
    private readonly settled: () => void,
  ) {}

  get locale(): string {
    return this.parts.locale;
  }

  get size(): number {
    return this.parts.size;
  }

  search(query: string, options: SearchOptions = {}): SearchResult {
    const empty: SearchResult = { hits: [], facets: noFacets(), total: 0, tookMs: 0 };
    return this.answer(['search', options], query, this.parts.searchLoaded(query, options), () => this.parts.search(query, options), empty);
  }

  suggest(query: string, options: { limit?: number } = {}): Suggestions {
    return this.answer(['suggest', options], query, this.parts.suggestLoaded(query, options), () => this.parts.suggest(query, options), { suggestions: [] });
  }

  text(id: string, locale?: string): { name: string; summary: string } | undefined {
    return this.parts.text(id, locale);
  }

  async prepare(query: string, options: SearchOptions = {}): Promise<void> {
    await this.parts.search(query, options);
  }

  /** Forgets the queries whose parts could not be fetched: asked again, they fetch again. */
  retry(): void {
    this.failed.clear();
  }

  private answer<T extends SearchResult | Suggestions>(call: unknown[], query: string, loaded: T | undefined, run: () => Promise<unknown>, empty: T): T {
    const kind = JSON.stringify(call);
    if (loaded && !loaded.pending) {
      this.last.set(kind, loaded);
      return loaded;
    }
    const key = JSON.stringify([kind, query]);
    // Only the other language is missing: this query's own answer beats the last one's.
    const shown = loaded ?? (this.last.get(kind) as T | undefined) ?? empty;
    if (this.failed.has(key)) return { ...shown, failed: true };
    if (!this.fetching.has(key)) {
      this.fetching.add(key);
      run()
        .catch(() => this.failed.add(key))
        .finally(() => {
          this.fetching.delete(key);
          this.settled();
        });
    }
    return { ...shown, pending: true };
  }
}

function noFacets(): Facets {
  return Object.fromEntries(FACET_NAMES.map((f) => [f, []])) as unknown as Facets;
}
