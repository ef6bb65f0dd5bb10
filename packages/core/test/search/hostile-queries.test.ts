import { describe, expect, it, vi } from 'vitest';
import { createSearch, type SearchResult } from '../../src/index.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { CIVIL_AND_TRANSPORT, FIXTURE_SYNONYMS, fixtureCatalog } from './search-fixture.js';

const search = createSearch(fixtureCatalog(CIVIL_AND_TRANSPORT, FIXTURE_SYNONYMS), { locale: 'vi' });

const wellFormed = (result: SearchResult) => {
  expect(Array.isArray(result.hits)).toBe(true);
  expect(result.total).toBeGreaterThanOrEqual(result.hits.length);
  expect(Number.isFinite(result.tookMs)).toBe(true);
  for (const hit of result.hits) expect(Number.isFinite(hit.score)).toBe(true);
  expect(() => JSON.stringify(result)).not.toThrow();
};

const HOSTILE: [string, string][] = [
  ['emoji', '🚗🪪 bằng lái 👍🏽'],
  ['only emoji', '😀😀😀'],
  ['10,000 characters', 'khai sinh '.repeat(1000)],
  ['one 10,000-character word', 'a'.repeat(10_000)],
  ['control characters', 'khai\u0000sinh\u0007\u001b[31m\r\n\t'],
  ['right-to-left text', 'תעודת לידה شهادة ميلاد \u202Ekhai sinh\u202C'],
  ['lone surrogates', '\uD800khai\uDFFF sinh \uD83D'],
  ['zero-width characters', 'kh\u200Bai\u200D si\uFEFFnh'],
  ['regular expression syntax', '(((?<=.*)[\\]^$|+*{2,}'],
  ['HTML', '<script>alert(1)</script><img src=x onerror=alert(1)>'],
  ['SQL', "' OR 1=1; DROP TABLE procedures; --"],
  ['prototype keys', '__proto__ constructor prototype toString hasOwnProperty'],
  ['combining marks without letters', '\u0301\u0300\u0323\u0309'],
  ['digits and punctuation', '2.000.488 ... ,,, 03/2013/TT-LLTP'],
  ['many words', Array.from({ length: 500 }, (_, i) => `từ${i}`).join(' ')],
  ['CJK', '出生登记 婚姻登记'],
  ['a concept marker', '~0 ~1 ~a'],
];

describe('any string is a query', () => {
  it.each(HOSTILE)('answers %s without throwing', (_kind, query) => {
    wellFormed(search.search(query));
    expect(() => search.suggest(query)).not.toThrow();
  });

  it('still finds what the readable part of a messy query asks for', () => {
    expect(search.search('🚗🪪 bằng lái 👍🏽').hits[0]?.id).toBe('driving-license-reissue');
    expect(search.search('khai sinh '.repeat(1000)).hits[0]?.id).toBe('birth-registration');
    expect(search.search('kh\u200Bai\u200D si\uFEFFnh').total).toBeGreaterThan(0);
  });

  it('does a bounded amount of work on a long query: index look-ups stop at the 16-word cap', () => {
    // Work counted as index look-ups and the candidates they return, on fresh engines (no memo).
    const catalog = fixtureCatalog(CIVIL_AND_TRANSPORT, FIXTURE_SYNONYMS);
    const lookups = vi.spyOn(SearchIndex.prototype, 'postings');
    const work = (query: string) => {
      lookups.mockClear();
      createSearch(catalog, { locale: 'vi' }).search(query);
      const candidates = lookups.mock.results.reduce((n, r) => n + (r.value as { ids: number[] }[]).reduce((m, p) => m + p.ids.length, 0), 0);
      return { calls: lookups.mock.calls.length, candidates };
    };
    const words = [...new Set(CIVIL_AND_TRANSPORT.flatMap((p) => p.vi.toLowerCase().split(/\s+/)))];
    expect(words.length).toBeGreaterThan(16);
    const capped = work(words.slice(0, 16).join(' '));
    expect(capped.calls).toBeGreaterThan(0);
    expect(work(words.join(' '))).toEqual(capped);
    expect(work(`${words.join(' ')} `.repeat(50))).toEqual(capped);
    // A repeated word is looked up once; 10,000 characters of it cost what two words cost.
    expect(work('khai sinh '.repeat(1000))).toEqual(work('khai sinh'));
    // Unknown words and one huge word reach no posting list at all.
    expect(work('a'.repeat(10_000))).toEqual({ calls: 0, candidates: 0 });
    expect(work(Array.from({ length: 500 }, (_, i) => `từ${i}`).join(' ')).candidates).toBe(0);
    lookups.mockRestore();
  });

  it('treats values that are not strings, sent from plain JavaScript, as the empty query', () => {
    for (const value of [undefined, null, 42, {}, ['khai sinh']]) {
      wellFormed(search.search(value as unknown as string));
      expect(() => search.suggest(value as unknown as string)).not.toThrow();
    }
  });

  it('ignores filters of the wrong shape', () => {
    wellFormed(search.search('khai sinh', { filters: { agency: 42 as unknown as string, field: [null as unknown as string], free: 'yes' as unknown as boolean } }));
    wellFormed(search.search('khai sinh', null as unknown as undefined));
  });

  it('never matches internal concept terms typed by a citizen', () => {
    expect(search.search('~0').total).toBe(0);
  });
});

describe('an empty catalog', () => {
  it('answers every query with nothing', () => {
    const empty = createSearch(fixtureCatalog([]), { locale: 'vi' });
    for (const query of ['', 'khai sinh', '🚗']) {
      const result = empty.search(query);
      expect(result.total).toBe(0);
      expect(result.hits).toEqual([]);
    }
    expect(empty.suggest('kha').suggestions).toEqual([]);
  });
});
