/**
 * The chunk the store loads for a publication whose search is in chunks (large catalogs), kept
 * apart from search-engine.ts so a page over a small catalog never downloads it.
 */
import { createChunkedSearch, isSearchChunksHead, type CatalogSearch } from '@onestop/core/search';
import { ChunkedCatalogSearch } from './chunked-catalog-search.js';

/** What this chunk needs of the store (passed in: importing the store back would be a cycle). */
interface Store {
  json(url: string): Promise<unknown>;
  set(patch: { status?: 'error'; error?: Error & { code: 'unreachable' } }): void;
}

/**
 * The search over the head at `url`. Chunks are read relative to it, from the content-named folder
 * it names, through the store (fetched once, kept on the device); when a query's chunks arrive the
 * store's listeners render again, and a chunk that cannot be fetched is the store's error.
 */
export async function chunkedSearch(store: Store, url: string): Promise<CatalogSearch> {
  const head = await store.json(url);
  // Not a StoreError: the widgets' loader reports any other error as malformed content.
  if (!isSearchChunksHead(head)) throw new TypeError(`${url} is not an Onestop search head`);
  const chunked = createChunkedSearch(head, { fetchJson: (path) => store.json(new URL(path, url).href) });
  return new ChunkedCatalogSearch(chunked, (error) => store.set(error === undefined ? {} : { status: 'error', error: Object.assign(new Error(String((error as Error)?.message ?? error)), { code: 'unreachable' as const }) }));
}
