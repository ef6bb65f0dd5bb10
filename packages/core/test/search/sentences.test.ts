import { describe, expect, it } from 'vitest';
import { createSearch, toSearchData } from '../../src/index.js';
import { sampleCatalog } from '../helpers.js';

const catalog = sampleCatalog();
const vi = createSearch(toSearchData(catalog, 'vi'));
const en = createSearch(toSearchData(catalog, 'en'));
const top3 = (query: string, search = vi) => search.search(query).hits.slice(0, 3).map((h) => h.id);

describe('whole sentences', () => {
  it.each([
    ['làm lại cái bằng lái bị rớt mất thì đi đâu', 'driving-license-reissue'],
    ['lam lai cai bang lai bi rot mat thi di dau', 'driving-license-reissue'],
    ['mẹ tôi bị mất thẻ bảo hiểm y tế rồi, làm lại như thế nào', 'health-insurance-card-reissue'],
  ])('"%s" finds %s despite particles and words about the asker', (query, id) => {
    expect(top3(query)).toContain(id);
  });

  it('finds an English sentence that mixes in the asker and the situation', () => {
    expect(top3('my father passed away, how do we register his death', en)).toContain('death-registration');
    expect(top3('I lost my driving licence on the bus, how can I get a new one', en)).toContain('driving-license-reissue');
  });

  it('reads "đăng" typed with its diacritics as a word, not as the filler "đang"', () => {
    expect(top3('tôi mới chuyển đến, muốn đăng ký thường trú')).toContain('permanent-residence-registration');
  });
});

describe('aspect questions', () => {
  it.each([
    ['làm hộ chiếu hết bao nhiêu tiền', 'passport-issuance', 'fees'],
    ['đăng ký khai tử mất mấy ngày', 'death-registration', 'time'],
    ['có thể nộp hồ sơ lý lịch tư pháp qua bưu điện không', 'judicial-record-card', 'channel'],
    ['cấp lại bằng lái bị mất cần mang gì', 'driving-license-reissue', 'documents'],
  ] as const)('"%s" finds %s first and says it asks about %s', (query, id, aspect) => {
    const result = vi.search(query);
    expect(result.hits[0]?.id).toBe(id);
    expect(result.aspect).toBe(aspect);
  });

  it('says which aspect an English question asks about', () => {
    const result = en.search('how much does a passport cost');
    expect(result.hits[0]?.id).toBe('passport-issuance');
    expect(result.aspect).toBe('fees');
  });

  it('says nothing about aspects when none is asked', () => {
    expect(vi.search('đăng ký kết hôn').aspect).toBeUndefined();
  });
});

describe('no good match', () => {
  it.each(['<script>alert(1)</script>', '%_% OR 1=1', '1 2 3', '0 0 0 0', 'asdfghjkl', 'lorem ipsum dolor sit amet'])('"%s" finds nothing', (query) => {
    const result = vi.search(query);
    expect(result.hits).toEqual([]);
    expect(result.total).toBe(0);
  });

  it('finds nothing for injection text in the English index either', () => {
    expect(en.search("1' OR '1'='1").total).toBe(0);
    expect(en.search('<img src=x onerror=alert(2)>').total).toBe(0);
  });

  it('still lists everything for an empty query', () => {
    expect(vi.search('').total).toBe(vi.size);
  });
});

describe('spelling and forms', () => {
  it('folds full-width and other compatibility forms like their plain letters', () => {
    expect(top3('ＧＰＬＸ')).toEqual(top3('GPLX'));
    expect(top3('ＧＰＬＸ').length).toBeGreaterThan(0);
  });

  it('never offers an internal synonym or exact term as "did you mean"', () => {
    for (const query of ['A10', 'ban1', 'xyz GPLX', '~1', '=ban1']) {
      const { didYouMean } = vi.suggest(query);
      if (didYouMean !== undefined) expect(didYouMean).not.toMatch(/[~=]/);
    }
  });

  it('does not rewrite English words or symbols into Vietnamese ones', () => {
    expect(vi.suggest('OR 1=1').didYouMean).toBeUndefined();
    expect(vi.suggest('DROP').didYouMean).toBeUndefined();
  });
});

describe('another language typed into the search', () => {
  const viWithEnglish = createSearch(toSearchData(catalog, 'vi'), { alternate: toSearchData(catalog, 'en') });
  const enWithVietnamese = createSearch(toSearchData(catalog, 'en'), { alternate: toSearchData(catalog, 'vi') });

  it('answers English typed into the Vietnamese search from the English index, and says so', () => {
    const result = viWithEnglish.search('unemployment benefit');
    expect(result.locale).toBe('en');
    expect(result.hits[0]?.id).toBe('unemployment-benefit');
    expect(result.hits[0]?.highlights).toEqual([]);
  });

  it('answers Vietnamese typed into the English search from the Vietnamese index', () => {
    const result = enWithVietnamese.search('đăng ký kết hôn');
    expect(result.locale).toBe('vi');
    expect(result.hits.map((h) => h.id)).toContain('marriage-registration');
    expect(enWithVietnamese.suggest('đăng ký kết h').locale).toBe('vi');
  });

  it('keeps its own language when that reads the query', () => {
    const result = viWithEnglish.search('đăng ký kết hôn');
    expect(result.locale).toBeUndefined();
    expect(result.hits[0]?.id).toBe('marriage-registration');
  });
});

describe('how commonly a procedure is used', () => {
  it('ranks the commonly used of two equally good matches first', () => {
    const twins = structuredClone(catalog);
    const base = twins.procedures.find((p) => p.id === 'death-registration')!;
    twins.procedures.push({ ...structuredClone(base), id: 'death-registration-rare', yearlyDossiers: 3 });
    base.yearlyDossiers = 40_000;
    const data = toSearchData(twins, 'vi');
    expect(data.popularity).toBeDefined();
    const ids = createSearch(JSON.parse(JSON.stringify(data))).search('đăng ký khai tử').hits.map((h) => h.id);
    expect(ids.indexOf('death-registration')).toBeLessThan(ids.indexOf('death-registration-rare'));
  });
});
