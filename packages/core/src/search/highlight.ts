/**
 * Match ranges on the original text of a hit's name and summary. Ranges, not HTML: the
 * embedder decides how a match looks, and nothing from the catalog is ever parsed as markup.
 */
import type { IndexReader } from './index-reader.js';

export interface Highlight {
  field: 'name' | 'summary';
  /** UTF-16 offsets into the text (`end` exclusive): `name`, or the plain text of the summary. */
  start: number;
  end: number;
}

/** Most ranges returned per field: a long summary full of one common word is not helped by 200. */
const MAX_RANGES = 24;

/** Ranges in the `field` text of document `doc` where the query's terms (or synonym phrases) are. */
export function highlight(field: Highlight['field'], doc: number, wanted: ReadonlySet<string>, index: IndexReader): Highlight[] {
  if (!wanted.size) return [];
  const text = index.doc(doc)?.[field] ?? '';
  const { tokens, terms, spans } = index.textTerms(doc, field);
  const marked = new Uint8Array(tokens.length);
  terms.forEach((t, i) => {
    if (wanted.has(t)) marked[i] = 1;
  });
  for (const span of spans) if (wanted.has(span.concept)) marked.fill(1, span.start, span.end);

  const ranges: Highlight[] = [];
  tokens.forEach((token, i) => {
    if (!marked[i]) return;
    const previous = ranges[ranges.length - 1];
    // Neighbouring words separated only by spaces read as one match: "giấy phép lái xe".
    if (previous && marked[i - 1] && /^\s+$/.test(text.slice(previous.end, token.start))) previous.end = token.end;
    else if (ranges.length < MAX_RANGES) ranges.push({ field, start: token.start, end: token.end });
  });
  return ranges;
}
