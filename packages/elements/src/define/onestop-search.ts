/** `@onestop/elements/search`: registers <onestop-search> alone, for a site that uses only this element. */
import { OnestopSearch } from '../components/search/search.js';
import { defineElement } from '../internal/define-element.js';

defineElement('onestop-search', OnestopSearch);

export { OnestopSearch };

declare global {
  interface HTMLElementTagNameMap {
    'onestop-search': OnestopSearch;
  }
}
