/**
 * The search engine chunk the store loads with the first `search.json` (or chunked search head).
 * Only these names are re-exported, so the bundle leaves out `createSearch`'s catalog reading
 * (the guide's chunk has it).
 */
export { createSearchFromData, isSearchData, createChunkedSearch, isSearchChunksHead } from '@onestop/core/search';
export { ChunkedCatalogSearch } from './chunked-catalog-search.js';
