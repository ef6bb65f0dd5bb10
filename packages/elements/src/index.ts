/** @onestop/elements: every Onestop element, registered. */
import './define/onestop-rich-text.js';
import './define/onestop-provider.js';
import './define/onestop-search.js';
import './define/onestop-procedure.js';
import './define/onestop-catalog.js';
import { defineLazily } from './internal/define-lazily.js';

export { OnestopRichText } from './components/rich-text/rich-text.js';
export { OnestopProvider } from './components/provider/provider.js';
export { OnestopSearch } from './components/search/search.js';
export { OnestopProcedure } from './components/procedure/procedure.js';
export { OnestopCatalog } from './components/catalog/catalog.js';
export { CatalogStore, StoreError, storeFor, entryUrl, type StoreState, type StoreErrorCode } from './controllers/catalog-store.js';
export { CatalogController } from './controllers/catalog-controller.js';
export { onestopContext, type OnestopContext } from './controllers/onestop-context.js';
export { requestGuide, type GuideElement } from './events/guide-request.js';
export type * from './events/onestop-events.js';
export { defineElement, ONESTOP_VERSION } from './internal/define-element.js';
export type { OnestopGuide, GuideFeedbackDetail } from './components/guide/guide.js';

/**
 * Loads and registers <onestop-guide> (a chunk of its own). Called by itself when the tag appears
 * in the page; elements that create a guide in their shadow root (a procedure page's "Guide me")
 * call it first.
 */
export const loadGuide = defineLazily('onestop-guide', () => import('./define/onestop-guide.js'));
