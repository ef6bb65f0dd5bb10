/** `@onestop/elements/procedure`: registers <onestop-procedure> (and the rich text it renders) alone, for a site that uses only this element. */
import './onestop-rich-text.js';
import { OnestopProcedure } from '../components/procedure/procedure.js';
import { defineElement } from '../internal/define-element.js';

defineElement('onestop-procedure', OnestopProcedure);

export { OnestopProcedure };

declare global {
  interface HTMLElementTagNameMap {
    'onestop-procedure': OnestopProcedure;
  }
}
