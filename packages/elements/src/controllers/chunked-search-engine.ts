/**
 * The chunk the store loads for a publication whose search is in chunks (large catalogs), kept
 * apart from search-engine.ts so a page over a small catalog never downloads it.
 */
import { createChunkedSearch, isSearchChunksHead, type CatalogSearch } from '@onestop/core/search';
import { StoreError, asStoreError, type CatalogStore } from './catalog-store.js';
import { ChunkedCatalogSearch } from './chunked-catalog-search.js';

/**
 * The search over the head at `url`. Chunks are read relative to it, from the content-named folder
 * it names, through the store (fetched once, kept on the device); when a query's chunks arrive the
 * store's listeners render again, and a chunk that cannot be fetched is the store's error.
 */
export async function chunkedSearch(store: CatalogStore, url: string): Promise<CatalogSearch> {
  const head = await store.json(url);
  if (!isSearchChunksHead(head)) throw new StoreError('malformed', `${url} is not an Onestop search head`);
  const chunked = createChunkedSearch(head, { fetchJson: (path) => store.json(new URL(path, url).href) });
  return new ChunkedCatalogSearch(chunked, (error) => store.set(error === undefined ? {} : { status: 'error', error: asStoreError(error) }));
}
