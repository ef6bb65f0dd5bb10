import './onestop-rich-text.js';
import { OnestopProcedure } from '../components/procedure/procedure.js';
import { defineElement } from '../internal/define-element.js';

defineElement('onestop-procedure', OnestopProcedure);

declare global {
  interface HTMLElementTagNameMap {
    'onestop-procedure': OnestopProcedure;
  }
}
