/** Catalog search: the Vietnamese text pipeline, the index, and `createSearch`. */
export { createSearch } from './create-search.js';
export { createSearchFromData } from './search-engine.js';
export type { CatalogSearch, CreateSearchOptions, SearchHit, SearchOptions, SearchResult, SearchSource, Suggestion, Suggestions } from './search-engine.js';
export type { Facets, FacetCount, SearchFilters } from './facet-filter.js';
export type { Highlight } from './highlight.js';
export type { Aspect } from './filler-words.js';
export { FACET_NAMES, type FacetName, type HitKind, type SearchDocument } from './search-document.js';
export { searchDocuments } from './catalog-documents.js';
export { toSearchData, isSearchData, SEARCH_DATA_FORMAT, type SearchData } from './search-data.js';
export { toSearchChunks, isSearchChunksHead, SEARCH_CHUNKS_FORMAT, type SearchChunks, type SearchChunksHead, type SearchChunksOptions } from './search-chunks.js';
export { createChunkedSearch, ChunkedSearch, SearchChunkError, type ChunkedSearchOptions, type FetchJson } from './chunked-search.js';
export { MalformedChunkError } from './chunked-index.js';
export { foldText, foldTerm, hasDiacritics } from './fold-text.js';
export { exactKey, placeTone, splitTone, type Tone, type TonePlacement } from './vietnamese-syllable.js';
export { decodeTelex } from './decode-telex.js';
export { decodeVni } from './decode-vni.js';
export { stemEnglish } from './stem-english.js';
export { tokenize, type Token } from './tokenize.js';
