/**
 * The label re-ranking, rule by rule, with fixtures that differ only in what the rule reads: how
 * much of a name the query is (synonym phrases included), how much of the query the name is, the
 * words spelled as typed, which documents reach the re-ranking, and filler words, which add to the
 * label score of documents that match without deciding which documents match.
 */
import { describe, expect, it } from 'vitest';
import { createSearch, toSearchData } from '../../src/index.js';
import { fixtureCatalog, FIXTURE_SYNONYMS, type ProcedureSpec } from './search-fixture.js';

const FILLER: ProcedureSpec[] = [
  { id: 'filler-a', vi: 'Cấp giấy phép xây dựng', summary: 'Xây nhà ở riêng lẻ.' },
  { id: 'filler-b', vi: 'Đăng ký kết hôn', summary: 'Hai người đăng ký kết hôn.' },
  { id: 'filler-c', vi: 'Cấp phiếu lý lịch tư pháp', summary: 'Phiếu số 1 và số 2.' },
];
const searchOf = (specs: ProcedureSpec[], locale = 'vi') => createSearch(fixtureCatalog([...specs, ...FILLER], FIXTURE_SYNONYMS), { locale });
const hitsOf = (specs: ProcedureSpec[], query: string, limit = 100) => searchOf(specs).search(query, { limit }).hits;
const scoreOf = (hits: { id: string; score: number }[], id: string) => hits.find((h) => h.id === id)!.score;
/** The documented label fit: 1 + 1.2 × share of the query² × (0.4 + 0.6 × share of the label) + 0.25 × share of the words spelled as typed. */
const fit = (queryShare: number, labelShare: number, exact = 0) => 1 + 1.2 * queryShare * queryShare * (0.4 + 0.6 * labelShare) + 0.25 * exact;

describe('a synonym phrase in a name counts as the words it spans', () => {
  // "bằng lái" is "giấy phép lái xe" (FIXTURE_SYNONYMS): 4 of the 5 words of one name, 4 of the 6 of the other.
  const licences: ProcedureSpec[] = [
    { id: 'five', vi: 'Đổi giấy phép lái xe' },
    { id: 'six', vi: 'Cấp đổi giấy phép lái xe' },
  ];

  it('when the query asks for it, by the words before and inside the phrase', () => {
    const hits = hitsOf(licences, 'bằng lái');
    expect(hits.map((h) => h.id).slice(0, 2)).toEqual(['five', 'six']);
    // "lái" is spelled as typed in both names, "bằng" in neither: half the words with diacritics.
    expect(scoreOf(hits, 'six') / scoreOf(hits, 'five')).toBeCloseTo(fit(1, 4 / 6, 0.5) / fit(1, 4 / 5, 0.5), 3);
  });

  it('not when the query asks only for the other words of the name', () => {
    const specs: ProcedureSpec[] = [licences[1]!, { id: 'card', vi: 'Cấp đổi thẻ căn cước cũ' }];
    // "cấp đổi" is 2 of the 6 words of both names: the phrase in one of them is not asked for.
    const hits = hitsOf(specs, 'cấp đổi');
    expect(scoreOf(hits, 'six')).toBe(scoreOf(hits, 'card'));
  });
});

describe('how much of the query a name holds', () => {
  // "hươu" and "nai" are equally rare: each is half of the query "hươu nai".
  const deer: ProcedureSpec[] = [
    { id: 'hươu', vi: 'Cấp phép nuôi hươu' },
    { id: 'both', vi: 'Cấp phép nuôi hươu nai' },
    { id: 'nai', vi: 'Cấp phép nuôi nai' },
  ];

  it('half of the query: half the weight, a quarter of the coverage, a quarter of the fit', () => {
    const hits = hitsOf(deer, 'hươu nai');
    // Half the words' weight, times the square of the share of the query matched, then the name's fit
    // ("hươu", the one word typed with diacritics, is spelled as typed in both names).
    expect(scoreOf(hits, 'hươu') / scoreOf(hits, 'both')).toBeCloseTo((0.5 * 0.5 * 0.5 * fit(0.5, 1 / 4, 1)) / fit(1, 2 / 5, 1), 3);
  });
});

describe('a word counts once per document, however many fields have it', () => {
  it('also for a document that matches half of the query', () => {
    const specs: ProcedureSpec[] = [
      { id: 'name-only', vi: 'Cấp phép nuôi hươu' },
      { id: 'name-and-summary', vi: 'Cấp phép nuôi hươu', summary: 'Trại nuôi hươu sao.' },
      // As many with "nai": each word is half of the query.
      { id: 'nai', vi: 'Cấp phép nuôi nai' },
      { id: 'nai-2', vi: 'Cấp phép nuôi nai sừng tấm' },
    ];
    const hits = hitsOf(specs, 'hươu nai');
    expect(scoreOf(hits, 'name-and-summary')).toBe(scoreOf(hits, 'name-only'));
  });
});

describe('a word the engine had to correct', () => {
  it('counts three quarters of the word, in the score and in the share of the query the name holds', () => {
    const deer: ProcedureSpec[] = [
      { id: 'hươu', vi: 'Cấp phép nuôi hươu' },
      { id: 'both', vi: 'Cấp phép nuôi hươu nai' },
      { id: 'nai', vi: 'Cấp phép nuôi nai' },
    ];
    const search = searchOf(deer);
    const typed = search.search('huou nai').hits;
    const mistyped = search.search('huouu nai').hits;
    // Typed without diacritics: no exact-spelling bonus. "huouu" is one edit from "huou" (0.75).
    expect(scoreOf(mistyped, 'both') / scoreOf(typed, 'both')).toBeCloseTo((0.875 * fit(0.875, 2 / 5)) / fit(1, 2 / 5), 3);
  });
});

describe('words spelled as typed', () => {
  it('a name that spells the word as typed gets the exact-spelling bonus, one that only folds to it does not', () => {
    const specs: ProcedureSpec[] = [
      { id: 'sell', vi: 'Giấy phép bán lẻ' },
      { id: 'copy', vi: 'Giấy phép bản lẻ' },
    ];
    const hits = hitsOf(specs, 'bán');
    // The word that only folds to "bán" counts 0.6 in the score, and adds nothing to the fit.
    expect(scoreOf(hits, 'copy') / scoreOf(hits, 'sell')).toBeCloseTo((0.6 * fit(1, 1 / 4, 0)) / fit(1, 1 / 4, 1), 3);
  });
});

describe('suggestions complete the query with a name that has every word asked for', () => {
  const specs: ProcedureSpec[] = [
    { id: 'marriage', vi: 'Đăng ký kết hôn lần đầu' },
    { id: 'birth', vi: 'Đăng ký khai sinh' },
  ];

  it('filler words need not be in the name', () => {
    expect(searchOf(specs).suggest('thủ tục đăng ký kết hôn lần đầu').suggestions.map((s) => s.text)).toEqual(['Đăng ký kết hôn lần đầu']);
  });

  it('every other word must be', () => {
    // "Đăng ký khai sinh" matches half of the query, so it is a result, but it does not complete it.
    const search = searchOf(specs);
    expect(search.search('đăng ký khai hôn', { limit: 10 }).hits.map((h) => h.id)).toContain('birth');
    expect(search.suggest('đăng ký khai hôn').suggestions).toEqual([]);
  });
});

describe('filler words in the ranking', () => {
  const twins: ProcedureSpec[] = [
    { id: 'plain', vi: 'Đăng ký nuôi con nuôi', summary: 'Nhận nuôi trẻ em.' },
    { id: 'wordy', vi: 'Đăng ký nuôi con nuôi', summary: 'Nhận nuôi trẻ em ở đâu, làm thế nào, cần gì.' },
  ];

  it('a filler word in a summary adds nothing to the score', () => {
    const hits = hitsOf(twins, 'đăng ký nuôi con nuôi ở đâu cần gì');
    expect(scoreOf(hits, 'plain')).toBe(scoreOf(hits, 'wordy'));
  });

  it('filler words alone do not make a document match', () => {
    // "ở" is in a summary of the fixture ("Xây nhà ở riêng lẻ"): with "nuôi" it is no reason to list it.
    expect(hitsOf(twins, 'nuôi con ở đâu').map((h) => h.id).sort()).toEqual(['plain', 'wordy']);
  });
});

describe('which documents reach the label re-ranking', () => {
  // 45 membership cards have "card" in their names and the other words in their summaries: by score
  // they fill the first 40 places. The library card has two of the three words in its name.
  const cards: ProcedureSpec[] = [
    ...Array.from({ length: 45 }, (_, i) => ({ id: `member-${i}`, vi: `Thẻ hội viên ${i + 1}`, en: `Membership card ${i + 1}`, summaryEn: 'Replace a lost library membership.' })),
    // Its id sorts after the others': ties are broken by id, so only its label score can choose it.
    { id: 'reader-card', vi: 'Thẻ thư viện', en: 'Library card' },
    { id: 'passport', vi: 'Cấp lại hộ chiếu', en: 'Replace a passport' },
  ];
  const en = () => createSearch(fixtureCatalog(cards, FIXTURE_SYNONYMS), { locale: 'en' });

  it('a document whose name holds most of the query, behind 40 that score more by their summaries', () => {
    expect(en().search('replace library card', { limit: 3 }).hits[0]!.id).toBe('reader-card');
  });
});

describe('filler words add to the label score of matching documents only, query after query', () => {
  // 60 licences match "giấy chứng nhận đủ điều kiện kinh doanh" in their names; the pharmacy's alias
  // also has "dược" (read as the filler "được" when typed without diacritics), which lifts it into
  // the label re-ranking. Ten other certificates have the filler "những" in their names but match
  // nothing of the other queries.
  const specs: ProcedureSpec[] = [
    ...Array.from({ length: 60 }, (_, i) => ({ id: `food-${i}`, vi: `Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm cho hộ kinh doanh số ${i + 1}` })),
    ...Array.from({ length: 12 }, (_, i) => ({ id: `many-${i}`, vi: `Giấy chứng nhận những cơ sở đủ điều kiện kinh doanh ${i + 1}` })),
    { id: 'pharmacy', vi: 'Cấp giấy chứng nhận đủ điều kiện kinh doanh cho cơ sở bán lẻ thuốc', aliases: ['giấy chứng nhận đủ điều kiện kinh doanh dược'] },
  ];

  it('a filler word of an earlier query does not lift documents it did not find', () => {
    const search = searchOf(specs);
    const query = 'giay chung nhan du dieu kien kinh doanh duoc';
    expect(search.search(query, { limit: 3 }).hits[0]!.id).toBe('pharmacy');
    // Other queries with the filler "những", which the food licences match and the certificates do not.
    for (let i = 0; i < 3; i++) expect(search.search('những an toàn thực phẩm', { limit: 100 }).hits.map((h) => h.id)).not.toContain('many-0');
    expect(search.search(query, { limit: 3 }).hits[0]!.id).toBe('pharmacy');
  });
});

describe('popularity read from search.json', () => {
  // The same four licences as in ranking-rules.test.ts, one of them with no dossiers at all.
  const licences: ProcedureSpec[] = [0, 100_000, undefined, 1_000].map((yearlyDossiers, i) => ({
    id: `licence-${i}`,
    vi: 'Cấp giấy phép kinh doanh rượu',
    ...(yearlyDossiers === undefined ? {} : { yearlyDossiers }),
  }));

  it('ranks as the catalog does: none a year is the least used, not a missing figure', () => {
    const fromData = createSearch(JSON.parse(JSON.stringify(toSearchData(fixtureCatalog([...licences, ...FILLER]), 'vi'))));
    const hits = fromData.search('giấy phép kinh doanh rượu', { limit: 10 }).hits;
    expect(hits.map((h) => h.id)).toEqual(['licence-1', 'licence-2', 'licence-3', 'licence-0']);
    expect(scoreOf(hits, 'licence-0') / scoreOf(hits, 'licence-1')).toBeCloseTo(0.7, 3);
    // Halfway up the log scale of dossiers (1 → 1,000 → 1,000,000 would be halfway; 0 → 1,000 → 100,000 is 0.6).
    expect(scoreOf(hits, 'licence-3') / scoreOf(hits, 'licence-1')).toBeCloseTo(1 - (0.3 * Math.log1p(100_000 / 1_001)) / Math.log1p(100_000), 2);
  });
});
