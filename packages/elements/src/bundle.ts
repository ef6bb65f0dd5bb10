/**
 * The one-script-tag bundle (examples/dist/onestop.js): registers the provider and the search box
 * at once, and rich text, the procedure page, catalog browser and guide on demand, from their own
 * chunks (the procedure page and the guide bring rich text with them).
 */
import './define/onestop-provider.js';
import './define/onestop-search.js';
import { defineLazily } from './internal/define-lazily.js';

defineLazily('onestop-rich-text', () => import('./define/onestop-rich-text.js'));
defineLazily('onestop-procedure', () => import('./define/onestop-procedure.js'));
defineLazily('onestop-catalog', () => import('./define/onestop-catalog.js'));
defineLazily('onestop-guide', () => import('./define/onestop-guide.js'));
