/**
 * Vietnamese syllables: tones as data, and where a tone mark sits.
 *
 * A syllable is an initial consonant, a vowel nucleus, and an optional final. The tone mark
 * sits on one vowel of the nucleus, and two conventions disagree for open "oa", "oe", "uy":
 * the old one writes "hòa", "thủy", the new one "hoà", "thuỷ". Both spell the same word, so
 * matching compares tones as data ({@link exactKey}) rather than mark positions.
 */

/** 0 = level (ngang), then sắc, huyền, hỏi, ngã, nặng: the order VNI numbers them 1–5. */
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

const TONE_MARKS = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;
const TONE_OF_MARK = new Map<string, Tone>([
  ['\u0301', 1],
  ['\u0300', 2],
  ['\u0309', 3],
  ['\u0303', 4],
  ['\u0323', 5],
  // Combining acute/grave tone marks that some old encodings produce.
  ['\u0341', 1],
  ['\u0340', 2],
]);

const VOWELS = 'aăâeêioôơuưy';
const MARKED_VOWELS = 'ăâêôơư';
const I_Y_VARIANT = /^(ngh|ng|nh|ch|gh|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?y$/;

/** Splits a word into its tone and the word without tone marks (vowel marks and đ kept), NFC. */
export function splitTone(word: string): { base: string; tone: Tone } {
  let tone: Tone = 0;
  let base = '';
  for (const ch of word.normalize('NFD')) {
    const t = TONE_OF_MARK.get(ch);
    if (t === undefined) base += ch;
    else tone = t;
  }
  return { base: base.normalize('NFC'), tone };
}

/**
 * The diacritic-exact form of a word, the same wherever its tone mark sits and whatever the
 * Unicode form: "hoà" and "hòa" give "hoa2", "giấy" gives "giây1", "kí" and "ký" give "ki1".
 */
export function exactKey(word: string): string {
  const { base, tone } = splitTone(word.toLowerCase());
  const spelled = I_Y_VARIANT.test(base) ? base.slice(0, -1) + 'i' : base;
  return tone ? spelled + tone : spelled;
}

export type TonePlacement = 'old' | 'new';

/**
 * Writes a toneless lower-case syllable with its tone mark on the right vowel, in NFC.
 * `old` puts it on the first vowel of open "oa", "oe", "uy" (hòa); `new` on the second (hoà).
 */
export function placeTone(syllable: string, tone: Tone, placement: TonePlacement = 'old'): string {
  const s = syllable.normalize('NFC');
  if (!tone) return s;
  const chars = [...s];
  let from = 0;
  // "qu" and "gi" + vowel: the u and i belong to the initial, not to the nucleus.
  if (s.startsWith('qu')) from = 2;
  else if (s.startsWith('gi') && chars.length > 2 && VOWELS.includes(chars[2]!)) from = 2;
  while (from < chars.length && !VOWELS.includes(chars[from]!)) from++;
  let to = from;
  while (to < chars.length && VOWELS.includes(chars[to]!)) to++;
  if (from === to) {
    // "gì", "gìn": the i of gi is the only vowel.
    const i = chars.indexOf('i');
    if (i < 0) return s;
    from = i;
    to = i + 1;
  }
  const nucleus = chars.slice(from, to).join('');
  const closed = to < chars.length;
  let target = from;
  const marked = [...nucleus].reduce((last, ch, i) => (MARKED_VOWELS.includes(ch) ? i : last), -1);
  if (marked >= 0) target = from + marked;
  else if (nucleus.length === 1) target = from;
  else if (closed) target = to - 1;
  else if (nucleus.length >= 3) target = from + 1;
  else if (placement === 'new' && (nucleus === 'oa' || nucleus === 'oe' || nucleus === 'uy')) target = from + 1;
  chars[target] = chars[target]! + TONE_MARKS[tone];
  return chars.join('').normalize('NFC');
}

const INITIAL = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?/;
const FINAL = /(ch|nh|ng|[cmnpt])?$/;
const NUCLEI = new Set([
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
  'ai', 'ao', 'au', 'âu', 'ay', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi', 'ôi', 'ơi',
  'oo', 'ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'uy', 'ưa', 'ưi', 'ươ', 'ưu', 'yê',
  'iêu', 'oai', 'oao', 'oay', 'oeo', 'uây', 'uôi', 'uya', 'uyê', 'uyu', 'ươi', 'ươu', 'yêu',
]);

/** True for a toneless lower-case string shaped like one Vietnamese syllable. */
export function isVietnameseSyllable(base: string): boolean {
  const initial = INITIAL.exec(base)?.[0] ?? '';
  let rest = base.slice(initial.length);
  const final = FINAL.exec(rest)?.[0] ?? '';
  rest = rest.slice(0, rest.length - final.length);
  if (!rest) return initial === 'gi';
  return NUCLEI.has(rest) || (initial === 'gi' && NUCLEI.has('i' + rest));
}

const HORN: Record<string, string> = { o: 'ơ', u: 'ư' };
const CIRCUMFLEX: Record<string, string> = { a: 'â', e: 'ê', o: 'ô' };

/**
 * Adds a horn (or, with `breve`, the breve of ă) to the last vowel that takes it, in place:
 * "uo" becomes "ươ" together, as both IMEs do. False when no vowel takes the mark.
 */
export function addHorn(letters: string[], breve: boolean): boolean {
  for (let i = letters.length - 1; i >= 0; i--) {
    const ch = letters[i]!;
    if (ch === 'o' && letters[i - 1] === 'u') {
      letters[i - 1] = 'ư';
      letters[i] = 'ơ';
      return true;
    }
    if (HORN[ch]) {
      letters[i] = HORN[ch];
      return true;
    }
    if (breve && ch === 'a') {
      letters[i] = 'ă';
      return true;
    }
  }
  return false;
}

/** Adds a circumflex to the last a, e or o, in place. False when there is none. */
export function addCircumflex(letters: string[], only?: string): boolean {
  for (let i = letters.length - 1; i >= 0; i--) {
    const ch = letters[i]!;
    if (CIRCUMFLEX[ch] && (!only || ch === only)) {
      letters[i] = CIRCUMFLEX[ch];
      return true;
    }
  }
  return false;
}

/** True for a vowel letter, with or without vowel marks (no tone). */
export function isVowel(ch: string): boolean {
  return VOWELS.includes(ch);
}
