/**
 * Free text to the procedures and life events that may fit, through the catalog search; when the
 * best two are about as good, a clarifying question to choose between them, the way a volunteer
 * asks "do you mean a new licence, or replacing a lost one?".
 */
import type { Catalog, Localized } from '../catalog/model.js';
import type { RichText } from '../richtext/rich-text.js';
import { createSearch, type CatalogSearch } from '../search/create-search.js';
import type { Choice } from './engine.js';

export interface AskOptions {
  /** Language of the text; defaults to the catalog's default locale. */
  locale?: string;
  /** Candidates to return (default 5). */
  limit?: number;
  /** A search already built for this catalog and locale, to reuse. */
  search?: CatalogSearch;
}

export interface AskCandidate {
  id: string;
  kind: 'procedure' | 'life-event';
  score: number;
  name: Localized<string>;
}

export interface ClarifyingQuestion {
  id: typeof CLARIFY_QUESTION;
  type: 'single';
  prompt: Localized<RichText>;
  choices: Choice[];
}

export interface AskResult {
  text: string;
  /** Best first. */
  candidates: AskCandidate[];
  /** Present when the best candidates are too close to pick one. */
  clarify?: ClarifyingQuestion;
}

export const CLARIFY_QUESTION = 'which-procedure';

/** A candidate this close to the best one (as a share of its score) makes the choice unclear. */
const CLOSE = 0.9;
const MAX_CHOICES = 4;

const searches = new WeakMap<Catalog, Map<string, CatalogSearch>>();

export function ask(catalog: Catalog, text: string, options: AskOptions = {}): AskResult {
  const locale = options.locale ?? catalog.info.defaultLocale;
  const search = options.search ?? searchFor(catalog, locale);
  const limit = Math.max(1, Math.min(options.limit ?? 5, 50));
  const names = new Map<string, Localized<string>>([...catalog.procedures, ...catalog.lifeEvents].map((x) => [x.id, x.name]));
  const candidates: AskCandidate[] = search
    .search(text, { limit, facets: false })
    .hits.filter((h) => h.score > 0 && names.has(h.id))
    .map((h) => ({ id: h.id, kind: h.kind, score: h.score, name: names.get(h.id)! }));
  const best = candidates[0];
  const close = best ? candidates.filter((c) => c.score >= best.score * CLOSE).slice(0, MAX_CHOICES) : [];
  if (close.length < 2) return { text, candidates };
  return {
    text,
    candidates,
    clarify: {
      id: CLARIFY_QUESTION,
      type: 'single',
      prompt: {
        vi: [{ t: 'p', c: [{ t: 'text', v: 'Bạn muốn làm thủ tục nào?' }] }],
        en: [{ t: 'p', c: [{ t: 'text', v: 'Which of these do you mean?' }] }],
      },
      choices: close.map((c) => ({ value: c.id, label: c.name })),
    },
  };
}

function searchFor(catalog: Catalog, locale: string): CatalogSearch {
  let byLocale = searches.get(catalog);
  if (!byLocale) searches.set(catalog, (byLocale = new Map()));
  let search = byLocale.get(locale);
  if (!search) byLocale.set(locale, (search = createSearch(catalog, { locale })));
  return search;
}
