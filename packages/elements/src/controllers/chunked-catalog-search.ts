/**
 * A chunked search (large catalogs: `<locale>/search-chunks.json`) behind the same synchronous
 * `CatalogSearch` the widgets render from. A query whose parts are loaded is answered at once; any
 * other answers with the last complete answer to the same kind of call, marked `pending`, and
 * fetches its parts; then the store tells the widgets to render again.
 */
import { FACET_NAMES, type CatalogSearch, type ChunkedSearch, type Facets, type SearchOptions, type SearchResult, type Suggestions } from '@onestop/core/search';

export class ChunkedCatalogSearch implements CatalogSearch {
  private readonly fetching = new Set<string>();
  /** The last complete answer per kind of call (same options): shown, marked pending, while a new query's parts load. */
  private readonly last = new Map<string, SearchResult | Suggestions>();

  /** `settled` is called when a query's parts arrived, or with the error when they could not. */
  constructor(
    private readonly chunked: ChunkedSearch,
    private readonly settled: (error?: unknown) => void,
  ) {}

  get locale(): string {
    return this.chunked.locale;
  }

  get size(): number {
    return this.chunked.size;
  }

  search(query: string, options: SearchOptions = {}): SearchResult {
    const kind = JSON.stringify(['search', options]);
    const loaded = this.chunked.searchLoaded(query, options);
    if (loaded) this.last.set(kind, loaded);
    else this.fetch(JSON.stringify([kind, query]), () => this.chunked.search(query, options));
    return loaded ?? { ...((this.last.get(kind) as SearchResult | undefined) ?? { hits: [], facets: noFacets(), total: 0, tookMs: 0 }), pending: true };
  }

  suggest(query: string, options: { limit?: number } = {}): Suggestions {
    const kind = JSON.stringify(['suggest', options]);
    const loaded = this.chunked.suggestLoaded(query, options);
    if (loaded) this.last.set(kind, loaded);
    else this.fetch(JSON.stringify([kind, query]), () => this.chunked.suggest(query, options));
    return loaded ?? { ...((this.last.get(kind) as Suggestions | undefined) ?? { suggestions: [] }), pending: true };
  }

  text(id: string): { name: string; summary: string } | undefined {
    return this.chunked.text(id);
  }

  async prepare(query: string, options: SearchOptions = {}): Promise<void> {
    await this.chunked.search(query, options);
  }

  private fetch(key: string, run: () => Promise<unknown>): void {
    if (this.fetching.has(key)) return;
    this.fetching.add(key);
    run().then(
      () => {
        this.fetching.delete(key);
        this.settled();
      },
      (error: unknown) => {
        this.fetching.delete(key);
        this.settled(error);
      },
    );
  }
}

function noFacets(): Facets {
  return Object.fromEntries(FACET_NAMES.map((f) => [f, []])) as unknown as Facets;
}
