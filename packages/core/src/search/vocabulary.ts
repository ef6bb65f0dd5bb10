/**
 * Every term of an index with its document frequency, sorted for prefix look-ups, and the way
 * each term is best written for "did you mean". Typos are found by looking up a word's edits.
 */

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
  private alphabet: string | undefined;

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
    this.alphabet = undefined;
  }

  /** Records terms of a name or alias. */
  addLabelled(terms: readonly string[]): void {
    for (const term of terms) this.inLabels.add(term);
  }

  /** Whether some name or alias has the term. */
  labelled(term: string): boolean {
    return this.inLabels.has(term);
  }

  /**
   * Forgets the per-document bookkeeping once every document is counted, and sorts the terms for
   * completions now, within the index's build, so the first keystroke does not pay for it.
   */
  doneCounting(): void {
    this.lastDocument.clear();
    this.sorted = [...this.counts.keys()].sort();
    // Again after a load: a chunked index learns its numbers (codes.json) after its words.
    this.alphabet = undefined;
    this.letters();
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
   * Terms one edit (insert, delete, substitute, swap) from `word`, most frequent first. The
   * word's few hundred one-edit variants are looked up rather than the vocabulary scanned, so a
   * typo costs microseconds at 10,000 procedures and nothing has to be built first.
   */
  oneEditFrom(word: string, limit: number): TermCount[] {
    const found = new Set<string>();
    for (const variant of oneEditVariants(word, this.letters())) if (variant !== word && this.isWord(variant)) found.add(variant);
    return this.byCount(found, limit);
  }

  /**
   * Terms that `word` becomes with two letters deleted, or one deleted and a neighbouring pair
   * swapped ("khhaii" → "khai"): the commonest two-edit slips (a doubled key, an extra letter),
   * found with a hundred look-ups, not a scan. For guesses when nothing matches.
   */
  twoEditsFrom(word: string, limit: number): TermCount[] {
    const found = new Set<string>();
    for (const first of oneEditVariants(word, '')) {
      for (const second of oneEditVariants(first, '')) if (second.length < word.length && this.isWord(second)) found.add(second);
    }
    return this.byCount(found, limit);
  }

  /** A term that stands for a written word: not a synonym concept or a diacritic-exact term. */
  private isWord(term: string): boolean {
    return this.counts.has(term) && /^[\p{L}\p{N}]/u.test(term);
  }

  private byCount(terms: Set<string>, limit: number): TermCount[] {
    return [...terms].map((term) => ({ term, count: this.count(term) })).sort((a, b) => b.count - a.count || (a.term < b.term ? -1 : 1)).slice(0, limit);
  }

  /** The letters and digits the vocabulary's words are made of: what an insert or substitution may write. */
  private letters(): string {
    if (this.alphabet === undefined) {
      const seen = new Set<string>();
      for (const term of this.counts.keys()) for (const ch of term) if (/[\p{L}\p{N}]/u.test(ch)) seen.add(ch);
      this.alphabet = [...seen].sort().join('');
    }
    return this.alphabet;
  }
}

/**
 * Every string one edit from `word`: each letter deleted, each neighbouring pair swapped, and,
 * with `letters`, each letter replaced by and each gap filled with one of them.
 */
function oneEditVariants(word: string, letters: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) {
    out.add(word.slice(0, i) + word.slice(i + 1));
    if (i + 1 < word.length) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    for (const ch of letters) if (ch !== word[i]) out.add(word.slice(0, i) + ch + word.slice(i + 1));
  }
  for (let i = 0; i <= word.length; i++) for (const ch of letters) out.add(word.slice(0, i) + ch + word.slice(i));
  return out;
}
