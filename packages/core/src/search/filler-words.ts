/**
 * Words citizens wrap around what they want: "thủ tục … như thế nào", "làm … cần gì", "how do I
 * get a …". They still count when a label has them, but a result is not asked to contain them:
 * a page about marriage registration rarely says "thủ tục".
 */
import type { TermOf } from './term-of.js';
import { tokenize } from './tokenize.js';

const FILLERS: Record<string, string[]> = {
  vi: [
    'thủ tục', 'hồ sơ', 'làm', 'xin', 'cần', 'gì', 'như thế nào', 'thế nào', 'ra sao', 'ở đâu', 'bao lâu', 'bao nhiêu',
    'cho', 'của', 'và', 'là', 'được', 'tôi', 'mình', 'muốn', 'cách', 'để', 'ở', 'tại', 'với', 'những', 'các', 'thì', 'nào',
  ],
  en: [
    'a', 'an', 'the', 'for', 'of', 'to', 'my', 'our', 'in', 'on', 'at', 'how', 'do', 'does', 'i', 'we', 'what', 'where',
    'need', 'want', 'get', 'can', 'is', 'are', 'and', 'with', 'from', 'after', 'about',
  ],
};

/** The filler phrases of a locale as runs of terms, longest first (none for a locale without a list). */
export function fillerPhrases(locale: string, termOf: TermOf): string[][] {
  const phrases = FILLERS[locale.split('-')[0]!] ?? [];
  return phrases.map((p) => tokenize(p).map((t) => termOf(t.text))).sort((a, b) => b.length - a.length);
}

/**
 * Which of a query's terms are filler: those inside a filler phrase ("hồ sơ" is filler, "hộ"
 * alone is not). Longest phrase first, left to right.
 */
export function fillerPositions(terms: readonly string[], phrases: readonly string[][]): boolean[] {
  const filler = terms.map(() => false);
  for (let i = 0; i < terms.length; ) {
    const phrase = phrases.find((p) => p.every((t, k) => terms[i + k] === t));
    if (phrase) {
      filler.fill(true, i, i + phrase.length);
      i += phrase.length;
    } else i++;
  }
  return filler;
}
