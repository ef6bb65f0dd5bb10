/**
 * `<locale>/search.json`: the compact documents a browser indexes on load. Columns rather than
 * records, and repeated strings (agency, field and document names, facet values) as numbers
 * into shared tables, because that is what compresses best; docs/search.md has the numbers.
 */
import type { Catalog, SynonymSet } from '../catalog/model.js';
import type { LocaleIndex } from '../catalog/summary.js';
import { pick } from '../catalog/localize.js';
import { FACET_NAMES, type FacetName, type SearchDocument } from './search-document.js';
import { searchDocuments } from './catalog-documents.js';
import { SearchIndex, type PrebuiltIndex } from './search-index.js';
import { dossiersOf } from './popularity.js';

export const SEARCH_DATA_FORMAT = 'onestop-search';

export interface SearchData {
  format: typeof SEARCH_DATA_FORMAT;
  version: 1;
  locale: string;
  synonyms: SynonymSet[];
  /** The first `lifeEvents` documents are life events; the rest are procedures. */
  lifeEvents: number;
  /** Ids, each written as the count of leading characters shared with the previous id, then the rest. */
  ids: (string | number)[];
  names: string[];
  summaries: string[];
  /** National codes, "" for none. */
  codes: string[];
  aliases: string[][];
  /** [id, name] of fields; documents point here by position. */
  fieldTable: [string, string][];
  /** [id, ...names] of agencies. */
  agencyTable: string[][];
  /** Document names. */
  documentTable: string[];
  /** [facet, value] for level, channel, audience and free. */
  valueTable: [FacetName, string][];
  fields: number[][];
  agencies: number[][];
  documents: number[][];
  values: number[][];
  /**
   * How commonly each document is used: 2·log2(1 + yearly dossiers), rounded, -1 where the
   * catalog does not say; absent when it never does. Half-steps of a log scale are all ranking
   * needs, and a few small numbers compress far better than raw counts.
   */
  popularity?: number[];
  /** The built index, when the build chose to ship it (docs/search.md says when). */
  index?: PrebuiltIndex;
}

export interface SearchDataOptions {
  /** Ship FlexSearch's built index too, so a page loads it instead of indexing. */
  prebuilt?: boolean;
}

/** Front coding: consecutive ids share most of their characters. */
function frontCode(ids: string[]): (string | number)[] {
  const out: (string | number)[] = [];
  let previous = '';
  for (const id of ids) {
    let shared = 0;
    while (shared < previous.length && shared < id.length && previous[shared] === id[shared]) shared++;
    if (shared > 2) out.push(shared, id.slice(shared));
    else out.push(id);
    previous = id;
  }
  return out;
}

function frontDecode(coded: (string | number)[]): string[] {
  const ids: string[] = [];
  let previous = '';
  for (let i = 0; i < coded.length; i++) {
    const part = coded[i];
    const id = typeof part === 'number' ? previous.slice(0, part) + String(coded[++i] ?? '') : String(part);
    ids.push(id);
    previous = id;
  }
  return ids;
}

/** A table that hands out the position of each distinct key. */
function interner<K, V>(table: V[], keyOf: (v: V) => K): (v: V) => number {
  const positions = new Map<K, number>();
  return (v) => {
    const key = keyOf(v);
    let at = positions.get(key);
    if (at === undefined) {
      at = table.push(v) - 1;
      positions.set(key, at);
    }
    return at;
  };
}

/** What `<locale>/search.json` holds for a catalog: its search documents, compacted. */
export function toSearchData(data: Catalog | LocaleIndex, locale: string, options: SearchDataOptions = {}): SearchData {
  const fallback = data.info.defaultLocale;
  const docs = searchDocuments(data, locale);
  const synonyms = data.synonyms.filter((s) => !s.locale || s.locale === locale);
  const agencyNames = new Map(data.agencies.map((a) => [a.id, [pick(a.name, locale, fallback), pick(a.shortName, locale, fallback)].filter((n): n is string => !!n)]));
  const fieldNames = new Map(data.fields.map((f) => [f.id, pick(f.name, locale, fallback) ?? '']));
  const fieldTable: [string, string][] = [];
  const agencyTable: string[][] = [];
  const documentTable: string[] = [];
  const valueTable: [FacetName, string][] = [];
  const fieldAt = interner(fieldTable, (f) => f[0]);
  const agencyAt = interner(agencyTable, (a) => a[0]);
  const documentAt = interner(documentTable, (d) => d);
  const valueAt = interner(valueTable, (v) => v.join('\u0000'));
  const searchData: SearchData = {
    format: SEARCH_DATA_FORMAT,
    version: 1,
    locale,
    synonyms,
    lifeEvents: docs.filter((d) => d.kind === 'life-event').length,
    ids: frontCode(docs.map((d) => d.id)),
    names: docs.map((d) => d.name),
    summaries: docs.map((d) => d.summary),
    codes: docs.map((d) => d.code),
    aliases: docs.map((d) => d.aliases),
    fieldTable,
    agencyTable,
    documentTable,
    valueTable,
    fields: docs.map((d) => d.facets.field.map((id) => fieldAt([id, fieldNames.get(id) ?? '']))),
    agencies: docs.map((d) => d.facets.agency.map((id) => agencyAt([id, ...(agencyNames.get(id) ?? [])]))),
    documents: docs.map((d) => d.documents.map(documentAt)),
    values: docs.map((d) => FACET_NAMES.filter((f) => f !== 'agency' && f !== 'field').flatMap((f) => d.facets[f].map((v) => valueAt([f, v])))),
  };
  if (docs.some((d) => d.yearlyDossiers !== undefined)) searchData.popularity = docs.map((d) => (d.yearlyDossiers === undefined ? -1 : Math.round(2 * Math.log2(1 + Math.max(0, d.yearlyDossiers)))));
  if (options.prebuilt) searchData.index = new SearchIndex(fromSearchData(searchData), locale, synonyms).serialize();
  return searchData;
}

/** True for the parsed content of a `search.json`. */
export function isSearchData(data: unknown): data is SearchData {
  return !!data && typeof data === 'object' && (data as SearchData).format === SEARCH_DATA_FORMAT;
}

/** The search documents a `search.json` describes. */
export function fromSearchData(data: SearchData): SearchDocument[] {
  const ids = frontDecode(data.ids);
  return ids.map((id, i) => {
    const kind = i < data.lifeEvents ? 'life-event' : 'procedure';
    const fields = (data.fields[i] ?? []).map((f) => data.fieldTable[f]).filter((f): f is [string, string] => !!f);
    const agencies = (data.agencies[i] ?? []).map((a) => data.agencyTable[a]).filter((a): a is string[] => !!a);
    const values = (data.values[i] ?? []).map((v) => data.valueTable[v]).filter((v): v is [FacetName, string] => !!v);
    const valuesOf = (facet: FacetName) => values.filter(([f]) => f === facet).map(([, v]) => v);
    const yearlyDossiers = dossiersOf(data.popularity?.[i]);
    return {
      ...(yearlyDossiers !== undefined ? { yearlyDossiers } : {}),
      id,
      kind,
      name: data.names[i] ?? id,
      summary: data.summaries[i] ?? '',
      aliases: data.aliases[i] ?? [],
      code: data.codes[i] ?? '',
      // A life event's facets summarise its procedures; its own words are name, aliases, summary.
      field: kind === 'procedure' ? fields.map(([, name]) => name).join(' ') : '',
      agencies: kind === 'procedure' ? agencies.flatMap(([, ...names]) => names) : [],
      documents: (data.documents[i] ?? []).map((d) => data.documentTable[d] ?? ''),
      facets: {
        agency: agencies.map(([agencyId]) => agencyId!),
        field: fields.map(([fieldId]) => fieldId),
        level: valuesOf('level'),
        channel: valuesOf('channel'),
        audience: valuesOf('audience'),
        free: valuesOf('free'),
      },
    };
  });
}
