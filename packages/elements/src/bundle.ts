/**
 * The one-script-tag bundle (examples/dist/onestop.js): registers the provider, the search box and
 * rich text at once, and the procedure page and catalog browser on demand, from their own chunks.
 */
import './define/onestop-rich-text.js';
import './define/onestop-provider.js';
import './define/onestop-search.js';
import { loadWhenUsed } from './internal/load-on-demand.js';

loadWhenUsed('onestop-procedure', () => import('./define/onestop-procedure.js'));
loadWhenUsed('onestop-catalog', () => import('./define/onestop-catalog.js'));
