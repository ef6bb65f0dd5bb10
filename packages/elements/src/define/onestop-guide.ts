/** `@onestop/elements/guide`: registers <onestop-guide> (and the rich text it renders) alone, for a site that uses only the guide. */
import { defineElement } from '../internal/define-element.js';
import './onestop-rich-text.js';
import { OnestopGuide } from '../components/guide/guide.js';

defineElement('onestop-guide', OnestopGuide);

export { OnestopGuide };

declare global {
  interface HTMLElementTagNameMap {
    'onestop-guide': OnestopGuide;
  }
}
