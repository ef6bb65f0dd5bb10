/**
 * Catalog search: `createSearch(catalogData, { locale })`, then `search(query, options)` and
 * `suggest(query)`. Works the same on a compiled catalog (Node), on `<locale>/index.json` and on
 * `<locale>/search.json` (browsers).
 */
import { searchDocuments } from './catalog-documents.js';
import { isSearchData } from './search-data.js';
import { searchOf, searchOfDocuments, type CatalogSearch, type CreateSearchOptions, type SearchSource } from './search-engine.js';

export type { CatalogSearch, CreateSearchOptions, SearchHit, SearchOptions, SearchResult, SearchSource, Suggestion, Suggestions } from './search-engine.js';

export function createSearch(data: SearchSource, options: CreateSearchOptions = {}): CatalogSearch {
  const { alternate } = options;
  const other = alternate ? () => createSearch(alternate) : undefined;
  if (isSearchData(data)) return searchOf(data, options.locale, other);
  const locale = options.locale ?? data.info.defaultLocale;
  return searchOfDocuments(searchDocuments(data, locale), locale, data.synonyms, other);
}
