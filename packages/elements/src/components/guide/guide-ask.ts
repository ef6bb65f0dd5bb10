/**
 * Free text to procedures through the page's catalog search (the one the search box uses), loaded
 * only when the citizen types a question.
 */
import { ask, type AskResult, type Catalog, type CatalogSearch, type LocaleIndex } from '@onestop/core';

export function askIndex(index: LocaleIndex, search: CatalogSearch, locale: string, text: string): AskResult {
  // ask() reads only the names of procedures and life events from the catalog it is given.
  return ask(index as unknown as Catalog, text, { locale, search, limit: 5 });
}
