/**
 * The one-script-tag bundle (examples/dist/onestop.js): registers the provider, the search box and
 * rich text at once, and the procedure page, catalog browser and guide on demand, from their own chunks.
 */
import './define/onestop-rich-text.js';
import './define/onestop-provider.js';
import './define/onestop-search.js';
import { defineLazily } from './internal/define-lazily.js';

defineLazily('onestop-procedure', () => import('./define/onestop-procedure.js'));
defineLazily('onestop-catalog', () => import('./define/onestop-catalog.js'));
defineLazily('onestop-guide', () => import('./define/onestop-guide.js'));
