/**
 * The search engine chunk the store loads with the first whole `search.json` (kept apart so a
 * procedure page never downloads it). Only what it needs is imported, so the bundle leaves out
 * `createSearch`'s catalog reading (the guide's chunk has it).
 */
import { createSearchFromData, createWholeSearch, isSearchData, type CatalogSearch } from '@onestop/core/search';
import { OnDemandCatalogSearch } from './on-demand-catalog-search.js';

/** What this chunk needs of the store (passed in: importing the store back would be a cycle). */
export interface SearchStore {
  json(url: string): Promise<unknown>;
  set(patch: object): void;
}

/**
 * The search over the whole `search.json` at `url`. `alternateUrl` is the other language's,
 * fetched by the first query that reads better in it; when it arrives, or cannot be fetched, the
 * store's listeners render again, as for a chunked publication's chunks.
 */
export async function wholeSearch(store: SearchStore, url: string, alternateUrl?: string): Promise<CatalogSearch> {
  const search = createWholeSearch(await searchData(store, url), { alternate: alternateUrl === undefined ? undefined : async () => createSearchFromData(await searchData(store, alternateUrl)) });
  return new OnDemandCatalogSearch(search, () => store.set({}));
}

export async function searchData(store: SearchStore, url: string) {
  const data = await store.json(url);
  // Not a StoreError: the widgets' loader reports any other error as malformed content.
  if (!isSearchData(data)) throw new TypeError(`${url} is not Onestop search data`);
  return data;
}
