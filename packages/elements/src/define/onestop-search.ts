import { OnestopSearch } from '../components/search/search.js';
import { defineElement } from '../internal/define-element.js';

defineElement('onestop-search', OnestopSearch);

declare global {
  interface HTMLElementTagNameMap {
    'onestop-search': OnestopSearch;
  }
}
