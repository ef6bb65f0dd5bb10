/**
 * A whole `search.json` whose other language is loaded on demand, as a page's store builds it:
 * it answers as a `ChunkedSearch` does (`OnDemandSearch`), so the widgets treat both alike. The
 * only part that can be missing is the other language: a query that reads better in it is
 * answered from the page's language, marked `pending`, until it arrives; when it cannot be had,
 * the query fails unless its own language found something.
 */
import { OtherLanguage } from './other-language.js';
import type { SearchData } from './search-data.js';
import { OnestopSearch, searchOf, type CatalogSearch, type OnDemandSearch, type SearchOptions, type SearchResult, type Suggestions } from './search-engine.js';

export class WholeSearch implements OnDemandSearch {
  private readonly engine: CatalogSearch;
  private readonly other: OtherLanguage<CatalogSearch> | undefined;

  /** `alternate` creates the other language's search (`createSearchFromData` over its `search.json`). */
  constructor(data: SearchData, alternate?: () => Promise<CatalogSearch>) {
    this.other = alternate && new OtherLanguage(() => alternate().then(onestop));
    this.engine = searchOf(data, data.locale, alternate && (() => this.other!.ask()));
  }

  get locale(): string {
    return this.engine.locale;
  }

  get size(): number {
    return this.engine.size;
  }

  searchLoaded(query: string, options?: SearchOptions): SearchResult | undefined {
    return this.attempt(() => this.engine.search(query, options));
  }

  suggestLoaded(query: string, options?: { limit?: number }): Suggestions | undefined {
    return this.attempt(() => this.engine.suggest(query, options));
  }

  search(query: string, options?: SearchOptions): Promise<SearchResult> {
    return this.answer(() => this.searchLoaded(query, options));
  }

  suggest(query: string, options?: { limit?: number }): Promise<Suggestions> {
    return this.answer(() => this.suggestLoaded(query, options));
  }

  text(id: string, locale?: string): { name: string; summary: string } | undefined {
    return this.engine.text(id, locale);
  }

  private attempt<T extends SearchResult | Suggestions>(run: () => T): T | undefined {
    if (!this.other) return run();
    this.other.wanted = false;
    return this.other.settle(run());
  }

  private async answer<T extends SearchResult | Suggestions>(loaded: () => T | undefined): Promise<T> {
    for (;;) {
      const value = loaded();
      if (!value?.pending) return value!;
      // Only the other language can be missing. Without it, the page's own answer may still do.
      try {
        await this.other!.load();
      } catch (error) {
        const own = loaded();
        if (own?.pending) throw error;
        return own!;
      }
    }
  }
}

function onestop(search: CatalogSearch): CatalogSearch {
  if (search instanceof OnestopSearch) return search;
  throw new TypeError('the alternate language is not an Onestop search');
}

/** A whole search over `search.json`, its other language loaded by the first query that needs it. */
export function createWholeSearch(data: SearchData, options: { alternate?: () => Promise<CatalogSearch> } = {}): WholeSearch {
  return new WholeSearch(data, options.alternate);
}
