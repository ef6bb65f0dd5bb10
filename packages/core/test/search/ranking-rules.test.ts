/**
 * Each ranking rule with fixtures that differ only in what the rule reads, so the test fails
 * when that rule alone is broken (not because the records also differ in coverage or fit).
 */
import { describe, expect, it } from 'vitest';
import { createSearch } from '../../src/index.js';
import { fixtureCatalog, type ProcedureSpec } from './search-fixture.js';

const FILLER: ProcedureSpec[] = [
  { id: 'filler-a', vi: 'Cấp giấy phép xây dựng', summary: 'Xây nhà ở riêng lẻ.' },
  { id: 'filler-b', vi: 'Đăng ký kết hôn', summary: 'Hai người đăng ký kết hôn.' },
  { id: 'filler-c', vi: 'Cấp phiếu lý lịch tư pháp', summary: 'Phiếu số 1 và số 2.' },
];
const ids = (specs: ProcedureSpec[], query: string, limit = 10) => createSearch(fixtureCatalog([...specs, ...FILLER]), { locale: 'vi' }).search(query, { limit }).hits.map((h) => h.id);

describe('field weights, at equal coverage and equal label fit', () => {
  it('a word in the documents (details) ranks above the same word in the summary', () => {
    // Neither record has the word in a name or alias, so only the field weight separates them.
    const specs: ProcedureSpec[] = [
      { id: 'in-summary', vi: 'Thủ tục thứ nhất', summary: 'Mang theo hộ chiếu bản gốc.' },
      { id: 'in-details', vi: 'Thủ tục thứ hai', documents: ['Hộ chiếu bản gốc'] },
    ];
    expect(ids(specs, 'hộ chiếu').slice(0, 2)).toEqual(['in-details', 'in-summary']);
    // The same in the other catalog order: the order is the rule's, not the catalog's.
    expect(ids([...specs].reverse(), 'hộ chiếu').slice(0, 2)).toEqual(['in-details', 'in-summary']);
  });

  it('a word in the national code ranks above the same word in the summary', () => {
    const specs: ProcedureSpec[] = [
      { id: 'in-summary', vi: 'Thủ tục thứ nhất', summary: 'Theo mẫu 2.000488 của bộ.' },
      { id: 'in-code', vi: 'Thủ tục thứ hai', code: '2.000488' },
    ];
    expect(ids(specs, '2.000488').slice(0, 2)).toEqual(['in-code', 'in-summary']);
    expect(ids([...specs].reverse(), '2.000488').slice(0, 2)).toEqual(['in-code', 'in-summary']);
  });

  it('a name ranks above a summary that has the same words, in either catalog order', () => {
    const specs: ProcedureSpec[] = [
      { id: 'in-summary', vi: 'Thủ tục thứ nhất', summary: 'Cấp thẻ căn cước.' },
      { id: 'in-name', vi: 'Cấp thẻ căn cước', summary: 'Thủ tục thứ hai.' },
    ];
    expect(ids(specs, 'thẻ căn cước').slice(0, 2)).toEqual(['in-name', 'in-summary']);
    expect(ids([...specs].reverse(), 'thẻ căn cước').slice(0, 2)).toEqual(['in-name', 'in-summary']);
  });
});

describe('the best k, not the first k', () => {
  it('returns the best match with limit 1 when it comes last in the catalog', () => {
    const specs: ProcedureSpec[] = [
      ...Array.from({ length: 30 }, (_, i) => ({ id: `weak-${i}`, vi: `Thủ tục số ${i + 1}`, summary: 'Có liên quan đến căn cước.' })),
      { id: 'best', vi: 'Cấp thẻ căn cước' },
    ];
    expect(ids(specs, 'căn cước', 1)).toEqual(['best']);
    expect(ids(specs, 'căn cước', 5)[0]).toBe('best');
  });
});

describe('the label re-ranking sees every document whose label holds the query', () => {
  it('finds the procedure whose alias is the query word for word behind 60 near-duplicates that score the same', () => {
    // The near-duplicates come first in the catalog and match every required word in their names,
    // so by score alone they fill the re-ranking window; only the alias has "dược" (a filler word).
    const specs: ProcedureSpec[] = [
      ...Array.from({ length: 60 }, (_, i) => ({ id: `food-${i}`, vi: `Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm cho hộ kinh doanh số ${i + 1}` })),
      { id: 'pharmacy', vi: 'Cấp giấy chứng nhận đủ điều kiện kinh doanh cho cơ sở bán lẻ thuốc', aliases: ['giấy chứng nhận đủ điều kiện kinh doanh dược'] },
    ];
    expect(ids(specs, 'giay chung nhan du dieu kien kinh doanh duoc', 3)[0]).toBe('pharmacy');
    expect(ids(specs, 'giấy chứng nhận đủ điều kiện kinh doanh dược', 3)[0]).toBe('pharmacy');
  });
});
