/**
 * The three engines under test, each built from what a browser would download and configured as
 * its own documentation recommends for short multi-field records with typos and accents:
 * - Onestop: `createSearch` over `<locale>/search.json`.
 * - MiniSearch: every field indexed, field boosts, and only its documented options: a
 *   `processTerm` that folds accents (NFD, combining marks removed, đ → d, which NFD leaves),
 *   prefix matching on the last word of the query only and fuzzy matching (0.2) only on words of
 *   five letters or more, both as functions of the term and its position, as its README shows;
 *   the serialized index is what a browser downloads (`loadJSON`).
 * - Fuse.js 7.5: `useTokenSearch` (per-word fuzzy matching with IDF ranking, its recommended
 *   mode for multi-word queries), `ignoreDiacritics`, `ignoreLocation`, weighted keys; the
 *   documents are what a browser downloads and Fuse indexes them on load.
 * All three index the same texts per document and weight fields the same way.
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { createSearch, type SearchData, type SearchDocument } from '../src/index.js';

export const ENGINE_NAMES = ['Onestop', 'MiniSearch', 'Fuse.js'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

export interface Engine {
  search(query: string): string[];
  /** Type-ahead suggestions, for engines that have them. */
  suggest?(query: string): unknown;
}

/** What each engine downloads, as text, for one locale. */
export interface Payloads {
  onestop: string;
  minisearch: string;
  fuse: string;
}

/** The same relative field weights Onestop uses (FIELD_WEIGHTS), given to the peers too. */
const WEIGHTS = { name: 10, aliases: 9, code: 6, field: 2.5, agencies: 2, documents: 2, summary: 1 };
const FIELDS = Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[];

export interface FlatDocument {
  id: string;
  name: string;
  aliases: string;
  code: string;
  field: string;
  agencies: string;
  documents: string;
  summary: string;
}

export function flatten(docs: readonly SearchDocument[]): FlatDocument[] {
  return docs.map((d) => ({
    id: d.id,
    name: d.name,
    aliases: d.aliases.join(' · '),
    code: d.code,
    field: d.field,
    agencies: d.agencies.join(' · '),
    documents: d.documents.join(' · '),
    summary: d.summary,
  }));
}

const foldAccents = (term: string): string => term.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();

const miniSearchOptions = {
  fields: FIELDS as string[],
  storeFields: ['name'],
  processTerm: foldAccents,
  searchOptions: {
    boost: WEIGHTS,
    prefix: (_term: string, i: number, terms: string[]) => i === terms.length - 1,
    fuzzy: (term: string) => (term.length >= 5 ? 0.2 : false),
  },
};

const fuseOptions = {
  keys: FIELDS.map((name) => ({ name, weight: WEIGHTS[name] })),
  useTokenSearch: true,
  ignoreDiacritics: true,
  ignoreLocation: true,
  threshold: 0.4,
};

/** The downloads: Onestop's search.json, MiniSearch's serialized index, Fuse's documents. */
export function payloads(searchData: SearchData, flat: FlatDocument[]): Payloads {
  const mini = new MiniSearch<FlatDocument>(miniSearchOptions);
  mini.addAll(flat);
  return { onestop: JSON.stringify(searchData), minisearch: JSON.stringify(mini), fuse: JSON.stringify(flat) };
}

/** Builds an engine from its download, the way a page would after fetching it. */
export function buildEngine(name: EngineName, payload: string, locale: string): Engine {
  switch (name) {
    case 'Onestop': {
      const search = createSearch(JSON.parse(payload) as SearchData, { locale });
      return { search: (q) => search.search(q, { limit: 10 }).hits.map((h) => h.id), suggest: (q) => search.suggest(q) };
    }
    case 'MiniSearch': {
      const mini = MiniSearch.loadJSON<FlatDocument>(payload, miniSearchOptions);
      return { search: (q) => mini.search(q).slice(0, 10).map((r) => String(r.id)) };
    }
    case 'Fuse.js': {
      const fuse = new Fuse<FlatDocument>(JSON.parse(payload) as FlatDocument[], fuseOptions);
      return { search: (q) => fuse.search(q, { limit: 10 }).map((r) => r.item.id) };
    }
  }
}

export function payloadOf(name: EngineName, p: Payloads): string {
  return name === 'Onestop' ? p.onestop : name === 'MiniSearch' ? p.minisearch : p.fuse;
}
