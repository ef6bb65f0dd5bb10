/** @onestop/elements: every Onestop element, registered. */
import './define/onestop-rich-text.js';

export { OnestopRichText } from './components/rich-text/rich-text.js';
export { defineElement, ONESTOP_VERSION } from './internal/define-element.js';
