/** Text from a catalog made safe for one terminal line: no escape sequence from a file ever reaches the terminal raw. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Control characters become visible codes (`\u001b`); tabs and line breaks a space. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => (c === '\t' || c === '\n' || c === '\r' ? ' ' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** Whole output (several lines, JSON): keeps tabs and line breaks, shows every other control character as `\u…`, which JSON reads back as the same character. */
export function terminalSafe(text: string): string {
  return text.replace(UNPRINTABLE, (c) => (c === '\t' || c === '\n' ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
