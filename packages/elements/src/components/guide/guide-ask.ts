/**
 * Free text to procedures through the page's catalog search (the one the search box uses), loaded
 * only when the citizen types a question.
 */
import type { AskResult, Catalog, CatalogSearch, LocaleIndex } from '@onestop/core';
import { ask } from '@onestop/core/guide';

export function askIndex(index: LocaleIndex, search: CatalogSearch, locale: string, text: string): AskResult {
  // ask() reads only the names of procedures and life events from the catalog it is given.
  return ask(index as unknown as Catalog, text, { locale, search, limit: 5 });
}
