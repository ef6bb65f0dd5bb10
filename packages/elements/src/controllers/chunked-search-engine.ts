/**
 * The chunk the store loads for a publication whose search is in chunks (large catalogs), kept
 * apart from whole-search-engine.ts so a page over a small catalog never downloads it.
 */
import { createChunkedSearch, createSearchFromData, isSearchChunksHead, type CatalogSearch, type ChunkedSearch } from '@onestop/core/search';
import { OnDemandCatalogSearch } from './on-demand-catalog-search.js';
import { searchData, type SearchStore as Store } from './whole-search-engine.js';

/** Where the other language's search is: its chunked head, or its whole search.json. */
export interface AlternateFile {
  url: string;
  chunked: boolean;
}

/**
 * The search over the head at `url`. Chunks are read relative to it, from the content-named folder
 * it names, through the store (fetched once, kept on the device); when a query's chunks arrive the
 * store's listeners render again. A chunk that cannot be fetched fails that query only. `alternate`
 * is the other language, loaded by the first query that reads better in it.
 */
export async function chunkedSearch(store: Store, url: string, alternate?: AlternateFile): Promise<CatalogSearch> {
  const chunked = await headSearch(store, url, alternate && (() => alternateSearch(store, alternate)));
  return new OnDemandCatalogSearch(chunked, () => store.set({}));
}

async function headSearch(store: Store, url: string, alternate?: () => Promise<ChunkedSearch | CatalogSearch>): Promise<ChunkedSearch> {
  const head = await store.json(url);
  // Not a StoreError: the widgets' loader reports any other error as malformed content.
  if (!isSearchChunksHead(head)) throw new TypeError(`${url} is not an Onestop search head`);
  return createChunkedSearch(head, { fetchJson: (path) => store.json(new URL(path, url).href), alternate });
}

async function alternateSearch(store: Store, { url, chunked }: AlternateFile): Promise<ChunkedSearch | CatalogSearch> {
  return chunked ? headSearch(store, url) : createSearchFromData(await searchData(store, url));
}
