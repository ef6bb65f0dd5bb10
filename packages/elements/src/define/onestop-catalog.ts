import { OnestopCatalog } from '../components/catalog/catalog.js';
import { defineElement } from '../internal/define-element.js';

defineElement('onestop-catalog', OnestopCatalog);

declare global {
  interface HTMLElementTagNameMap {
    'onestop-catalog': OnestopCatalog;
  }
}
