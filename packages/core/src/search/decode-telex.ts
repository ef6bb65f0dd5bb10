/**
 * Telex typed with the input method switched off: "giaasy phesp" was meant as "giấy phép".
 * A second a/e/o adds a circumflex, w a horn or breve, dd is đ, and s f r x j (z clears) are the
 * tone keys, which Telex accepts anywhere after the vowel.
 */
import { addCircumflex, addHorn, isVietnameseSyllable, isVowel, placeTone, type Tone } from './vietnamese-syllable.js';

const TONE_KEYS: Record<string, Tone> = { s: 1, f: 2, r: 3, x: 4, j: 5 };
const INITIAL = /^(ngh|ng|nh|ch|gh|kh|ph|qu|th|tr|[bcdghklmnprstvx])?/;

/**
 * The syllable a Telex keystroke sequence spells ("dduwowcj" → "được"), or undefined when the
 * word carries no Telex keys or does not spell a Vietnamese syllable (English words, names).
 */
export function decodeTelex(word: string): string | undefined {
  if (word.length > 14 || !/^[a-z]+$/.test(word)) return undefined;
  let initial = '';
  let rest = word;
  let changed = false;
  if (rest.startsWith('dd')) {
    initial = 'đ';
    rest = rest.slice(2);
    changed = true;
  } else {
    initial = INITIAL.exec(rest)?.[0] ?? '';
    rest = rest.slice(initial.length);
  }
  const letters: string[] = [];
  let tone: Tone = 0;
  let seenVowel = false;
  for (const ch of rest) {
    const toneKey = TONE_KEYS[ch];
    if (seenVowel && toneKey !== undefined) {
      tone = toneKey;
      changed = true;
    } else if (seenVowel && ch === 'z') {
      tone = 0;
      changed = true;
    } else if (ch === 'w') {
      changed = true;
      if (!addHorn(letters, true)) {
        letters.push('ư');
        seenVowel = true;
      }
    } else if ((ch === 'a' || ch === 'e' || ch === 'o') && seenVowel && letters.includes(ch)) {
      // Telex takes the second a/e/o even after the final: "giaya" is "giây".
      addCircumflex(letters, ch);
      changed = true;
    } else {
      letters.push(ch);
      if (isVowel(ch)) seenVowel = true;
    }
  }
  if (!changed) return undefined;
  const base = initial + letters.join('');
  return isVietnameseSyllable(base) ? placeTone(base, tone) : undefined;
}
