/** What a provider shares with the Onestop elements inside it. */
import { createContext } from '@lit/context';
import type { CatalogStore } from './catalog-store.js';

export interface OnestopContext {
  store: CatalogStore;
  /** The language asked for (`lang` on the provider). */
  lang: string;
  /** Narrow everything to this agency's procedures. */
  agency?: string;
}

/** A global symbol, so elements from two copies of Onestop on one page still find each other. */
export const onestopContext = createContext<OnestopContext>(Symbol.for('onestop-context'));
