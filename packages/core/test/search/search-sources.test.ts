import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { publish } from '../../src/build.js';
import { createSearch, isSearchData, type LocaleIndex, type SearchData } from '../../src/index.js';
import { CIVIL_AND_TRANSPORT, FIXTURE_SYNONYMS, fixtureCatalog } from './search-fixture.js';

const catalog = fixtureCatalog(CIVIL_AND_TRANSPORT, FIXTURE_SYNONYMS, [
  { id: 'having-a-baby', kind: 'life', name: { vi: 'Khi gia đình có em bé', en: 'Having a baby' }, summary: { vi: 'Đăng ký khai sinh cho bé.', en: 'Register the birth.' }, procedures: ['birth-registration'] },
]);
const files = publish(catalog);
const QUERIES = ['', 'khai sinh', 'GPLX', 'giaasy phesp lasi xe', 'sổ đỏ', 'kết hôn', '1.001193', 'lam lai bang'];

describe('what createSearch accepts', () => {
  it('gives the same results from the compiled catalog, index.json and search.json', () => {
    const index = JSON.parse(files.get('vi/index.json')!) as LocaleIndex;
    const data = JSON.parse(files.get('vi/search.json')!) as SearchData;
    expect(isSearchData(data)).toBe(true);
    const engines = [createSearch(catalog, { locale: 'vi' }), createSearch(index, { locale: 'vi' }), createSearch(data)];
    for (const query of QUERIES) {
      const [a, b, c] = engines.map((e) => e.search(query, { limit: 20 }));
      expect(b, query).toEqual({ ...a, tookMs: b!.tookMs });
      expect(c, query).toEqual({ ...a, tookMs: c!.tookMs });
    }
  });

  it('loads a search.json that carries a prebuilt FlexSearch index the same way', async () => {
    const { toSearchData } = await import('../../src/index.js');
    const prebuilt = JSON.parse(JSON.stringify(toSearchData(catalog, 'vi', { prebuilt: true }))) as SearchData;
    expect(prebuilt.index?.flex.length).toBeGreaterThan(0);
    const plain = createSearch(catalog, { locale: 'vi' });
    const loaded = createSearch(prebuilt);
    for (const query of QUERIES) expect(loaded.search(query).hits, query).toEqual(plain.search(query).hits);
    expect(loaded.suggest('khaisinh')).toEqual(plain.suggest('khaisinh'));
  });

  it('searches each locale of the catalog, defaulting to the catalog default', () => {
    expect(createSearch(catalog).locale).toBe('vi');
    const en = createSearch(JSON.parse(files.get('en/search.json')!) as SearchData);
    expect(en.locale).toBe('en');
    expect(en.search('birth registration').hits[0]?.id).toBe('birth-registration');
  });
});

describe('in a browser', () => {
  it('bundles for the browser without Node built-ins or worker_threads', async () => {
    const entry = fileURLToPath(new URL('../../src/search/index.ts', import.meta.url));
    const result = await build({ entryPoints: [entry], bundle: true, platform: 'browser', format: 'esm', write: false, metafile: true, logLevel: 'silent' });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((path) => path.startsWith('node:') || /^(fs|path|crypto|worker_threads)$/.test(path))).toEqual([]);
    const code = result.outputFiles[0]!.text;
    // FlexSearch's Node worker is mapped away by its package "browser" field: no live import remains.
    expect(code).not.toMatch(/import\(\s*["']worker_threads["']\s*\)|require\(\s*["']worker_threads["']\s*\)/);
    expect(code).not.toMatch(/from\s*["']node:/);
  });
});
