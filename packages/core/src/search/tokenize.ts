/** Words of a text with their UTF-16 offsets in it, so matches can be shown on the original. */

export interface Token {
  /** The word as written (any Unicode form). */
  text: string;
  start: number;
  end: number;
}

/**
 * Numbers with dots or commas stay one word ("2.000488", "200.000"); letters keep their
 * combining marks and inner apostrophes ("driver's"). Everything else separates words.
 */
const WORD = /\d+(?:[.,]\d+)+|[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*/gu;

/** Longest word kept: a pasted hash or a run of letters is no use to a search. */
export const MAX_WORD_LENGTH = 40;

export function tokenize(text: string, maxTokens = Number.MAX_SAFE_INTEGER): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    if (tokens.length >= maxTokens) break;
    const word = m[0].length > MAX_WORD_LENGTH ? m[0].slice(0, MAX_WORD_LENGTH) : m[0];
    tokens.push({ text: word, start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}
