/**
 * Folding: the form under which Vietnamese text matches whatever a citizen types.
 * Tones and vowel marks go, đ becomes d (Unicode does not decompose đ, so NFD alone misses it),
 * case goes, and the i/y spelling variants (kí/ký, lí/lý, qui/quy) meet.
 */

const MARKS = /\p{M}+/gu;
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Text without tones, vowel marks or case; đ/Đ → d. Accepts NFC, NFD or a mix; compatibility
 * forms (full-width "ＧＰＬＸ", ligatures) become their plain letters (NFKD).
 */
export function foldText(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/**
 * A syllable whose only vowel is a final y after a consonant (or nothing) is written with i by
 * some and with y by others: "kỹ"/"kĩ", "lý"/"lí", "quý"/"quí", "y tế"/"i tế".
 */
const I_Y_VARIANT = /^(ngh|ng|nh|ch|gh|kh|ph|qu|th|tr|[bcdghklmnprstvx])?y$/;

/** Folds one word and meets the i/y spelling variants on i. */
export function foldTerm(word: string): string {
  const folded = foldText(word);
  return I_Y_VARIANT.test(folded) ? folded.slice(0, -1) + 'i' : folded;
}

/** True when the word carries a tone or vowel mark (or đ), i.e. the citizen typed diacritics. */
export function hasDiacritics(word: string): boolean {
  return !ASCII.test(word) && foldText(word) !== word.toLowerCase();
}
