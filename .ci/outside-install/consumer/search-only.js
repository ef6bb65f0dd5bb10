// A site that shows only the search box imports that one element's sub-path: the catalog browser,
// the procedure page and the guide stay out of its bundle.
import { OnestopSearch } from '@onestop/elements/search';

if (customElements.get('onestop-search') !== OnestopSearch) throw new Error('<onestop-search> is not registered');
