/**
 * What a query asks for: one concept per word (or per synonym phrase), each with the index
 * terms that can stand for it and how sure we are of each — the word as typed, its Telex or
 * VNI reading, a word it was split into, a one-edit correction, or a completion of the word
 * still being typed.
 */
import { decodeTelex } from './decode-telex.js';
import { decodeVni } from './decode-vni.js';
import { hasDiacritics } from './fold-text.js';
import { fillerPositions, type Aspect } from './filler-words.js';
import type { IndexReader } from './index-reader.js';
import { tokenize } from './tokenize.js';
import { exactKey } from './vietnamese-syllable.js';
import { CONCEPT_PREFIX } from './synonym-matcher.js';
import { EXACT_PREFIX } from './search-index.js';

export interface Alternative {
  term: string;
  /** 1 for the word as typed; less for readings the engine had to guess. */
  quality: number;
}

export interface QueryConcept {
  /** The words of the query it stands for, as typed. */
  words: string[];
  alternatives: Alternative[];
  /** Diacritic-exact keys of the words, when the citizen typed (or keyed) diacritics. */
  exact: string[];
  /** The index terms of those keys, looked up in names and aliases (none for a synonym concept). */
  exactTerms: string[];
  /** Inverse document frequency: rare words decide more than common ones. */
  weight: number;
  /**
   * What the concept counts for coverage: its weight, or a third of it for a word that no name or
   * alias has ("passed", "away", "thua lỗ"): such words describe a situation more than they name
   * a procedure, and a rare one must not sink the words that do.
   */
  coverage: number;
  /** A filler word ("thủ tục", "làm", "the"): it adds to a score but a result need not have it. */
  optional: boolean;
  /** How the engine read words it had to decode or correct, written out, for "did you mean". */
  correction?: string;
}

export interface QueryPlan {
  concepts: QueryConcept[];
  /** Words that match nothing in the catalog, even corrected. */
  unknown: string[];
  /**
   * What coverage is measured against: the weights of the concepts that are not optional, plus,
   * for each unknown word, their mean weight, so "<script>alert(1)</script>" is not a query for "1".
   */
  weight: number;
  /** The part of the procedure the query asks about ("bao nhiêu tiền" → fees), if it says. */
  aspect?: Aspect;
  /**
   * True when nothing the query names can be looked for: only unknown words, short numbers and
   * single letters (with filler words). Such a query finds nothing rather than everything.
   */
  nothingToFind: boolean;
  /**
   * Set when the last word is a single letter still being typed ("đăng k"): among the unknown
   * words, but it says nothing yet about which language the query is in.
   */
  typing?: boolean;
}

/** Queries are cut here: 10,000 pasted characters must not cost 10,000 characters of work. */
export const MAX_QUERY_CHARS = 256;
export const MAX_QUERY_WORDS = 16;

const QUALITY = { typed: 1, keyed: 0.95, keyedAmbiguous: 0.5, split: 0.9, typo: 0.75, completion: 0.7 } as const;
const MIN_TYPO_LENGTH = 5;
const FORMAT_CHARACTERS = /\p{Cf}/gu;
const UNLABELLED = 1 / 3;
const COMPLETIONS = 8;

export interface PlanOptions {
  /**
   * Complete the last word when the query does not end in a space: `always` for type-ahead
   * suggestions, `unknown` for results (only a word that is not a word yet, "giấy ph", is taken
   * as unfinished: completing "cho" to "chọn", "chống"… would drown a finished query).
   */
  complete: 'always' | 'unknown';
}

/**
 * The query as it is read: cut to its first characters, compatibility forms as their plain
 * letters (NFKC: "ＧＰＬＸ" is "GPLX"), zero-width and other format characters dropped.
 */
export function queryText(query: string): string {
  return (query.length > MAX_QUERY_CHARS ? query.slice(0, MAX_QUERY_CHARS) : query).normalize('NFKC').replace(FORMAT_CHARACTERS, '');
}

export function planQuery(query: string, index: IndexReader, options: PlanOptions): QueryPlan {
  // NFKC: full-width and other compatibility forms ("ＧＰＬＸ") read as their plain letters.
  const text = queryText(query);
  const tokens = tokenize(text, MAX_QUERY_WORDS);
  const open = tokens.length > 0 && tokens[tokens.length - 1]!.end === text.length;
  const known = (term: string) => index.vocabulary.has(term) || index.synonyms.terms.has(term);
  const concepts: QueryConcept[] = [];
  const unknown: string[] = [];
  let typing = false;

  tokens.forEach((token, k) => {
    const raw = index.termOf(token.text);
    if (!raw) return;
    const lower = token.text.toLowerCase();
    const alternatives: Alternative[] = [];
    const exact = hasDiacritics(token.text) ? [exactKey(token.text)] : [];
    const add = (term: string, quality: number) => {
      if (!alternatives.some((a) => a.term === term)) alternatives.push({ term, quality });
    };
    let correction: string | undefined;
    // A filler word the catalog never uses is still a filler, not an unknown word.
    if (known(raw) || index.fillerTerms.has(raw)) add(raw, QUALITY.typed);
    // Keystrokes typed with the input method off: the citizen meant the diacritics. Only in the
    // Vietnamese index: in English "bar" and "how" are words, not "bả" and "hơ".
    for (const decoded of index.vietnamese ? [decodeTelex(lower), decodeVni(lower)] : []) {
      if (!decoded) continue;
      const term = index.termOf(decoded);
      if (term === raw || !known(term)) continue;
      if (!alternatives.length) correction = decoded;
      add(term, known(raw) ? QUALITY.keyedAmbiguous : QUALITY.keyed);
      // Only a reading the engine relies on says which diacritics the citizen meant.
      if (!known(raw)) exact.push(exactKey(decoded));
    }
    const last = k === tokens.length - 1;
    if (!alternatives.length) {
      const split = splitJoined(raw, index);
      if (split) {
        // Both halves stand for the one word typed: they share its list of words (see mergeSynonyms).
        const words = [token.text];
        for (const part of split) concepts.push(concept(words, [{ term: part, quality: QUALITY.split }], [], index, index.vocabulary.spelling(part)));
        return;
      }
      if (raw.length >= MIN_TYPO_LENGTH) {
        for (const near of index.vocabulary.oneEditFrom(raw, 2)) add(near.term, QUALITY.typo);
        if (alternatives.length) correction = index.vocabulary.spelling(alternatives[0]!.term);
      }
    }
    if (last && open && raw.length >= 2 && (options.complete === 'always' || !alternatives.length)) {
      for (const c of index.vocabulary.completions(raw, COMPLETIONS)) add(c.term, QUALITY.completion);
    }
    if (!alternatives.length) {
      unknown.push(token.text);
      typing = last && open && raw.length < 2;
      return;
    }
    concepts.push(concept([token.text], alternatives, exact, index, correction));
  });

  const merged = mergeSynonyms(concepts, index);
  const withDiacritics = concepts.some((c) => c.exact.length > 0);
  const roles = fillerPositions(
    merged.map((c) => (c.words.length === 1 ? c.alternatives[0]!.term : '')),
    index.fillers,
    merged.map((c) => meant(c, withDiacritics, index)),
  );
  const weak = merged.map(isWeak);
  const names = merged.filter((_, i) => !roles[i] && !weak[i]);
  const plan: QueryPlan = { concepts: merged, unknown, weight: 0, nothingToFind: false };
  if (typing) plan.typing = true;
  const aspect = roles.find((r) => r?.aspect)?.aspect;
  if (aspect) plan.aspect = aspect;
  if (names.length) merged.forEach((c, i) => (c.optional = !!roles[i] || weak[i]!));
  // Only unknown words, numbers and letters: "%_% OR 1=1" must not find every "1" in the catalog.
  else if (unknown.length || weak.some(Boolean)) return { ...plan, concepts: [], nothingToFind: true };
  // A query made only of filler words ("làm gì") asks for them.
  const namedWeight = merged.reduce((sum, c) => sum + (c.optional ? 0 : c.coverage), 0);
  const asked = merged.filter((c) => !c.optional).length;
  plan.weight = namedWeight + (asked ? (new Set(unknown.map((w) => w.toLowerCase())).size * namedWeight) / asked : 0);
  return plan;
}

/**
 * The diacritic-exact key of a word, when the citizen typed the query with diacritics (then a
 * word without any is a level-tone word: "bao" in "bao nhiêu", and "đăng" is not the filler
 * "đang"). Unknown for a query typed without them, or in another language.
 */
function meant(c: QueryConcept, withDiacritics: boolean, index: IndexReader): string | undefined {
  if (!index.vietnamese || c.words.length !== 1) return undefined;
  return c.exact[0] ?? (withDiacritics ? exactKey(c.words[0]!) : undefined);
}

/** A number of one or two digits, or a single letter: too common to name a procedure by itself. */
function isWeak(c: QueryConcept): boolean {
  const term = c.alternatives[0]!.term;
  return c.words.length === 1 && (term.length === 1 || /^\d{1,2}$/.test(term));
}

function concept(words: string[], alternatives: Alternative[], exact: string[], index: IndexReader, correction?: string): QueryConcept {
  const n = index.size;
  const df = Math.max(1, ...alternatives.map((a) => index.vocabulary.count(a.term)));
  const exactTerms = alternatives.some((a) => a.term.startsWith(CONCEPT_PREFIX)) ? [] : exact.map((k) => EXACT_PREFIX + k);
  const weight = Math.log(1 + n / df);
  const labelled = alternatives.some((a) => a.term.startsWith(CONCEPT_PREFIX) || index.vocabulary.labelled(a.term));
  const c: QueryConcept = { words, alternatives, exact, exactTerms, weight, coverage: labelled ? weight : weight * UNLABELLED, optional: false };
  if (correction !== undefined) c.correction = correction;
  return c;
}

/**
 * "hochieu" → "ho", "chieu": two known words typed without the space between them. Of the ways
 * to cut, the one whose halves most often stand together in names and aliases wins ("ho chieu",
 * not "hoc hieu").
 */
function splitJoined(raw: string, index: IndexReader): [string, string] | undefined {
  if (raw.length < 4 || !/^[a-z]+$/.test(raw)) return undefined;
  let best: [string, string] | undefined;
  let bestScore = 0;
  for (let cut = 2; cut <= raw.length - 2; cut++) {
    // Each half is a word of its own: "dangky" is "đăng" and "ký", whose term is "ki".
    const a = index.termOf(raw.slice(0, cut));
    const b = index.termOf(raw.slice(cut));
    if (!index.vocabulary.has(a) || !index.vocabulary.has(b)) continue;
    const inLabels = (term: string) => new Set(index.postings(term, LABEL_FIELDS).flatMap((p) => p.ids));
    const withA = inLabels(a);
    let together = 0;
    for (const id of inLabels(b)) if (withA.has(id)) together++;
    const score = together + Math.min(index.vocabulary.count(a), index.vocabulary.count(b)) / (index.size + 1);
    if (score > bestScore) {
      best = [a, b];
      bestScore = score;
    }
  }
  return best;
}

const LABEL_FIELDS = ['name', 'aliases'] as const;

/** Runs of concepts that spell a synonym phrase become the phrase's concept. */
function mergeSynonyms(concepts: QueryConcept[], index: IndexReader): QueryConcept[] {
  const primary = concepts.map((c) => c.alternatives[0]!.term);
  const spans = index.synonyms.match(primary);
  if (!spans.length) return dedupe(concepts);
  const out: QueryConcept[] = [];
  let at = 0;
  for (const span of spans) {
    out.push(...concepts.slice(at, span.start));
    const parts = concepts.slice(span.start, span.end);
    // The two halves of a word typed without its space ("laixe") are that word once.
    const words = parts.flatMap((p, i) => (i > 0 && p.words === parts[i - 1]!.words ? [] : p.words));
    const exact = parts.flatMap((p) => p.exact);
    // A phrase the engine had to decode or correct reads as the catalog writes it.
    const corrected = parts.some((p) => p.correction !== undefined);
    out.push(concept(words, [{ term: span.concept, quality: 1 }], exact, index, corrected ? span.text : undefined));
    at = span.end;
  }
  out.push(...concepts.slice(at));
  return dedupe(out);
}

/** A word typed twice asks once. */
function dedupe(concepts: QueryConcept[]): QueryConcept[] {
  const seen = new Set<string>();
  return concepts.filter((c) => {
    const key = c.alternatives.map((a) => a.term).join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
