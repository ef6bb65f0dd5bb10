import { describe, expect, it } from 'vitest';
import { createSearch } from '../../src/index.js';
import { CIVIL_AND_TRANSPORT, FIXTURE_SYNONYMS, fixtureCatalog } from './search-fixture.js';

const catalog = fixtureCatalog(CIVIL_AND_TRANSPORT, FIXTURE_SYNONYMS, [
  { id: 'having-a-baby', kind: 'life', name: { vi: 'Khi gia đình có em bé', en: 'Having a baby' }, summary: { vi: 'Đăng ký khai sinh cho bé.', en: 'Register the birth.' }, aliases: { vi: ['mới sinh con'], en: ['newborn'] }, procedures: ['birth-registration'] },
]);
const vi = createSearch(catalog, { locale: 'vi' });
const en = createSearch(catalog, { locale: 'en' });
const top = (query: string, search = vi) => search.search(query).hits[0]?.id;
const ids = (query: string, search = vi) => search.search(query).hits.map((h) => h.id);

describe('matching what citizens type', () => {
  it.each([
    ['đăng ký khai sinh', 'birth-registration'],
    ['dang ky khai sinh', 'birth-registration'],
    ['DANG KY KET HON', 'marriage-registration'],
    ['ddawng kys keest hoon', 'marriage-registration'],
    ['d9a8ng ky1 ke61t ho6n', 'marriage-registration'],
    ['khaisinh', 'birth-registration'],
    ['đăng ký kêt hôn', 'marriage-registration'],
  ])('"%s" finds %s first', (query, id) => {
    expect(top(query)).toBe(id);
  });

  it('finds a procedure by its national code, whole or by its number', () => {
    expect(top('1.001193')).toBe('birth-registration');
    expect(top('001193')).toBe('birth-registration');
  });

  it('ranks a name that is the query above a name that only contains it', () => {
    expect(ids('đăng ký khai sinh').slice(0, 2)).toEqual(['birth-registration', 'birth-re-registration']);
    expect(ids('đăng ký lại khai sinh')[0]).toBe('birth-re-registration');
  });

  it('ranks a match in the name above a match in the summary', () => {
    // "ủy ban" is only in the marriage summary, "khai sinh" in two names.
    expect(ids('ủy ban')).toEqual(['marriage-registration']);
    const hits = ids('khai sinh ủy ban');
    expect(['birth-registration', 'birth-re-registration']).toContain(hits[0]);
    // Words no name or alias has count less towards coverage: they describe, they do not name.
    expect(hits).not.toContain('marriage-registration');
  });

  it('tolerates one typo in a longer word', () => {
    expect(top('chứgn nhận quyền sử dụng đất')).toBe('land-certificate');
    expect(top('chứgn')).toBe('land-certificate');
    expect(top('pasport registraton', en)).toBeUndefined();
    expect(top('driving licnce', en)).toBe('driving-license-reissue');
  });

  it('completes the word being typed', () => {
    expect(top('giấy chứng nh')).toBe('land-certificate');
    expect(vi.search('khai si').total).toBeGreaterThan(0);
  });

  it('ranks words typed with their diacritics above words that only fold to them', () => {
    const search = createSearch(
      fixtureCatalog([
        { id: 'copy', vi: 'Cấp bản sao' },
        { id: 'sale', vi: 'Giấy phép bán rượu' },
        { id: 'table', vi: 'Đăng ký bàn ghế' },
      ]),
      { locale: 'vi' },
    );
    expect(search.search('bán').hits[0]?.id).toBe('sale');
    expect(search.search('bản').hits[0]?.id).toBe('copy');
    expect(search.search('bàn').hits[0]?.id).toBe('table');
    // Without diacritics the citizen could mean any of them.
    expect(search.search('ban').total).toBe(3);
  });

  it('keeps the exact spelling first even among many names that only fold to it', () => {
    const copies = Array.from({ length: 80 }, (_, i) => ({ id: `copy-${i}`, vi: `Cấp bản sao loại ${i}` }));
    const search = createSearch(fixtureCatalog([...copies, { id: 'sale', vi: 'Bán đấu giá tài sản' }]), { locale: 'vi' });
    expect(search.search('bán').hits[0]?.id).toBe('sale');
    expect(search.search('bản').hits[0]?.id).toMatch(/^copy-/);
  });

  it('finds life events with their own words', () => {
    const hit = vi.search('mới sinh con').hits[0];
    expect(hit).toMatchObject({ id: 'having-a-baby', kind: 'life-event' });
  });

  it('searches English with light stemming', () => {
    expect(top('registering a birth', en)).toBe('birth-registration');
    expect(top('replacing lost driving licences', en)).toBe('driving-license-reissue');
  });
});

describe('synonyms and abbreviations from the catalog', () => {
  it.each(['GPLX', 'gplx', 'bằng lái', 'bang lai', 'giấy phép lái xe'])('"%s" finds the driving licence', (query) => {
    expect(top(query)).toBe('driving-license-reissue');
  });

  it('expands a colloquial name to the official one', () => {
    expect(top('mất sổ đỏ')).toBe('land-certificate');
    expect(top('so do')).toBe('land-certificate');
  });

  it('applies a set only in its locale', () => {
    expect(top("driver's license", en)).toBe('driving-license-reissue');
    expect(en.search('GPLX').total).toBe(0);
  });

  it('does not find a synonym without the catalog saying so', () => {
    const plain = createSearch(fixtureCatalog(CIVIL_AND_TRANSPORT), { locale: 'vi' });
    expect(plain.search('GPLX').total).toBe(0);
  });
});

describe('the empty query', () => {
  it.each(['', '   ', '\n\t'])('lists everything by priority for %j', (query) => {
    const result = vi.search(query, { limit: 100 });
    expect(result.total).toBe(CIVIL_AND_TRANSPORT.length + 1);
    expect(result.hits[0]).toMatchObject({ id: 'having-a-baby', kind: 'life-event', score: 0 });
    // The procedure a life event leads to comes before the others.
    expect(result.hits[1]?.id).toBe('birth-registration');
  });
});

describe('paging', () => {
  it('pages with limit and offset without losing or repeating hits', () => {
    const all = vi.search('', { limit: 100 }).hits.map((h) => h.id);
    const pages = [0, 2, 4].flatMap((offset) => vi.search('', { limit: 2, offset }).hits.map((h) => h.id));
    expect(pages).toEqual(all);
  });

  it('reads nonsense limits and offsets as the defaults', () => {
    expect(vi.search('', { limit: Number.NaN }).hits).toHaveLength(Math.min(10, vi.size));
    expect(vi.search('', { limit: -5 }).hits).toHaveLength(0);
    expect(vi.search('', { offset: Number.POSITIVE_INFINITY }).hits.length).toBeGreaterThan(0);
  });
});

describe('suggestions', () => {
  it('completes a partial query with names and aliases', () => {
    const { suggestions } = vi.suggest('làm lại bằng');
    expect(suggestions[0]).toMatchObject({ id: 'driving-license-reissue', text: 'làm lại bằng lái bị mất' });
  });

  it('says how it read a query it corrected or decoded', () => {
    expect(vi.suggest('giaasy phesp').didYouMean).toBe('giấy phép');
    expect(vi.suggest('khaisinh').didYouMean).toBe('khai sinh');
    expect(vi.suggest('đăng ký khai sinh').didYouMean).toBeUndefined();
  });

  it('guesses when nothing matches', () => {
    expect(vi.search('khhaii sjnh').total).toBe(0);
    expect(vi.suggest('khhaii sjnh').didYouMean).toBe('khai sinh');
  });
});
