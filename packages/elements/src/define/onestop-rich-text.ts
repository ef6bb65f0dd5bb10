/** `@onestop/elements/rich-text`: registers <onestop-rich-text> alone, for a site that uses only this element. */
import { OnestopRichText } from '../components/rich-text/rich-text.js';
import { defineElement } from '../internal/define-element.js';

defineElement('onestop-rich-text', OnestopRichText);

export { OnestopRichText };

declare global {
  interface HTMLElementTagNameMap {
    'onestop-rich-text': OnestopRichText;
  }
}
