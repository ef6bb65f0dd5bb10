/**
 * The search engine chunk the store loads with the first `search.json`. Only these two names are
 * re-exported, so the bundle leaves out `createSearch`'s catalog reading (the guide's chunk has it).
 */
export { createSearchFromData, isSearchData } from '@onestop/core/search';
