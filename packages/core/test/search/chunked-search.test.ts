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

  // Ranges of 64 documents: most queries' candidates span several, and the priors of most are read as bounds.
  for (const [locale, rangeSize] of [['vi', 64], ['en', 64], ['vi', undefined]] as const) {
    it(`answers every labelled ${locale} query as the whole search.json does, at 1,000 procedures, ${rangeSize ?? 'default'} documents a range`, { timeout: 300_000 }, async () => {
      const data = toSearchData(catalog, locale);
      const whole = createSearchFromData(JSON.parse(JSON.stringify(data)));
      const chunks = toSearchChunks(data, locale, { rangeSize });
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
    expect(fetched.filter((f) => f === 'facets.json' || /^f\d/.test(f))).toEqual([]);
    expect(fetched.length).toBeLessThan(chunks.files.size / 10);
    const filtered = await chunked.search('dang ky kết hôn', { filters: { channel: 'online' } });
    expect(fetched).toContain('facets.json');
    expect(filtered.facets.channel.length).toBeGreaterThan(0);
  });

  describe('per-document columns in ranges', () => {
    const data = toSearchData(catalog, 'vi');
    const whole = createSearchFromData(data);
    const rangeSize = 50;
    const chunks = toSearchChunks(data, 'vi', { rangeSize });
    const ranges = Math.ceil(chunks.head.size / rangeSize);
    // Every document in its order: a blank query lists them so.
    const order = [0, 1000].flatMap((offset) => whole.search('', { limit: 1000, offset }).hits.map((h) => h.id));
    const idAt = (at: number): string => order[at]!;
    const rangeFiles = (fetched: string[], kind: 'r' | 'f') => fetched.filter((f) => new RegExp(`^${kind}\\d+\\.json$`).test(f));
    const same = async (q: string, options: Parameters<typeof whole.search>[1], fetched: string[] = []) => {
      const actual = await served(chunks, fetched).search(q, options);
      const expected = whole.search(q, options);
      // The whole file counts facets even when none are asked; the chunks then leave them empty.
      const facets = options?.facets === false ? {} : { facets: expected.facets };
      expect({ q, ids: actual.hits.map((h) => h.id), scores: actual.hits.map((h) => h.score), total: actual.total, ...(options?.facets === false ? {} : { facets: actual.facets }) }).toEqual({
        q,
        ids: expected.hits.map((h) => h.id),
        scores: expected.hits.map((h) => h.score),
        total: expected.total,
        ...facets,
      });
      return actual;
    };

    it('writes one file of priors and one of facet values per range, and the bounds in the head', () => {
      expect(chunks.head.rangeSize).toBe(rangeSize);
      expect(chunks.head.popularity?.max).toHaveLength(ranges);
      expect([...chunks.files.keys()].filter((f) => /^r\d+\.json$/.test(f))).toHaveLength(ranges);
      expect([...chunks.files.keys()].filter((f) => /^f\d+\.json$/.test(f))).toHaveLength(ranges);
      expect(chunks.files.has('popularity.json')).toBe(false);
      // The most used documents, about one in a hundred (at least 50), with their figures.
      const [gaps, figures] = JSON.parse(chunks.files.get('popular.json')!);
      expect(gaps.length).toBe(figures.length);
      expect(gaps.length).toBeGreaterThanOrEqual(50);
      expect(gaps.length).toBeLessThanOrEqual(100);
      expect(Math.min(...figures)).toBeGreaterThan(chunks.head.popularity!.rest);
      const last = JSON.parse(chunks.files.get(`r${ranges - 1}.json`)!);
      expect(last).toHaveLength(chunks.head.size - (ranges - 1) * rangeSize);
    });

    it('reads the priors of a broad query\'s best candidates only, though its candidates span every range', async () => {
      const fetched: string[] = [];
      const result = await same('dang ky', { facets: false }, fetched);
      expect(result.total).toBeGreaterThan(chunks.head.size / 5);
      const read = rangeFiles(fetched, 'r');
      expect(fetched).toContain('popular.json');
      expect(read.length).toBeGreaterThan(1);
      expect(read.length).toBeLessThan(ranges / 2);
      expect(rangeFiles(fetched, 'f')).toEqual([]);
    });

    it('counts facets over every range a query\'s candidates are in, and only those', async () => {
      const fetched: string[] = [];
      const result = await same('an toàn thực phẩm', {}, fetched);
      const ids = whole.search('an toàn thực phẩm', { limit: 1000 }).hits.map((h) => h.id);
      expect(ids).toHaveLength(result.total);
      const holding = new Set(ids.map((id) => `f${Math.floor(order.indexOf(id) / rangeSize)}.json`));
      expect(holding.size).toBeGreaterThan(1);
      expect(holding.size).toBeLessThan(ranges);
      expect(rangeFiles(fetched, 'f').sort()).toEqual([...holding].sort());
    });

    it('counts a blank query\'s facets from the totals, and reads every range once it is filtered', async () => {
      const blank: string[] = [];
      expect((await same('', {}, blank)).total).toBe(chunks.head.size);
      expect(blank).toContain('facets.json');
      expect(rangeFiles(blank, 'f')).toEqual([]);
      const filtered: string[] = [];
      const result = await same('', { filters: { level: 'commune' }, limit: 20, offset: 5 }, filtered);
      expect(result.total).toBeGreaterThan(0);
      expect(result.total).toBeLessThan(chunks.head.size);
      expect(rangeFiles(filtered, 'f')).toHaveLength(ranges);
    });

    it('answers for the documents either side of a range boundary, filtered and counted', async () => {
      for (const at of [rangeSize - 1, rangeSize, 2 * rangeSize - 1, 2 * rangeSize, chunks.head.size - 1]) {
        const id = idAt(at);
        const name = whole.text(id)!.name;
        const fetched: string[] = [];
        const result = await same(name, { filters: { level: whole.search(name).facets.level[0]!.value } }, fetched);
        expect(result.hits.map((h) => h.id)).toContain(id);
        expect(fetched).toContain(`r${Math.floor(at / rangeSize)}.json`);
        expect(fetched).toContain(`f${Math.floor(at / rangeSize)}.json`);
      }
    });

    it('ranks without priors, reading no range of them, when the catalog gives no yearly dossiers', async () => {
      const plain = toSearchData({ ...catalog, procedures: catalog.procedures.map(({ yearlyDossiers: _, ...p }) => p) }, 'vi');
      expect(plain.popularity).toBeUndefined();
      const plainChunks = toSearchChunks(plain, 'vi', { rangeSize });
      expect(plainChunks.head.popularity).toBeUndefined();
      expect([...plainChunks.files.keys()].filter((f) => /^r\d/.test(f))).toEqual([]);
      const plainWhole = createSearchFromData(plain);
      for (const q of ['dang ky', 'hộ chiếu', 'giấy phép kinh doanh', 'cap lai bang lai xe']) {
        const fetched: string[] = [];
        const actual = await served(plainChunks, fetched).search(q);
        const expected = plainWhole.search(q);
        expect({ ids: actual.hits.map((h) => h.id), total: actual.total, facets: actual.facets }).toEqual({ ids: expected.hits.map((h) => h.id), total: expected.total, facets: expected.facets });
        expect(rangeFiles(fetched, 'r')).toEqual([]);
      }
    });

    it('refuses a range file that does not fit its range', async () => {
      for (const [path, content] of [
        ['r0.json', { not: 'a range' }],
        ['popular.json', [[1, 2], [3]]],
        ['popular.json', [[5000], [3]]],
        ['r0.json', [1, 2]],
        ['f0.json', { agency: [] }],
      ] as const) {
        const chunked = createChunkedSearch(chunks.head, { fetchJson: async (p) => (p === path ? content : JSON.parse(chunks.files.get(p)!)) });
        await expect(chunked.search('dang ky')).rejects.toMatchObject({ code: 'search-chunk-malformed', path });
      }
    });

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
