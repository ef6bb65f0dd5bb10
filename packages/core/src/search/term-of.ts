/** The index term of a word: the one place where folding and stemming are decided per locale. */
import { foldTerm } from './fold-text.js';
import { stemEnglish } from './stem-english.js';

export type TermOf = (word: string) => string;

/** Words remembered per locale: a catalog repeats a few thousand words, and folding (NFD) is not free. */
const MEMO_LIMIT = 50_000;

/** How words of a locale become index terms: folded everywhere, and stemmed for English. */
export function termOfLocale(locale: string): TermOf {
  const english = locale === 'en' || locale.startsWith('en-');
  const memo = new Map<string, string>();
  return (word) => {
    let term = memo.get(word);
    if (term === undefined) {
      term = english ? stemEnglish(foldTerm(word)) : foldTerm(word).replace(/['’]/g, '');
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(word, term);
    }
    return term;
  };
}
