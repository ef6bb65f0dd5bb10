/**
 * How a query is read before it is ranked (query-plan.ts), told by what a citizen sees: which
 * procedure comes first, what "did you mean" says, which words are highlighted, what type-ahead
 * offers. Each fixture differs only in what the reading under test looks at.
 */
import { describe, expect, it } from 'vitest';
import { createSearch, type CatalogSearch } from '../../src/index.js';
import { fixtureCatalog, FIXTURE_SYNONYMS, type ProcedureSpec } from './search-fixture.js';

const searchOf = (specs: ProcedureSpec[], locale = 'vi') => createSearch(fixtureCatalog(specs, FIXTURE_SYNONYMS), { locale });
const ids = (search: CatalogSearch, query: string) => search.search(query, { limit: 100 }).hits.map((h) => h.id);
/** The words highlighted in the name of one hit. */
function marked(search: CatalogSearch, query: string, id: string): string[] {
  const hit = search.search(query, { limit: 100 }).hits.find((h) => h.id === id);
  if (!hit) return [];
  const name = search.text(id)!.name;
  return hit.highlights.filter((h) => h.field === 'name').map((h) => name.slice(h.start, h.end));
}
const suggested = (search: CatalogSearch, query: string) => search.suggest(query).suggestions.map((s) => s.id);

describe('the word still being typed', () => {
  // "hoa" (flower) is a word of its own and the start of "hoãn" (postpone); no text has a word "ng".
  const specs: ProcedureSpec[] = [
    { id: 'postpone', vi: 'Đăng ký hoãn nghĩa vụ quân sự' },
    { id: 'flower', vi: 'Đăng ký kinh doanh hoa tươi' },
  ];
  const search = searchOf(specs);

  it('completes a half-typed last word of two letters or more, and highlights the word it completes to', () => {
    expect(marked(search, 'đăng ký ngh', 'postpone')).toEqual(['Đăng ký', 'nghĩa']);
    expect(marked(search, 'đăng ký ng', 'postpone')).toEqual(['Đăng ký', 'nghĩa']);
    expect(ids(search, 'đăng ký ng')[0]).toBe('postpone');
  });

  it('does not complete a word followed by a space: the citizen has finished it', () => {
    expect(marked(search, 'đăng ký ngh ', 'postpone')).toEqual(['Đăng ký']);
  });

  it('completes only the last word', () => {
    expect(marked(search, 'ngh đăng ký', 'postpone')).toEqual(['Đăng ký']);
  });

  it('does not complete a single letter', () => {
    expect(marked(search, 'đăng ký n', 'postpone')).toEqual(['Đăng ký']);
  });

  it('in results, a last word that is a word already is the word: "hoa" is not "hoãn"', () => {
    expect(marked(search, 'đăng ký hoa', 'postpone')).toEqual(['Đăng ký']);
    expect(ids(search, 'đăng ký hoa')[0]).toBe('flower');
  });

  it('type-ahead completes it all the same: the citizen may be typing "hoãn"', () => {
    expect(suggested(search, 'đăng ký hoa')).toEqual(['flower', 'postpone']);
  });
});

describe('words typed without the space between them', () => {
  it('reads each half as a word of its own, with its own spelling ("dangky" is "đăng ký")', () => {
    const search = searchOf([
      { id: 'postpone', vi: 'Đăng ký hoãn nghĩa vụ quân sự' },
      { id: 'flower', vi: 'Kinh doanh hoa tươi' },
    ]);
    expect(ids(search, 'dangky')).toEqual(['postpone']);
    expect(search.suggest('dangky').didYouMean).toBe('đăng ký');
  });

  it('cuts where the halves stand together in a name: "hochieu" is "hộ chiếu", not "học hiếu"', () => {
    const search = searchOf([
      { id: 'passport', vi: 'Cấp hộ chiếu phổ thông' },
      { id: 'school', vi: 'Xét tuyển học sinh' },
      { id: 'piety', vi: 'Khen thưởng con hiếu thảo' },
    ]);
    expect(ids(search, 'hochieu')).toEqual(['passport']);
    expect(search.suggest('hochieu').didYouMean).toBe('hộ chiếu');
    expect(marked(search, 'hochieu', 'passport')).toEqual(['hộ chiếu']);
  });
});
