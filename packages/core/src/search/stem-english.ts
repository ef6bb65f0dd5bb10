/**
 * Light English stemming for folded words: plurals, possessives, -ing, -ed, -ment, -ation, final
 * e and y, so "licences"/"licence"/"license", "registration"/"registering"/"register",
 * "married"/"marry" meet. It is
 * deliberately weaker than Porter's: the catalog's words are few, and over-stemming merges
 * "permanent" with "permit".
 */
export function stemEnglish(word: string): string {
  let w = word.replace(/['’]s?$/, '');
  if (w.length <= 3 || !/^[a-z]+$/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('ed') && w.length > 4) w = undouble(w.slice(0, -2));
  // Nouns of action meet their verbs: registration/register, confirmation/confirm,
  // exemption/exempt, replacement/replace.
  if (w.endsWith('ment') && w.length > 7) w = w.slice(0, -4);
  else if (w.endsWith('stration')) w = w.slice(0, -6) + 'er';
  else if (w.endsWith('ation') && w.length > 8) w = w.slice(0, -5);
  else if (/[^aeiou][ts]ion$/.test(w) && w.length > 6) w = w.slice(0, -3);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('y') && w.length > 3) w = w.slice(0, -1) + 'i';
  // British and American spellings meet: licence/license, authorise/authorize.
  if (w.endsWith('ens')) w = w.slice(0, -1) + 'c';
  else if (w.endsWith('is') && w.length > 5) w = w.slice(0, -1) + 'z';
  return w;
}

/** "runn" → "run", "registr" stays: a doubled final consonant left by -ing or -ed. */
function undouble(w: string): string {
  return /([bdfgmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}
