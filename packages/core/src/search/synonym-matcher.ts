/**
 * Catalog synonyms as concepts. Every phrase of a synonym set stands for one concept term, added
 * to a field wherever the phrase occurs there and put in place of the phrase in a query, so
 * "bằng lái", "GPLX" and "giấy phép lái xe" find each other with one index lookup.
 */
import type { SynonymSet } from '../catalog/model.js';
import type { TermOf } from './term-of.js';
import { tokenize } from './tokenize.js';

/** A run of terms that spells a synonym phrase. */
export interface SynonymSpan {
  start: number;
  /** Exclusive. */
  end: number;
  concept: string;
  /** The phrase as the synonym set writes it ("giấy phép lái xe"), for "did you mean". */
  text: string;
}

/** Prefix of concept terms: no folded word starts with it. */
export const CONCEPT_PREFIX = '~';

export class SynonymMatcher {
  /** First term → phrases starting with it, longest first. */
  private readonly phrases = new Map<string, { terms: string[]; concept: string; text: string }[]>();
  /** Every term of every phrase, so abbreviations are known words rather than typos. */
  readonly terms = new Set<string>();
  readonly conceptCount: number;

  constructor(sets: readonly SynonymSet[], locale: string, termOf: TermOf) {
    // Sets that share a phrase are one concept: otherwise a phrase would stand for two.
    const conceptOf = new Map<string, number>();
    const written = new Map<string, string>();
    const parent: number[] = [];
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    const applicable = sets.filter((s) => !s.locale || s.locale === locale);
    applicable.forEach((set, i) => {
      parent[i] = i;
      for (const phrase of set.terms) {
        const key = this.termsOf(phrase, termOf).join(' ');
        if (!key) continue;
        const other = conceptOf.get(key);
        if (other === undefined) {
          conceptOf.set(key, i);
          written.set(key, phrase.trim());
        } else parent[find(i)] = find(other);
      }
    });
    const ids = new Map<number, string>();
    for (const [key, set] of conceptOf) {
      const root = find(set);
      let concept = ids.get(root);
      if (!concept) ids.set(root, (concept = CONCEPT_PREFIX + ids.size.toString(36)));
      const terms = key.split(' ');
      for (const t of terms) this.terms.add(t);
      const list = this.phrases.get(terms[0]!) ?? [];
      list.push({ terms, concept, text: written.get(key)! });
      list.sort((a, b) => b.terms.length - a.terms.length);
      this.phrases.set(terms[0]!, list);
    }
    this.conceptCount = ids.size;
  }

  private termsOf(phrase: string, termOf: TermOf): string[] {
    return tokenize(phrase).map((t) => termOf(t.text)).filter(Boolean);
  }

  /**
   * Phrases found in a run of terms, left to right. A query reads them longest first and not
   * overlapping; an indexed text takes every phrase (`overlapping`), so "sổ hộ khẩu" stands
   * for both its own concept and that of "hộ khẩu".
   */
  match(terms: readonly string[], overlapping = false): SynonymSpan[] {
    const spans: SynonymSpan[] = [];
    for (let i = 0; i < terms.length; ) {
      const candidates = this.phrases.get(terms[i]!);
      const found = candidates?.filter((p) => p.terms.every((t, k) => terms[i + k] === t)) ?? [];
      for (const p of overlapping ? found : found.slice(0, 1)) spans.push({ start: i, end: i + p.terms.length, concept: p.concept, text: p.text });
      i += !overlapping && found[0] ? found[0].terms.length : 1;
    }
    return spans;
  }
}
