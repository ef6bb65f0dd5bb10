/** `@onestop/elements/catalog`: registers <onestop-catalog> alone, for a site that uses only this element. */
import { OnestopCatalog } from '../components/catalog/catalog.js';
import { defineElement } from '../internal/define-element.js';

defineElement('onestop-catalog', OnestopCatalog);

export { OnestopCatalog };

declare global {
  interface HTMLElementTagNameMap {
    'onestop-catalog': OnestopCatalog;
  }
}
