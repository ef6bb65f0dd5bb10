/** A hit's name and summary, as every list of hits shows them. */
import type { CatalogSearch } from '@onestop/core';

/** In the language that matched it (the words the citizen typed), else the page's, else its id. */
export function hitText(search: CatalogSearch, id: string, matched?: string): { name: string; summary: string } {
  return search.text(id, matched) ?? search.text(id) ?? { name: id, summary: '' };
}
