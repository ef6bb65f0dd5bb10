/**
 * The chunked search's other-language fallback (English typed into the Vietnamese search, and the
 * reverse) must answer as the whole-file fallback does, and load the other language only for a
 * query that needs it.
 */
import { describe, expect, it } from 'vitest';
import { corpus, sampleCatalog } from '../../bench/corpus.js';
import { allQueries } from '../../bench/query-sets.js';
import { createChunkedSearch, createSearchFromData, createWholeSearch, toSearchChunks, toSearchData, type SearchChunks } from '../../src/index.js';

const catalog = corpus(sampleCatalog(), 1000);
const data = { vi: toSearchData(catalog, 'vi'), en: toSearchData(catalog, 'en') };
// Ranges of 100 documents, so the other language's priors and facets are read by ranges too.
const chunks = { vi: toSearchChunks(data.vi, 'vi', { rangeSize: 100 }), en: toSearchChunks(data.en, 'en', { rangeSize: 100 }) };

/** A chunked search of `locale` whose alternate is the other locale's chunked search; `fetched` logs both. */
function served(locale: 'vi' | 'en', fetched: string[] = []) {
  const other = locale === 'vi' ? 'en' : 'vi';
  const fetchFrom = (files: SearchChunks, prefix: string) => async (path: string) => {
    fetched.push(prefix + path);
    const text = files.files.get(path);
    if (text === undefined) throw new Error(`${path}: not found`);
    return JSON.parse(text);
  };
  return createChunkedSearch(JSON.parse(JSON.stringify(chunks[locale].head)), {
    fetchJson: fetchFrom(chunks[locale], ''),
    alternate: async () => {
      fetched.push(`${other}/search-chunks.json`);
      return createChunkedSearch(JSON.parse(JSON.stringify(chunks[other].head)), { fetchJson: fetchFrom(chunks[other], `${other}/`) });
    },
  });
}

describe('chunked search with the other language as alternate', () => {
  for (const [box, typed] of [
    ['vi', 'en'],
    ['en', 'vi'],
  ] as const) {
    it(`answers every labelled ${typed} query typed into the ${box} search as the whole-file fallback does, at 1,000 procedures`, { timeout: 300_000 }, async () => {
      const whole = createSearchFromData(data[box], { alternate: data[typed] });
      const chunked = served(box);
      const queries = allQueries().filter((q) => q.locale === typed);
      expect(queries.length).toBeGreaterThan(40);
      let answeredByOther = 0;
      for (const { q } of queries) {
        const expected = whole.search(q);
        const actual = await chunked.search(q);
        expect({ q, ids: actual.hits.map((h) => h.id), total: actual.total, locale: actual.locale }).toEqual({ q, ids: expected.hits.map((h) => h.id), total: expected.total, locale: expected.locale });
        expect(actual.hits.map((h) => h.highlights)).toEqual(expected.hits.map((h) => h.highlights));
        expect(actual.facets).toEqual(expected.facets);
        expect(await chunked.suggest(q)).toEqual(whole.suggest(q));
        for (const hit of actual.hits) expect(chunked.text(hit.id, actual.locale)).toEqual(whole.text(hit.id, actual.locale));
        if (actual.locale === typed) answeredByOther++;
      }
      // Most queries in the other language are answered from it (some also read well in the box's own).
      expect(answeredByOther).toBeGreaterThan(queries.length / 2);
    });
  }

  it('names the hits in the language that matched', async () => {
    const chunked = served('vi');
    const result = await chunked.search('judicial record');
    expect(result.locale).toBe('en');
    expect(chunked.text(result.hits[0]!.id, 'en')?.name).toMatch(/judicial record/i);
  });

  it('loads nothing of the other language for a query its own reads', async () => {
    const fetched: string[] = [];
    const chunked = served('vi', fetched);
    // Blank (the popular list a box shows when nothing matches) and a letter being typed say nothing about the language either.
    for (const q of ['', 'd', 'đăng k']) expect((await chunked.search(q, { facets: false })).locale).toBeUndefined();
    for (const q of ['đăng ký kết hôn', 'cap lai bang lai', 'hộ chiếu', 'giay phep xay dung']) {
      const result = await chunked.search(q, { facets: false });
      expect(result.locale).toBeUndefined();
      expect(result.total).toBeGreaterThan(0);
      await chunked.suggest(q);
    }
    expect(fetched.filter((f) => f.startsWith('en/'))).toEqual([]);
    await chunked.search('unemployment benefit', { facets: false });
    expect(fetched).toContain('en/search-chunks.json');
    expect(fetched.some((f) => /^en\/p\d+\.json$/.test(f))).toBe(true);
    expect(fetched).not.toContain('en/facets.json');
  });

  it('waits for the whole-file alternate as the chunked search does: its own answer, pending, until the other arrives', async () => {
    let asked = 0;
    const whole = createWholeSearch(data.vi, {
      alternate: async () => {
        asked++;
        return createSearchFromData(data.en);
      },
    });
    expect(whole.searchLoaded('đăng ký kết hôn')?.total).toBeGreaterThan(0);
    // Meanwhile the page's own answer, marked pending.
    const waiting = whole.searchLoaded('unemployment benefit')!;
    expect(waiting.pending).toBe(true);
    expect(waiting.locale).toBeUndefined();
    expect(asked).toBe(0);
    expect(await whole.search('unemployment benefit')).toMatchObject({ locale: 'en', hits: [{ id: 'unemployment-benefit' }] });
    expect(whole.searchLoaded('unemployment benefit')).toMatchObject({ locale: 'en', hits: [{ id: 'unemployment-benefit' }] });
    expect(asked).toBe(1);
  });

  for (const kind of ['whole', 'chunked'] as const) {
    it(`${kind}: an alternate that cannot be loaded fails only a query its own language finds nothing for, and recovers`, async () => {
      let failing = true;
      const alternate = async () => {
        if (failing) throw new Error('offline');
        return createSearchFromData(data.en);
      };
      const search =
        kind === 'whole'
          ? createWholeSearch(data.vi, { alternate })
          : createChunkedSearch(JSON.parse(JSON.stringify(chunks.vi.head)), { fetchJson: async (path) => JSON.parse(chunks.vi.files.get(path)!), alternate });
      // Mostly English, but the Vietnamese words find passports: those hits are shown rather than an error.
      const own = await search.search('passport ho chieu renewal');
      expect(own.total).toBeGreaterThan(0);
      expect(own.locale).toBeUndefined();
      expect(own.pending).toBeUndefined();
      await expect(search.search('unemployment benefit')).rejects.toThrow();
      expect(search.searchLoaded('unemployment benefit')).toMatchObject({ pending: true, total: 0 });
      failing = false;
      expect(await search.search('unemployment benefit')).toMatchObject({ locale: 'en', hits: [{ id: 'unemployment-benefit' }] });
      expect((await search.search('passport ho chieu renewal')).locale).toBe('en');
    });
  }

  it('reports an alternate that cannot be loaded as the query\'s error, and recovers', async () => {
    let failing = true;
    const chunked = createChunkedSearch(JSON.parse(JSON.stringify(chunks.vi.head)), {
      fetchJson: async (path) => JSON.parse(chunks.vi.files.get(path)!),
      alternate: async () => {
        if (failing) throw new Error('offline');
        return createSearchFromData(data.en);
      },
    });
    await expect(chunked.search('unemployment benefit')).rejects.toMatchObject({ code: 'search-chunk-unavailable' });
    failing = false;
    expect(await chunked.search('unemployment benefit')).toMatchObject({ locale: 'en', hits: [{ id: 'unemployment-benefit' }] });
  });
});
