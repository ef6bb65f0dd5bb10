/**
 * Free text to procedures, through the catalog search built from the locale index. Loaded only
 * when the citizen types a question, so the guide's first chunk does not carry the search index.
 */
import { ask, createSearch, type AskResult, type Catalog, type CatalogSearch, type LocaleIndex } from '@onestop/core';

const searches = new WeakMap<object, CatalogSearch>();

export function askIndex(index: LocaleIndex, locale: string, text: string): AskResult {
  let search = searches.get(index);
  if (!search) searches.set(index, (search = createSearch(index, { locale })));
  // ask() reads only names of procedures and life events from the catalog it is given.
  return ask(index as unknown as Catalog, text, { locale, search, limit: 5 });
}
