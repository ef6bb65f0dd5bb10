/**
 * VNI typed with the input method switched off: "gia61y phe1p" was meant as "giấy phép".
 * Digits after the letters: 1–5 are the tones, 6 a circumflex, 7 a horn, 8 a breve, 9 makes đ.
 */
import { addCircumflex, addHorn, isVietnameseSyllable, isVowel, placeTone, type Tone } from './vietnamese-syllable.js';

/**
 * The syllable a VNI keystroke sequence spells ("d9u7o7c5" → "được"), or undefined when the
 * word is not letters followed by VNI digits spelling a Vietnamese syllable ("ct01", "a4").
 */
export function decodeVni(word: string): string | undefined {
  if (word.length > 16 || !/^[a-z][a-z1-9]*$/.test(word) || !/[1-9]/.test(word)) return undefined;
  const letters: string[] = [];
  let tone: Tone = 0;
  let seenVowel = false;
  for (const ch of word) {
    if (ch >= 'a' && ch <= 'z') {
      letters.push(ch);
      if (isVowel(ch)) seenVowel = true;
      continue;
    }
    const digit = Number(ch);
    if (digit <= 5) {
      if (!seenVowel) return undefined;
      tone = digit as Tone;
    } else if (digit === 6) {
      if (!addCircumflex(letters)) return undefined;
    } else if (digit === 7) {
      if (!addHorn(letters, false)) return undefined;
    } else if (digit === 8) {
      const a = letters.lastIndexOf('a');
      if (a < 0) return undefined;
      letters[a] = 'ă';
    } else {
      const d = letters.lastIndexOf('d');
      if (d < 0) return undefined;
      letters[d] = 'đ';
    }
  }
  const base = letters.join('');
  return isVietnameseSyllable(base) ? placeTone(base, tone) : undefined;
}
