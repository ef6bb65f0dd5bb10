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

const search = (specs: ProcedureSpec[], query: string, limit = 100) => createSearch(fixtureCatalog([...specs, ...FILLER]), { locale: 'vi' }).search(query, { limit }).hits;
const scoreOf = (hits: { id: string; score: number }[], id: string) => hits.find((h) => h.id === id)!.score;

describe('popularity breaks ties between records that say the same', () => {
  // Four licences with the same name: only the yearly number of dossiers tells them apart.
  const licences = (dossiers: (number | undefined)[]): ProcedureSpec[] =>
    dossiers.map((yearlyDossiers, i) => ({ id: `licence-${i}`, vi: 'Cấp giấy phép kinh doanh rượu', ...(yearlyDossiers === undefined ? {} : { yearlyDossiers }) }));

  it('the most used first, the least used at 70 % of its score, a missing figure as the median one', () => {
    const specs = licences([10, 100_000, undefined, 1_000]);
    const hits = search(specs, 'giấy phép kinh doanh rượu');
    expect(hits.map((h) => h.id)).toEqual(['licence-1', 'licence-2', 'licence-3', 'licence-0']);
    expect(scoreOf(hits, 'licence-0') / scoreOf(hits, 'licence-1')).toBeCloseTo(0.7, 2);
    expect(scoreOf(hits, 'licence-2')).toBe(scoreOf(hits, 'licence-3'));
    // Halfway up the log scale of dossiers (10 → 1,000 → 100,000), halfway up the score.
    expect(scoreOf(hits, 'licence-3') / scoreOf(hits, 'licence-1')).toBeCloseTo(0.85, 2);
    expect(search([...specs].reverse(), 'giấy phép kinh doanh rượu').map((h) => h.id)).toEqual(['licence-1', 'licence-2', 'licence-3', 'licence-0']);
  });

  it('equal figures, or none, change nothing', () => {
    const none = search(licences([undefined, undefined]), 'giấy phép kinh doanh rượu');
    const equal = search(licences([500, 500]), 'giấy phép kinh doanh rượu');
    expect(equal.map((h) => h.score)).toEqual(none.map((h) => h.score));
    expect(equal[0]!.score).toBe(equal[1]!.score);
  });

  it('does not overrule the words: a name that is the query beats a summary of the most used procedure', () => {
    const specs: ProcedureSpec[] = [
      { id: 'everyday', vi: 'Thủ tục thường ngày', summary: 'Kèm giấy phép kinh doanh rượu.', yearlyDossiers: 1_000_000 },
      { id: 'rare', vi: 'Cấp giấy phép kinh doanh rượu', yearlyDossiers: 1 },
    ];
    expect(search(specs, 'giấy phép kinh doanh rượu').map((h) => h.id).slice(0, 2)).toEqual(['rare', 'everyday']);
  });
});

describe('coverage: how much of the query a record must have', () => {
  // "hươu" and "nai" are each in two names: equally rare, so each is half of the query.
  const deer: ProcedureSpec[] = [
    { id: 'hươu', vi: 'Cấp phép nuôi hươu' },
    { id: 'nai', vi: 'Cấp phép nuôi nai' },
    { id: 'both', vi: 'Cấp phép nuôi hươu nai' },
  ];

  it('half of the query is enough to be found; a third is not', () => {
    expect(search(deer, 'hươu nai').map((h) => h.id).sort()).toEqual(['both', 'hươu', 'nai']);
    expect(search([...deer, { id: 'khỉ', vi: 'Cấp phép nuôi khỉ' }, { id: 'khỉ-2', vi: 'Cấp phép nuôi khỉ đột' }], 'hươu nai khỉ').map((h) => h.id)).toEqual(['both']);
  });

  it('the whole query ranks above half of it, by the square of the share', () => {
    const hits = search(deer, 'hươu nai');
    expect(hits[0]!.id).toBe('both');
    // Half the words, half the coverage squared: at most a quarter of the full score times the name fit.
    expect(scoreOf(hits, 'hươu') / scoreOf(hits, 'both')).toBeLessThan(0.3);
  });

  it('a word counts once, in its best field: also having it in the summary adds nothing', () => {
    const specs: ProcedureSpec[] = [
      { id: 'name-only', vi: 'Cấp thẻ căn cước' },
      { id: 'name-and-summary', vi: 'Cấp thẻ căn cước', summary: 'Thẻ căn cước gắn chip.' },
    ];
    // Typed without diacritics too: then no exact-spelling look-up in names comes after the fields.
    for (const query of ['căn cước', 'can cuoc']) {
      const hits = search(specs, query);
      expect(scoreOf(hits, 'name-only')).toBe(scoreOf(hits, 'name-and-summary'));
    }
  });
});

describe('a word most records have is looked up in names and aliases only', () => {
  // `shared` records have "một cửa" in their summaries; one record has it in its name.
  const catalog = (shared: number): ProcedureSpec[] => [
    ...Array.from({ length: shared }, (_, i) => ({ id: `office-${i}`, vi: `Thủ tục hành chính ${i + 1}`, summary: 'Nộp hồ sơ tại bộ phận một cửa.' })),
    { id: 'named', vi: 'Tiếp nhận hồ sơ một cửa' },
  ];

  it('at 50 records with the word, every record with it is found', () => {
    expect(search(catalog(49), 'cửa')).toHaveLength(50);
  });

  it('past 50 records, only the one that names it', () => {
    expect(search(catalog(50), 'cửa').map((h) => h.id)).toEqual(['named']);
  });
});

describe('label fit: how much of the name the query is', () => {
  // Same words, same fields, same rarity: only the share of the name the query covers differs.
  const cards: ProcedureSpec[] = [
    { id: 'card', vi: 'Cấp thẻ căn cước' },
    { id: 'electronic-card', vi: 'Cấp thẻ căn cước điện tử' },
  ];

  it('3 words of a 4-word name fit better than 3 of 6, by the documented weights', () => {
    // fit = 1 + 1.2 × (0.4 + 0.6 × share of the name) + 0.25 × (words spelled as typed ÷ words typed with diacritics)
    const typed = search(cards, 'thẻ căn cước');
    expect(typed.map((h) => h.id).slice(0, 2)).toEqual(['card', 'electronic-card']);
    expect(scoreOf(typed, 'electronic-card') / scoreOf(typed, 'card')).toBeCloseTo((1 + 1.2 * (0.4 + 0.6 * 3 / 6) + 0.25) / (1 + 1.2 * (0.4 + 0.6 * 3 / 4) + 0.25), 2);
    const plain = search(cards, 'the can cuoc');
    expect(scoreOf(plain, 'electronic-card') / scoreOf(plain, 'card')).toBeCloseTo((1 + 1.2 * (0.4 + 0.6 * 3 / 6)) / (1 + 1.2 * (0.4 + 0.6 * 3 / 4)), 2);
  });
});
