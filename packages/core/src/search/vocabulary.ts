/**
 * Every term of an index with its document frequency, sorted for prefix look-ups and bucketed by
 * length for typo look-ups, and the way each term is best written for "did you mean".
 */
import { editDistance } from './edit-distance.js';

export interface TermCount {
  term: string;
  /** How many documents contain it. */
  count: number;
}

/** Terms with their counts, and spellings that differ from the term. */
export interface VocabularyData {
  terms: [string, number][];
  spellings: [string, string][];
  /** Terms that some name or alias has. */
  labelled?: string[];
}

export class Vocabulary {
  private readonly counts = new Map<string, number>();
  private readonly written = new Map<string, string>();
  private readonly inLabels = new Set<string>();
  private sorted: string[] | undefined;
  private byLength: Map<number, string[]> | undefined;
  private deletions: Map<string, string[]> | undefined;

  /** The last document counted for each term, so a term counts once per document. */
  private readonly lastDocument = new Map<string, number>();

  /** Counts the terms of document `doc` (a number that grows with each document), each once. */
  addTerms(terms: readonly string[], doc: number): void {
    for (const term of terms) {
      if (this.lastDocument.get(term) === doc) continue;
      this.lastDocument.set(term, doc);
      this.counts.set(term, (this.counts.get(term) ?? 0) + 1);
    }
    this.sorted = undefined;
    this.byLength = undefined;
    this.deletions = undefined;
  }

  /** Records terms of a name or alias. */
  addLabelled(terms: readonly string[]): void {
    for (const term of terms) this.inLabels.add(term);
  }

  /** Whether some name or alias has the term. */
  labelled(term: string): boolean {
    return this.inLabels.has(term);
  }

  /** Forgets the per-document bookkeeping once every document is counted. */
  doneCounting(): void {
    this.lastDocument.clear();
  }

  /** Remembers how a term is written (the first spelling seen wins: names come first). */
  addSpelling(term: string, word: string): void {
    if (!this.written.has(term)) this.written.set(term, word);
  }

  toJSON(): VocabularyData {
    return { terms: [...this.counts], spellings: [...this.written].filter(([term, word]) => term !== word), labelled: [...this.inLabels] };
  }

  load(data: VocabularyData): void {
    for (const [term, count] of data.terms) this.counts.set(term, count);
    for (const [term, word] of data.spellings) this.written.set(term, word);
    for (const term of data.labelled ?? []) this.inLabels.add(term);
  }

  has(term: string): boolean {
    return this.counts.has(term);
  }

  count(term: string): number {
    return this.counts.get(term) ?? 0;
  }

  get size(): number {
    return this.counts.size;
  }

  /** The term as the catalog writes it ("giay" → "giấy"), or the term itself. */
  spelling(term: string): string {
    return this.written.get(term) ?? term;
  }

  /** Terms that start with `prefix` (not the prefix itself), most frequent first. */
  completions(prefix: string, limit: number): TermCount[] {
    const sorted = (this.sorted ??= [...this.counts.keys()].sort());
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: TermCount[] = [];
    for (let i = lo; i < sorted.length && sorted[i]!.startsWith(prefix); i++) {
      if (sorted[i] !== prefix) found.push({ term: sorted[i]!, count: this.count(sorted[i]!) });
    }
    return found.sort((a, b) => b.count - a.count || (a.term < b.term ? -1 : 1)).slice(0, limit);
  }

  /**
   * Terms one edit from `word`, most frequent first. Two words one edit apart share a string
   * with one letter deleted (or are that string), so a map from such strings to terms finds
   * them without comparing `word` with every term: the query stays fast at 10,000 procedures.
   */
  oneEditFrom(word: string, limit: number): TermCount[] {
    if (!this.deletions) {
      this.deletions = new Map();
      for (const term of this.counts.keys()) for (const key of withOneDeleted(term)) {
        const list = this.deletions.get(key);
        if (list) list.push(term);
        else this.deletions.set(key, [term]);
      }
    }
    const found = new Set<string>();
    for (const key of withOneDeleted(word)) {
      for (const term of this.deletions.get(key) ?? []) if (term !== word && editDistance(word, term, 1) === 1) found.add(term);
    }
    return [...found].map((term) => ({ term, count: this.count(term) })).sort((a, b) => b.count - a.count || (a.term < b.term ? -1 : 1)).slice(0, limit);
  }

  /** Terms within `edits` of `word`, closest then most frequent first (scans: for rare use). */
  near(word: string, edits: number, limit: number): (TermCount & { distance: number })[] {
    if (!this.byLength) {
      this.byLength = new Map();
      for (const term of this.counts.keys()) {
        const list = this.byLength.get(term.length) ?? [];
        list.push(term);
        this.byLength.set(term.length, list);
      }
    }
    const found: (TermCount & { distance: number })[] = [];
    for (let length = word.length - edits; length <= word.length + edits; length++) {
      for (const term of this.byLength.get(length) ?? []) {
        const distance = editDistance(word, term, edits);
        if (distance <= edits && distance > 0) found.push({ term, count: this.count(term), distance });
      }
    }
    return found.sort((a, b) => a.distance - b.distance || b.count - a.count || (a.term < b.term ? -1 : 1)).slice(0, limit);
  }
}

/** The word itself and the word with each one letter deleted. */
function withOneDeleted(word: string): Set<string> {
  const keys = new Set([word]);
  for (let i = 0; i < word.length; i++) keys.add(word.slice(0, i) + word.slice(i + 1));
  return keys;
}
