/** `@onestop/elements/provider`: registers <onestop-provider> alone, for a site that uses only this element. */
import { OnestopProvider } from '../components/provider/provider.js';
import { defineElement } from '../internal/define-element.js';

defineElement('onestop-provider', OnestopProvider);

export { OnestopProvider };

declare global {
  interface HTMLElementTagNameMap {
    'onestop-provider': OnestopProvider;
  }
}
