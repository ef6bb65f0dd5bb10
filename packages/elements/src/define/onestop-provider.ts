import { OnestopProvider } from '../components/provider/provider.js';
import { defineElement } from '../internal/define-element.js';

defineElement('onestop-provider', OnestopProvider);

declare global {
  interface HTMLElementTagNameMap {
    'onestop-provider': OnestopProvider;
  }
}
