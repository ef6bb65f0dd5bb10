/**
 * The browser bundle (rollup.config.mjs) swaps FlexSearch's full build for its light build, which
 * has `Index` but no export/import. Search must answer the same through either.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { corpus, sampleCatalog } from '../../bench/corpus.js';
import { allQueries } from '../../bench/query-sets.js';
import type * as Search from '../../src/search/index.js';

const light = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('flexsearch')), 'flexsearch.light.module.min.js')).href;

async function searchModule(withLight: boolean): Promise<typeof Search> {
  vi.resetModules();
  if (withLight) vi.doMock('flexsearch', () => import(/* @vite-ignore */ light));
  else vi.doUnmock('flexsearch');
  return import('../../src/search/index.js');
}

describe('FlexSearch light build (what the browser bundle runs)', () => {
  it('gives the same hits, suggestions and facets as the full build on every labelled query', { timeout: 120_000 }, async () => {
    const catalog = corpus(sampleCatalog(), 300);
    const full = await searchModule(false);
    const lite = await searchModule(true);
    const liteFlex = await import(/* @vite-ignore */ light);
    expect(typeof liteFlex.Index.prototype.import, 'the light build has no import: the swap is real').toBe('undefined');
    for (const locale of ['vi', 'en']) {
      const data = JSON.parse(JSON.stringify(full.toSearchData(catalog, locale))) as Search.SearchData;
      const [a, b] = [full.createSearch(data), lite.createSearch(data)];
      for (const query of allQueries().filter((q) => q.locale === locale)) {
        const [ra, rb] = [a.search(query.q, { limit: 20 }), b.search(query.q, { limit: 20 })];
        expect(rb.hits, query.q).toEqual(ra.hits);
        expect(rb.facets, query.q).toEqual(ra.facets);
        expect(b.suggest(query.q), query.q).toEqual(a.suggest(query.q));
      }
    }
  });

  it('reads a search.json carrying a prebuilt index by indexing its documents', async () => {
    const catalog = sampleCatalog();
    const full = await searchModule(false);
    const prebuilt = JSON.parse(JSON.stringify(full.toSearchData(catalog, 'vi', { prebuilt: true }))) as Search.SearchData;
    expect(prebuilt.index?.flex.length).toBeGreaterThan(0);
    const lite = await searchModule(true);
    const { index: _index, ...documentsOnly } = prebuilt;
    const expected = full.createSearch(documentsOnly);
    const loaded = lite.createSearch(prebuilt);
    for (const q of ['khai sinh', 'ho chieu', 'đăng ký kết hôn', 'giaasy phesp lasi xe']) expect(loaded.search(q).hits, q).toEqual(expected.search(q).hits);
  });
});
