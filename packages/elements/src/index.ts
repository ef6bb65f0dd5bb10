/** @onestop/elements: every Onestop element, registered. */
import './define/onestop-rich-text.js';
import { defineLazily } from './internal/define-lazily.js';

export { OnestopRichText } from './components/rich-text/rich-text.js';
export { defineElement, ONESTOP_VERSION } from './internal/define-element.js';
export type { OnestopGuide, GuideFeedbackDetail } from './components/guide/guide.js';

/**
 * Loads and registers <onestop-guide> (a chunk of its own). Called by itself when the tag appears
 * in the page; elements that create a guide in their shadow root (a procedure page's "Guide me")
 * call it first.
 */
export const loadGuide = defineLazily('onestop-guide', () => import('./define/onestop-guide.js'));
