import { OnestopRichText } from '../components/rich-text/rich-text.js';
import { defineElement } from '../internal/define-element.js';

defineElement('onestop-rich-text', OnestopRichText);

declare global {
  interface HTMLElementTagNameMap {
    'onestop-rich-text': OnestopRichText;
  }
}
