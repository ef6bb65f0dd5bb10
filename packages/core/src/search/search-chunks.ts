/**
 * The chunked form of `<locale>/search.json`, for catalogs too large to download whole before the
 * first result (a provincial or national portal). A small head holds what the query planner needs
 * (synonyms, the vocabulary with counts and spellings, the directory of posting chunks); a query
 * then fetches the posting chunks of its planned terms and the document fragments of the results it
 * re-ranks and shows. The per-document columns (ranking priors, facet values) are cut into ranges
 * of documents: a query loads the priors of the ranges its best candidates fall in, and the facet
 * values of the ranges holding any of its candidates only when it asks for facets or filters.
 * docs/search.md has the measurements behind the sizes.
 */
import type { Catalog, SynonymSet } from '../catalog/model.js';
import type { LocaleIndex } from '../catalog/summary.js';
import { FACET_NAMES, type FacetName, type SearchDocument } from './search-document.js';
import { SEARCH_FIELDS, SearchIndex, exactTerm } from './search-index.js';
import { fromSearchData, isSearchData, toSearchData, type SearchData } from './search-data.js';
import { tokenize } from './tokenize.js';
import { hasDiacritics } from './fold-text.js';

export const SEARCH_CHUNKS_FORMAT = 'onestop-search-chunks';

/** `<locale>/search-chunks.json`: the head a page loads first. */
export interface SearchChunksHead {
  format: typeof SEARCH_CHUNKS_FORMAT;
  /** 2 since the per-document columns are in ranges; a version 1 head (whole `popularity.json`) is not read. */
  version: 2;
  locale: string;
  synonyms: SynonymSet[];
  /** Number of documents; the first `lifeEvents` are life events. */
  size: number;
  lifeEvents: number;
  /**
   * The folder of this publication's chunks, relative to the head, named by a hash of their
   * content: a page keeps reading the folder its head named, so it never mixes two publications.
   */
  base: string;
  /**
   * Every term of the index, sorted, but the diacritic-exact ones and the numbers (national codes
   * and their parts, which are most of a large catalog's terms): those are in `codes.json`, in
   * the same three columns, loaded by the first query that has a number in it.
   */
  terms: string[];
  /** Documents per term, in the order of `terms`; negative for a term some name or alias has. */
  counts: number[];
  /** How each term is written where that differs from the term, in the order of `terms`; "" otherwise. */
  spellings: string[];
  /** The first term of each posting chunk (`p<n>.json` in `base`), sorted. */
  postings: string[];
  /** Documents per fragment file: document `i` is in `d<floor(i / fragmentSize)>.json`. */
  fragmentSize: number;
  /**
   * Documents per range of the per-document columns: document `i`'s ranking prior is in
   * `r<floor(i / rangeSize)>.json`, its facet values in `f<floor(i / rangeSize)>.json`.
   */
  rangeSize: number;
  /** The popularity figures (search-data.ts), when the catalog gives any: without them every prior is 1. */
  popularity?: PopularityRanges;
}

/**
 * What a page needs to turn popularity figures into priors exactly as the whole index does
 * (popularity.ts), and bounds for the documents it has not loaded: the lowest, highest and median
 * figure of the catalog, per range its highest, and the highest of any document not listed in
 * `popular.json` (the most used documents, about one in a hundred). A document without a figure
 * counts as the median. Only the candidates a query re-ranks need their exact prior.
 */
export interface PopularityRanges {
  low: number;
  high: number;
  median: number;
  max: number[];
  /** The highest figure of a document `popular.json` leaves out. */
  rest: number;
}

/** `codes.json`: the terms made of digits and dots, as the head's `terms`, `counts` and `spellings`. */
export type CodeChunk = Pick<SearchChunksHead, 'terms' | 'counts' | 'spellings'>;

/** A term of digits and dots ("2.000488", "000488"), listed in `codes.json` rather than the head. */
export const isCodeTerm = (term: string): boolean => /^[\d.]+$/.test(term);

/** `p<n>.json`: per term, per field that has it, the field's number then the document numbers, each as the gap from the previous one. */
export type PostingChunk = Record<string, number[][]>;
/** `d<n>.json`: per document, its id, name, plain summary and aliases. */
export type FragmentChunk = [string, string, string, string[]][];
/** `facets.json`: per facet, its values (documents point into these lists by position), and how many documents have each. */
export interface FacetValuesChunk {
  values: Record<FacetName, string[]>;
  /** What a blank query without filters counts: the catalog browser's first view needs no range. */
  counts?: Record<FacetName, number[]>;
}
/** `f<n>.json`: per facet, per document of the range, the numbers of its values. */
export type FacetRangeChunk = Record<FacetName, number[][]>;
/** `r<n>.json`: per document of the range, its popularity figure (-1: none). */
export type PopularityRangeChunk = number[];
/**
 * `popular.json`: the most used documents, each as the gap from the previous one, and their
 * figures. A broad query ("đăng ký", thousands of near-ties) is ranked by these alone: every other
 * document's prior is at most `rest`'s.
 */
export type PopularChunk = [docs: number[], figures: number[]];

export interface SearchChunksOptions {
  /** Bytes of JSON per posting chunk, before gzip; a larger term has a chunk of its own. */
  chunkBytes?: number;
  /** Documents per fragment file. */
  fragmentSize?: number;
  /** Documents per range of priors and facet values. */
  rangeSize?: number;
}

/** The head (its `base` still empty: the publisher names the folder) and the chunk files by name. */
export interface SearchChunks {
  head: SearchChunksHead;
  files: Map<string, string>;
}

const DEFAULT_CHUNK_BYTES = 6_000;
const DEFAULT_FRAGMENT_SIZE = 2;
// docs/benchmarks.md has the sizes this was chosen from.
const DEFAULT_RANGE_SIZE = 500;
/** Share of the documents `popular.json` lists (at least `MIN_POPULAR`). */
const POPULAR_SHARE = 0.01;
const MIN_POPULAR = 50;

const json = (value: unknown): string => JSON.stringify(value) + '\n';

/** The chunked search files for a catalog (or an existing `search.json`). */
export function toSearchChunks(data: Catalog | LocaleIndex | SearchData, locale: string, options: SearchChunksOptions = {}): SearchChunks {
  const searchData = isSearchData(data) ? data : toSearchData(data, locale);
  const docs = fromSearchData(searchData);
  const index = new SearchIndex(docs, searchData.locale, searchData.synonyms);
  const files = new Map<string, string>();

  const vocabulary = index.vocabulary.toJSON();
  const labelled = new Set(vocabulary.labelled ?? []);
  const written = new Map(vocabulary.spellings);
  const allTerms = vocabulary.terms.map(([term]) => term).sort();
  const counts = new Map(vocabulary.terms);
  const columns = (terms: string[]): CodeChunk => ({
    terms,
    counts: terms.map((t) => (labelled.has(t) ? -1 : 1) * (counts.get(t) ?? 0)),
    spellings: terms.map((t) => written.get(t) ?? ''),
  });
  const words = columns(allTerms.filter((t) => !isCodeTerm(t)));
  const exact = new Set<string>();
  for (const doc of docs) for (const text of [doc.name, ...doc.aliases]) for (const t of tokenize(text)) if (hasDiacritics(t.text)) exact.add(exactTerm(t.text));

  const postings: string[] = [];
  let chunk: PostingChunk = {};
  let bytes = 0;
  const flush = () => {
    if (!bytes) return;
    files.set(`p${postings.length - 1}.json`, json(chunk));
    chunk = {};
    bytes = 0;
  };
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  for (const term of [...allTerms, ...exact].sort()) {
    const lists = index.postings(term).map(({ field, ids }) => [SEARCH_FIELDS.indexOf(field), ...gaps(ids)]);
    if (!lists.length) continue;
    const size = JSON.stringify(lists).length + term.length + 4;
    if (bytes && bytes + size > chunkBytes) flush();
    if (!bytes) postings.push(term);
    chunk[term] = lists;
    bytes += size;
  }
  flush();

  const fragmentSize = Math.max(1, Math.floor(options.fragmentSize ?? DEFAULT_FRAGMENT_SIZE));
  for (let start = 0; start < docs.length; start += fragmentSize) {
    const fragment: FragmentChunk = docs.slice(start, start + fragmentSize).map((d) => [d.id, d.name, d.summary, d.aliases]);
    files.set(`d${start / fragmentSize}.json`, json(fragment));
  }
  const rangeSize = Math.max(1, Math.floor(options.rangeSize ?? DEFAULT_RANGE_SIZE));
  const facets = facetColumns(docs);
  const totals = {} as Record<FacetName, number[]>;
  for (const facet of FACET_NAMES) {
    totals[facet] = facets.values[facet].map(() => 0);
    for (const numbers of facets.docs[facet]) for (const n of numbers) totals[facet][n]!++;
  }
  files.set('facets.json', json({ values: facets.values, counts: totals } satisfies FacetValuesChunk));
  for (let start = 0, k = 0; start < docs.length; start += rangeSize, k++) {
    const range = {} as FacetRangeChunk;
    for (const facet of FACET_NAMES) range[facet] = facets.docs[facet].slice(start, start + rangeSize);
    files.set(`f${k}.json`, json(range));
  }
  files.set('codes.json', json(columns(allTerms.filter(isCodeTerm))));
  const popularity = popularityRanges(searchData.popularity, docs.length, rangeSize);
  if (popularity) {
    for (let start = 0, k = 0; start < docs.length; start += rangeSize, k++) files.set(`r${k}.json`, json(searchData.popularity!.slice(start, start + rangeSize)));
    files.set('popular.json', json(popularity.popular));
  }

  const head: SearchChunksHead = {
    format: SEARCH_CHUNKS_FORMAT,
    version: 2,
    locale: searchData.locale,
    synonyms: searchData.synonyms,
    size: docs.length,
    lifeEvents: searchData.lifeEvents,
    base: '',
    ...words,
    postings,
    fragmentSize,
    rangeSize,
    ...(popularity ? { popularity: popularity.head } : {}),
  };
  return { head, files };
}

/** True for the parsed content of a `search-chunks.json`. */
export function isSearchChunksHead(data: unknown): data is SearchChunksHead {
  const head = data as SearchChunksHead;
  return !!head && typeof head === 'object' && head.format === SEARCH_CHUNKS_FORMAT && head.version === 2 && Array.isArray(head.terms) && Array.isArray(head.postings) && head.rangeSize >= 1;
}

/** Known: a figure of 0 or more (as `dossiersOf` reads the column). */
const known = (p: number | undefined): p is number => typeof p === 'number' && p >= 0;

/**
 * The head's popularity summary; none when no document has a figure (every prior is then 1, as
 * in the whole index). Figures order as the dossiers they stand for, so the order statistics of
 * the figures are those `popularityPriors` takes of the dossiers.
 */
function popularityRanges(column: number[] | undefined, size: number, rangeSize: number): { head: PopularityRanges; popular: PopularChunk } | undefined {
  const figures = (column ?? []).filter(known).sort((a, b) => a - b);
  if (!figures.length) return undefined;
  const median = figures[Math.floor(figures.length / 2)]!;
  const effective = Array.from({ length: size }, (_, i) => (known(column![i]) ? column![i]! : median));
  const max: number[] = [];
  for (let start = 0; start < size; start += rangeSize) max.push(Math.max(...effective.slice(start, start + rangeSize)));
  // The figure of the document at the wanted count, most used first; a tie there is listed whole unless that doubles the list.
  const wanted = Math.min(size, Math.max(MIN_POPULAR, Math.ceil(size * POPULAR_SHARE)));
  const descending = [...effective].sort((a, b) => b - a);
  const cut = descending[wanted - 1]!;
  const inclusive = descending.filter((f) => f >= cut).length <= 2 * wanted;
  const isPopular = (f: number) => (inclusive ? f >= cut : f > cut);
  const docs: number[] = [];
  const popularFigures: number[] = [];
  let rest = -1;
  let previous = 0;
  effective.forEach((f, i) => {
    if (!isPopular(f)) {
      rest = Math.max(rest, f);
      return;
    }
    docs.push(i - previous);
    previous = i;
    popularFigures.push(f);
  });
  return { head: { low: figures[0]!, high: figures[figures.length - 1]!, median, max, rest }, popular: [docs, popularFigures] };
}

/** Ids as gaps from the previous one, after sorting: small numbers compress well. */
function gaps(ids: readonly number[]): number[] {
  const sorted = [...ids].sort((a, b) => a - b);
  return sorted.map((id, k) => (k ? id - sorted[k - 1]! : id));
}

function facetColumns(docs: readonly SearchDocument[]): FacetValuesChunk & { docs: Record<FacetName, number[][]> } {
  const values = {} as Record<FacetName, string[]>;
  const numbers = {} as Record<FacetName, number[][]>;
  for (const facet of FACET_NAMES) {
    const table: string[] = [];
    const at = new Map<string, number>();
    values[facet] = table;
    numbers[facet] = docs.map((d) =>
      d.facets[facet].map((v) => {
        let n = at.get(v);
        if (n === undefined) at.set(v, (n = table.push(v) - 1));
        return n;
      }),
    );
  }
  return { values, docs: numbers };
}
