/**
 * The index of one locale: one FlexSearch Index per kind of text, fed with terms that the
 * Vietnamese pipeline has already folded, plus the vocabulary and the facet values. Plain `Index`
 * instances rather than a `Document`, so a browser bundle can use FlexSearch's light build.
 */
import { Index } from 'flexsearch';
import type { SynonymSet } from '../catalog/model.js';
import { FACET_NAMES, type FacetName, type SearchDocument } from './search-document.js';
import { SynonymMatcher, type SynonymSpan } from './synonym-matcher.js';
import { termOfLocale, type TermOf } from './term-of.js';
import { tokenize, type Token } from './tokenize.js';
import { Vocabulary, type VocabularyData } from './vocabulary.js';
import { exactKey } from './vietnamese-syllable.js';
import { hasDiacritics } from './fold-text.js';
import { fillerPhrases, type QueryPhrase } from './filler-words.js';
import { popularityPriors } from './popularity.js';
import type { IndexReader } from './index-reader.js';

/** `details` holds the sector, agency and document names: one tier of weight, one FlexSearch field. */
export const SEARCH_FIELDS = ['name', 'aliases', 'code', 'details', 'summary'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/**
 * How much a match in each field counts: the name and what citizens call it far above the
 * national code, which is above the sector, agency and document names, which are above a
 * word somewhere in the summary.
 */
export const FIELD_WEIGHTS: Record<SearchField, number> = {
  name: 10,
  aliases: 9,
  code: 6,
  details: 2,
  summary: 1,
};

/**
 * A built index: FlexSearch's exported chunks, each key prefixed with its field ("name/1.map"),
 * and the vocabulary with counts and spellings.
 */
export interface PrebuiltIndex {
  flex: [string, string][];
  vocabulary: VocabularyData;
}

interface TermsOfText {
  terms: string[];
  spans: SynonymSpan[];
  /** The terms followed by the concepts of the synonym phrases. */
  all: string[];
  /** `all` joined by spaces, as FlexSearch is fed. */
  joined: string;
  /** Whether the words' spellings were recorded for "did you mean". */
  spelled: boolean;
}

const TEXT_MEMO_LIMIT = 20_000;

/** A text cut into words, with their terms and synonym phrases, for highlighting. */
export interface TextTerms {
  tokens: Token[];
  terms: string[];
  spans: SynonymSpan[];
}

/** The terms of one label (the name or one alias), for re-ranking the first results. */
export interface LabelTerms {
  text: string;
  terms: string[];
  /** The terms and the concepts of the label. */
  present: Set<string>;
  /** Synonym phrases in the label, by term positions. */
  spans: SynonymSpan[];
  /** Diacritic-exact keys of its words. */
  exact: Set<string>;
}

/**
 * The values of one facet for every document, flat: document `i` has the value numbers
 * `values[offsets[i]]` up to `values[offsets[i + 1]]`. Two typed arrays instead of one small
 * array per document keep 10,000 procedures' facets in a few hundred kilobytes.
 */
export interface FacetColumn {
  offsets: Uint32Array;
  values: Uint16Array;
}

function facetColumn(docs: readonly SearchDocument[], facet: FacetName, table: string[]): FacetColumn {
  const numbers = new Map<string, number>();
  const offsets = new Uint32Array(docs.length + 1);
  const values: number[] = [];
  docs.forEach((d, i) => {
    offsets[i] = values.length;
    for (const v of d.facets[facet]) {
      let n = numbers.get(v);
      if (n === undefined) numbers.set(v, (n = table.push(v) - 1));
      values.push(n);
    }
  });
  offsets[docs.length] = values.length;
  return { offsets, values: Uint16Array.from(values) };
}

/** Prefix of diacritic-exact terms: no folded word starts with it. */
export const EXACT_PREFIX = '=';

/** The index term for a word as written with its diacritics ("Bán" → "=ban1"). */
export function exactTerm(word: string): string {
  return EXACT_PREFIX + exactKey(word);
}

const splitTerms = (content: string): string[] => (content ? content.split(' ') : []);

export class SearchIndex implements IndexReader {
  readonly docs: readonly SearchDocument[];
  readonly locale: string;
  readonly termOf: TermOf;
  readonly synonyms: SynonymMatcher;
  readonly vocabulary = new Vocabulary();
  /** Filler and aspect phrases of the locale, optional in queries. */
  readonly fillers: QueryPhrase[];
  /** Every term of those phrases. */
  readonly fillerTerms: Set<string>;
  /** Whether queries may be Telex or VNI keystrokes (the Vietnamese index). */
  readonly vietnamese: boolean;
  /** How commonly each document is used, as a multiplier of its score (popularity.ts). */
  readonly priors: Float32Array;
  /** Per facet, the numbers (in `facetValues`) of each document's values. */
  readonly facetCodes: Record<FacetName, FacetColumn>;
  readonly facetValues: Record<FacetName, string[]>;
  private readonly flex: Record<SearchField, Index>;
  private readonly labels = new Map<number, LabelTerms[]>();
  private readonly texts = new Map<string, TextTerms>();
  private readonly textMemo = new Map<string, TermsOfText>();
  private readonly exactMemo = new Map<string, string>();
  private positions: Map<string, number> | undefined;

  constructor(docs: readonly SearchDocument[], locale: string, synonyms: readonly SynonymSet[], prebuilt?: PrebuiltIndex) {
    this.docs = docs;
    this.locale = locale;
    this.termOf = termOfLocale(locale);
    this.synonyms = new SynonymMatcher(synonyms, locale, this.termOf);
    this.fillers = fillerPhrases(locale, this.termOf);
    this.fillerTerms = new Set(this.fillers.flatMap((p) => p.terms));
    this.vietnamese = locale.split('-')[0] === 'vi';
    this.priors = popularityPriors(docs);
    const flex = {} as Record<SearchField, Index>;
    // Terms arrive folded and split; one resolution slot, since fields are scored here, not by position.
    for (const field of SEARCH_FIELDS) flex[field] = new Index({ tokenize: 'strict', encode: splitTerms, resolution: 1 });
    this.flex = flex;
    const codes = {} as Record<FacetName, FacetColumn>;
    const values = {} as Record<FacetName, string[]>;
    for (const facet of FACET_NAMES) {
      values[facet] = [];
      codes[facet] = facetColumn(docs, facet, values[facet]);
    }
    this.facetCodes = codes;
    this.facetValues = values;
    if (!prebuilt || !this.load(prebuilt)) docs.forEach((doc, i) => this.add(doc, i));
    // An index built before names and aliases were recorded learns them from the documents.
    if (prebuilt && !prebuilt.vocabulary.labelled) for (const doc of docs) for (const text of [doc.name, ...doc.aliases]) this.vocabulary.addLabelled(this.termsOf(text).all);
    this.vocabulary.doneCounting();
    // The memo served indexing, where agency and document names repeat; queries need little of it.
    this.textMemo.clear();
    this.exactMemo.clear();
    for (const term of this.synonyms.terms) this.vocabulary.addSpelling(term, term);
  }

  private add(doc: SearchDocument, i: number): void {
    const field = (name: SearchField, texts: readonly string[], spell: boolean, exact = false) => {
      let content = '';
      for (const text of texts) {
        const terms = this.termsOf(text, spell);
        if (!terms.all.length) continue;
        content = content ? content + ' ' + terms.joined : terms.joined;
        if (exact) {
          const written = this.exactTermsOf(text);
          if (written) content += ' ' + written;
        }
        this.vocabulary.addTerms(terms.all, i);
        if (exact) this.vocabulary.addLabelled(terms.all);
      }
      if (content) this.flex[name].add(i, content);
    };
    // Names and aliases also hold their words with diacritics, so a citizen who typed them finds
    // the same spelling first ("bán" before "bản").
    field('name', [doc.name], true, true);
    field('aliases', doc.aliases, true, true);
    // A code is found whole ("2.000488") and by its parts ("000488").
    field('code', doc.code ? [doc.code, doc.code.replace(/\./g, ' ')] : [], false);
    field('details', [doc.field, ...doc.agencies, ...doc.documents], true);
    field('summary', [doc.summary], false);
  }

  /** The built index as data: FlexSearch's export and the vocabulary, to load without re-indexing. */
  serialize(): PrebuiltIndex {
    const flex: [string, string][] = [];
    for (const field of SEARCH_FIELDS) {
      void this.flex[field].export((key, data) => {
        flex.push([`${field}/${key}`, data]);
      });
    }
    return { flex, vocabulary: this.vocabulary.toJSON() };
  }

  /**
   * Loads a prebuilt index. False when it cannot: FlexSearch's light build (the browser bundle)
   * has no `import`, and an index written by an older build has no field prefixes; the caller then
   * indexes the documents, which gives the same results.
   */
  private load(prebuilt: PrebuiltIndex): boolean {
    const parts = prebuilt.flex.map(([key, data]) => ({ field: key.slice(0, key.indexOf('/')) as SearchField, key: key.slice(key.indexOf('/') + 1), data }));
    if (!parts.every((p) => SEARCH_FIELDS.includes(p.field)) || !SEARCH_FIELDS.every((f) => typeof this.flex[f].import === 'function')) return false;
    for (const { field, key, data } of parts) this.flex[field].import(key, data);
    this.vocabulary.load(prebuilt.vocabulary);
    return true;
  }

  /**
   * Terms of a text, and the synonym phrases in it. Remembered per text: agency, sector and
   * document names repeat across most procedures of a catalog.
   */
  termsOf(text: string, spell = false): TermsOfText {
    const known = this.textMemo.get(text);
    if (known && (known.spelled || !spell)) return known;
    const tokens = tokenize(text);
    const terms: string[] = [];
    for (const t of tokens) {
      const term = this.termOf(t.text);
      terms.push(term);
      if (spell) this.vocabulary.addSpelling(term, t.text.toLowerCase().normalize('NFC'));
    }
    const spans = this.synonyms.match(terms, true);
    const all = spans.length ? [...terms, ...spans.map((s) => s.concept)] : terms;
    const result = { terms, spans, all, joined: all.join(' '), spelled: spell };
    if (this.textMemo.size >= TEXT_MEMO_LIMIT) this.textMemo.clear();
    this.textMemo.set(text, result);
    return result;
  }

  /** Diacritic-exact terms of the words of a text that carry diacritics, joined by spaces. */
  private exactTermsOf(text: string): string {
    let out = '';
    for (const t of tokenize(text)) {
      let term = this.exactMemo.get(t.text);
      if (term === undefined) {
        term = hasDiacritics(t.text) ? exactTerm(t.text) : '';
        if (this.exactMemo.size >= TEXT_MEMO_LIMIT) this.exactMemo.clear();
        this.exactMemo.set(t.text, term);
      }
      if (term) out = out ? out + ' ' + term : term;
    }
    return out;
  }

  get size(): number {
    return this.docs.length;
  }

  doc(i: number): SearchDocument | undefined {
    return this.docs[i];
  }

  position(id: string): number | undefined {
    return (this.positions ??= new Map(this.docs.map((d, i) => [d.id, i]))).get(id);
  }

  /** Documents whose `field` has `term`, per field (in the order they were added: ranking is ours). */
  postings(term: string, fields: readonly SearchField[] = SEARCH_FIELDS): { field: SearchField; ids: number[] }[] {
    const out: { field: SearchField; ids: number[] }[] = [];
    for (const field of fields) {
      const ids = this.flex[field].search(term, { limit: this.docs.length || 1 }) as number[];
      if (ids.length) out.push({ field, ids });
    }
    return out;
  }

  /** The words of a document's name or summary with their terms, computed when first needed. */
  textTerms(i: number, field: 'name' | 'summary'): TextTerms {
    const key = `${field}:${i}`;
    let cached = this.texts.get(key);
    if (!cached) {
      const text = this.doc(i)?.[field] ?? '';
      const tokens = tokenize(text);
      const terms = tokens.map((t) => this.termOf(t.text));
      cached = { tokens, terms, spans: this.synonyms.match(terms, true) };
      this.texts.set(key, cached);
    }
    return cached;
  }

  /** The name and each alias of a document as terms, computed when first needed. */
  labelTerms(i: number): LabelTerms[] {
    let labels = this.labels.get(i);
    if (!labels) {
      const doc = this.doc(i);
      labels = doc
        ? [doc.name, ...doc.aliases].map((text) => {
            const { terms, spans, all } = this.termsOf(text);
            return { text, terms, present: new Set(all), spans, exact: new Set(tokenize(text).map((t) => exactKey(t.text))) };
          })
        : [];
      this.labels.set(i, labels);
    }
    return labels;
  }
}
