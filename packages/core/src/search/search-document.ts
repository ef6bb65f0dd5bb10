/**
 * What search knows of a procedure or life event, in one locale: the texts it matches and the
 * values it is filtered by. Built from a catalog by catalog-documents.ts, or read from
 * `search.json` by search-data.ts.
 */

export type HitKind = 'procedure' | 'life-event';

export const FACET_NAMES = ['agency', 'field', 'level', 'channel', 'audience', 'free'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

/** Facet values of a document; `free` is "free" or "paid". */
export type DocumentFacets = Record<FacetName, string[]>;

export interface SearchDocument {
  id: string;
  kind: HitKind;
  name: string;
  /** Plain text of the summary: highlight offsets in `summary` count in this string. */
  summary: string;
  aliases: string[];
  code: string;
  /** Name of the field (sector). */
  field: string;
  /** Names (and short names) of the competent and receiving agencies. */
  agencies: string[];
  documents: string[];
  facets: DocumentFacets;
  /** Dossiers received per year, when the catalog says: how commonly the procedure is used. */
  yearlyDossiers?: number;
}
