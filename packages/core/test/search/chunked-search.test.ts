/**
 * The chunked search (search-chunks.ts, chunked-search.ts) must answer exactly as the whole
 * `search.json` does: every labelled benchmark query at 1,000 procedures, same top 10, total,
 * facets and suggestions, while fetching only part of the files.
 */
import { describe, expect, it } from 'vitest';
import { corpus, sampleCatalog } from '../../bench/corpus.js';
import { allQueries } from '../../bench/query-sets.js';
import { createChunkedSearch, createSearchFromData, toSearchChunks, toSearchData, type SearchChunks } from '../../src/index.js';

/** A chunked publication in memory: files as the build writes them, fetched as JSON. */
function served(chunks: SearchChunks, fetched: string[] = []) {
  const head = JSON.parse(JSON.stringify(chunks.head));
  return createChunkedSearch(head, {
    fetchJson: async (path) => {
      fetched.push(path);
      const text = chunks.files.get(path);
      if (text === undefined) throw new Error(`${path}: not found`);
      return JSON.parse(text);
    },
  });
}

describe('chunked search', () => {
  const catalog = corpus(sampleCatalog(), 1000);

  for (const locale of ['vi', 'en']) {
    it(`answers every labelled ${locale} query as the whole search.json does, at 1,000 procedures`, { timeout: 300_000 }, async () => {
      const data = toSearchData(catalog, locale);
      const whole = createSearchFromData(JSON.parse(JSON.stringify(data)));
      const chunks = toSearchChunks(data, locale);
      const chunked = served(chunks);
      const queries = allQueries().filter((q) => q.locale === locale);
      expect(queries.length).toBeGreaterThan(40);
      for (const { q } of queries) {
        const expected = whole.search(q);
        const actual = await chunked.search(q);
        expect({ q, ids: actual.hits.map((h) => h.id), total: actual.total }).toEqual({ q, ids: expected.hits.map((h) => h.id), total: expected.total });
        expect(actual.hits.map((h) => h.highlights)).toEqual(expected.hits.map((h) => h.highlights));
        expect(actual.facets).toEqual(expected.facets);
        expect(actual.aspect).toBe(expected.aspect);
        const { suggestions, didYouMean } = whole.suggest(q);
        expect(await chunked.suggest(q)).toEqual({ suggestions, ...(didYouMean === undefined ? {} : { didYouMean }) });
        for (const hit of actual.hits) expect(chunked.text(hit.id)).toEqual(whole.text(hit.id));
      }
    });
  }

  it('finds national codes, typed whole, in part, mistyped or half typed, as the whole file does', async () => {
    const data = toSearchData(catalog, 'vi');
    const whole = createSearchFromData(data);
    const fetched: string[] = [];
    const chunked = served(toSearchChunks(data, 'vi'), fetched);
    expect((await chunked.search('hộ chiếu')).total).toBeGreaterThan(0);
    expect(fetched).not.toContain('codes.json');
    for (const q of ['2.000488', '000488', 'thủ tục 2.000489', '2.0004', '1.01419', 'mẫu CT01', 'a1234']) {
      const expected = whole.search(q);
      const actual = await chunked.search(q);
      expect({ q, ids: actual.hits.map((h) => h.id), total: actual.total }).toEqual({ q, ids: expected.hits.map((h) => h.id), total: expected.total });
      expect(await chunked.suggest(q)).toEqual(whole.suggest(q));
    }
    expect(fetched).toContain('codes.json');
  });

  it('fetches a small part of the files for one query, and no facets when none are asked', async () => {
    const chunks = toSearchChunks(catalog, 'vi');
    const fetched: string[] = [];
    const chunked = served(chunks, fetched);
    const result = await chunked.search('dang ky kết hôn', { facets: false });
    expect(result.hits[0]?.id).toBe('marriage-registration');
    expect(result.facets.agency).toEqual([]);
    expect(fetched).not.toContain('facets.json');
    expect(fetched.length).toBeLessThan(chunks.files.size / 10);
    const filtered = await chunked.search('dang ky kết hôn', { filters: { channel: 'online' } });
    expect(fetched).toContain('facets.json');
    expect(filtered.facets.channel.length).toBeGreaterThan(0);
  });

  it('answers at once, without fetching, what is loaded already', async () => {
    const chunked = served(toSearchChunks(catalog, 'vi'));
    expect(chunked.searchLoaded('giấy phép lái xe')).toBeUndefined();
    const result = await chunked.search('giấy phép lái xe');
    expect(chunked.searchLoaded('giấy phép lái xe')?.hits.map((h) => h.id)).toEqual(result.hits.map((h) => h.id));
  });

  it('reports a chunk that cannot be fetched as an error with the file, and recovers when it can', async () => {
    const chunks = toSearchChunks(catalog, 'vi');
    let failing = true;
    const chunked = createChunkedSearch(chunks.head, {
      fetchJson: async (path) => {
        if (failing && /^p\d/.test(path)) throw new Error('offline');
        return JSON.parse(chunks.files.get(path)!);
      },
    });
    await expect(chunked.search('hộ chiếu')).rejects.toMatchObject({ code: 'search-chunk-unavailable', message: expect.stringMatching(/^p\d+\.json: offline$/) });
    failing = false;
    expect((await chunked.search('hộ chiếu')).hits.length).toBeGreaterThan(0);
  });

  it('refuses a chunk that is not what its name says', async () => {
    const chunks = toSearchChunks(catalog, 'vi');
    const chunked = createChunkedSearch(chunks.head, { fetchJson: async (path) => (path.startsWith('d') ? { not: 'a fragment' } : JSON.parse(chunks.files.get(path)!)) });
    await expect(chunked.search('hộ chiếu')).rejects.toMatchObject({ code: 'search-chunk-malformed' });
    expect(() => createChunkedSearch({ format: 'onestop-search' }, { fetchJson: async () => ({}) })).toThrow(/search-chunks/);
  });
});
