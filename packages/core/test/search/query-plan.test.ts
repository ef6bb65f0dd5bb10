/**
 * How a query is read before it is ranked (query-plan.ts), told by what a citizen sees: which
 * procedure comes first, what "did you mean" says, which words are highlighted, what type-ahead
 * offers. Each fixture differs only in what the reading under test looks at.
 */
import { describe, expect, it } from 'vitest';
import { createSearch, createWholeSearch, toSearchData, type CatalogSearch } from '../../src/index.js';
import { fixtureCatalog, FIXTURE_SYNONYMS, type ProcedureSpec } from './search-fixture.js';

const searchOf = (specs: ProcedureSpec[], locale = 'vi') => createSearch(fixtureCatalog(specs, FIXTURE_SYNONYMS), { locale });
const ids = (search: CatalogSearch, query: string) => search.search(query, { limit: 100 }).hits.map((h) => h.id);
/** The words highlighted in the name of one hit. */
function marked(search: CatalogSearch, query: string, id: string): string[] {
  const hit = search.search(query, { limit: 100 }).hits.find((h) => h.id === id);
  if (!hit) return [];
  const name = search.text(id)!.name;
  return hit.highlights.filter((h) => h.field === 'name').map((h) => name.slice(h.start, h.end));
}
const suggested = (search: CatalogSearch, query: string) => search.suggest(query).suggestions.map((s) => s.id);

describe('the word still being typed', () => {
  // "hoa" (flower) is a word of its own and the start of "hoãn" (postpone); no text has a word "ng".
  const specs: ProcedureSpec[] = [
    { id: 'postpone', vi: 'Đăng ký hoãn nghĩa vụ quân sự' },
    { id: 'flower', vi: 'Đăng ký kinh doanh hoa tươi' },
  ];
  const search = searchOf(specs);

  it('completes a half-typed last word of two letters or more, and highlights the word it completes to', () => {
    expect(marked(search, 'đăng ký ngh', 'postpone')).toEqual(['Đăng ký', 'nghĩa']);
    expect(marked(search, 'đăng ký ng', 'postpone')).toEqual(['Đăng ký', 'nghĩa']);
    expect(ids(search, 'đăng ký ng')[0]).toBe('postpone');
  });

  it('does not complete a word followed by a space: the citizen has finished it', () => {
    expect(marked(search, 'đăng ký ngh ', 'postpone')).toEqual(['Đăng ký']);
  });

  it('completes only the last word', () => {
    expect(marked(search, 'ngh đăng ký', 'postpone')).toEqual(['Đăng ký']);
  });

  it('does not complete a single letter', () => {
    expect(marked(search, 'đăng ký n', 'postpone')).toEqual(['Đăng ký']);
  });

  it('in results, a last word that is a word already is the word: "hoa" is not "hoãn"', () => {
    expect(marked(search, 'đăng ký hoa', 'postpone')).toEqual(['Đăng ký']);
    expect(ids(search, 'đăng ký hoa')[0]).toBe('flower');
  });

  it('type-ahead completes it all the same: the citizen may be typing "hoãn"', () => {
    expect(suggested(search, 'đăng ký hoa')).toEqual(['flower', 'postpone']);
  });
});

describe('words typed without the space between them', () => {
  it('reads each half as a word of its own, with its own spelling ("dangky" is "đăng ký")', () => {
    const search = searchOf([
      { id: 'postpone', vi: 'Đăng ký hoãn nghĩa vụ quân sự' },
      { id: 'flower', vi: 'Kinh doanh hoa tươi' },
    ]);
    expect(ids(search, 'dangky')).toEqual(['postpone']);
    expect(search.suggest('dangky').didYouMean).toBe('đăng ký');
  });

  it('cuts where the halves stand together in a name: "hochieu" is "hộ chiếu", not "học hiếu"', () => {
    const search = searchOf([
      { id: 'passport', vi: 'Cấp hộ chiếu phổ thông' },
      { id: 'school', vi: 'Xét tuyển học sinh' },
      { id: 'piety', vi: 'Khen thưởng con hiếu thảo' },
    ]);
    expect(ids(search, 'hochieu')).toEqual(['passport']);
    expect(search.suggest('hochieu').didYouMean).toBe('hộ chiếu');
    expect(marked(search, 'hochieu', 'passport')).toEqual(['hộ chiếu']);
  });
});

/** The documented label fit: 1 + 1.2 × share of the query² × (0.4 + 0.6 × share of the label) + 0.25 × share of the words spelled as typed. */
const fit = (queryShare: number, labelShare: number, exact = 0) => 1 + 1.2 * queryShare * queryShare * (0.4 + 0.6 * labelShare) + 0.25 * exact;
const scoreOf = (search: CatalogSearch, query: string, id: string) => search.search(query, { limit: 100 }).hits.find((h) => h.id === id)!.score;

describe('words the catalog does not have', () => {
  const search = searchOf([
    { id: 'birth', vi: 'Đăng ký khai sinh' },
    { id: 'again', vi: 'Đăng ký lại khai sinh' },
  ]);

  it('are a share of the query that no procedure has: four known words and one unknown are four fifths', () => {
    // Four equally rare words, the two typed with diacritics spelled as typed either way.
    expect(scoreOf(search, 'đăng ký khai sinh xyz', 'birth') / scoreOf(search, 'đăng ký khai sinh', 'birth')).toBeCloseTo((0.8 * 0.8 * fit(0.8, 1, 1)) / fit(1, 1, 1), 2);
  });

  it('each different one counts: two unknown words and four known ones are four sixths', () => {
    expect(scoreOf(search, 'đăng ký khai sinh xyz abc', 'birth') / scoreOf(search, 'đăng ký khai sinh', 'birth')).toBeCloseTo(((4 / 6) * (4 / 6) * fit(4 / 6, 1, 1)) / fit(1, 1, 1), 2);
  });

  it('cost as much with a filler word in the query as without it', () => {
    // "cho" is a filler word with no diacritics, which the name does not have.
    expect(scoreOf(search, 'đăng ký khai sinh cho xyz', 'birth')).toBe(scoreOf(search, 'đăng ký khai sinh xyz', 'birth'));
  });

  it('count once however often and in whatever case they are typed', () => {
    const once = scoreOf(search, 'đăng ký khai sinh xyz', 'birth');
    expect(scoreOf(search, 'đăng ký khai sinh xyz xyz', 'birth')).toBe(once);
    expect(scoreOf(search, 'đăng ký khai sinh xyz XYZ', 'birth')).toBe(once);
  });
});

describe('Telex typed with the input method off', () => {
  // "xoong" (a pot) is a word as typed and the Telex keys of "xông" (steam).
  const search = searchOf([
    { id: 'pot', vi: 'Kinh doanh xoong nồi' },
    { id: 'sauna', vi: 'Kinh doanh xông hơi' },
  ]);

  it('a word that is a word as typed is that word first, its Telex reading at half', () => {
    expect(ids(search, 'xoong')).toEqual(['pot', 'sauna']);
    // Each name has one word of four; the reading counts half, in the score and in the share of the query.
    expect(scoreOf(search, 'xoong', 'sauna') / scoreOf(search, 'xoong', 'pot')).toBeCloseTo((0.5 * fit(0.5, 1 / 4)) / fit(1, 1 / 4), 3);
    expect(marked(search, 'xoong', 'sauna')).toEqual(['xông']);
  });

  it('and the citizen is not told "did you mean": the word as typed may be what they meant', () => {
    expect(search.suggest('xoong').didYouMean).toBeUndefined();
  });

  it('a word that is only Telex is read as the word it spells, and said so', () => {
    expect(ids(search, 'howi')).toEqual(['sauna']);
    expect(search.suggest('kinh doanh howi').didYouMean).toBe('kinh doanh hơi');
  });
});

describe('a one-letter slip', () => {
  const search = searchOf([
    { id: 'birth', vi: 'Đăng ký khai sinh' },
    { id: 'marriage', vi: 'Đăng ký kết hôn' },
  ]);

  it('in a word of five letters or more is corrected, at three quarters of the word, and said so', () => {
    expect(ids(search, 'khaii sinh')).toEqual(['birth']);
    expect(marked(search, 'khaii sinh', 'birth')).toEqual(['khai sinh']);
    expect(search.suggest('khaii sinh').didYouMean).toBe('khai sinh');
  });

  it('in a shorter word is not: "kjai" could be too many words', () => {
    expect(marked(search, 'kjai sinh', 'birth')).toEqual(['sinh']);
    expect(search.suggest('kjai sinh').didYouMean).toBeUndefined();
  });
});

describe('filler words, numbers and letters', () => {
  const search = searchOf([
    { id: 'tax-code', vi: 'Cấp mã số thuế' },
    { id: 'tax-lookup', vi: 'Tra cứu số thuế' },
    { id: 'form-12', vi: 'Tờ khai mẫu 12' },
    { id: 'form-123', vi: 'Tờ khai mẫu 123' },
    { id: 'birth', vi: 'Đăng ký khai sinh', aliases: ['làm giấy khai sinh'] },
  ]);

  it('in a query typed with diacritics, a word without any is the level-tone word: "ma" is not the filler "mà"', () => {
    // Type-ahead completes the query only with names that have every word that is not filler.
    expect(suggested(search, 'ma số thuế')).toEqual(['tax-code']);
    // Typed without diacritics, "ma" may be "mà": a name need not have it.
    expect(suggested(search, 'ma so thue')).toEqual(['tax-code', 'tax-lookup']);
  });

  it('a number of one or two digits names nothing by itself; one of three does', () => {
    expect(search.search('12').total).toBe(0);
    expect(ids(search, '123')).toEqual(['form-123']);
  });

  it('with other words, a short number lifts the name that has it and costs nothing to one that does not', () => {
    expect(ids(search, 'tờ khai 12')).toEqual(['form-12', 'form-123']);
    expect(scoreOf(search, 'tờ khai 12', 'form-123')).toBe(scoreOf(search, 'tờ khai', 'form-123'));
  });

  it('filler words with only numbers or unknown words find nothing', () => {
    expect(search.search('làm 12').total).toBe(0);
    expect(search.search('làm gì xyz').total).toBe(0);
  });

  it('a query of filler words alone asks for them', () => {
    expect(ids(search, 'làm gì')).toEqual(['birth']);
  });
});

describe('a synonym phrase typed with its input method off, or without a space', () => {
  // "lại" (again) is the catalog's first spelling of "lai"; the phrase "giấy phép lái xe" has "lái" (drive).
  const search = searchOf([
    { id: 'licence', vi: 'Cấp lại giấy phép lái xe bị mất' },
    { id: 'banner', vi: 'Treo băng rôn quảng cáo' },
  ]);

  it('"did you mean" writes the phrase as the synonym set writes it', () => {
    expect(search.suggest('bawngf lasi').didYouMean).toBe('bằng lái');
    expect(search.suggest('giaasy phep lai xe').didYouMean).toBe('giấy phép lái xe');
    // "bằng" typed with its diacritics is not the catalog's first "bang" ("băng").
    expect(search.suggest('bằng lasi').didYouMean).toBe('bằng lái');
  });

  it('a word typed without its space inside the phrase is one word of the query', () => {
    expect(ids(search, 'giay phep laixe')).toEqual(['licence']);
    expect(search.suggest('giay phep laixe').didYouMean).toBe('giấy phép lái xe');
  });

  it('a phrase typed as written, with or without diacritics, needs no "did you mean"', () => {
    expect(search.suggest('bang lai').didYouMean).toBeUndefined();
    expect(search.suggest('giấy phép lái xe').didYouMean).toBeUndefined();
    expect(marked(search, 'bang lai', 'licence')).toEqual(['giấy phép lái xe']);
  });
});

describe('a letter still being typed says nothing about the language of the query', () => {
  // The English index is still loading: a query that may be English is answered here, marked pending.
  const search = createWholeSearch(toSearchData(fixtureCatalog([{ id: 'birth', vi: 'Đăng ký khai sinh', en: 'Birth registration' }]), 'vi'), { alternate: () => new Promise<never>(() => {}) });
  const pending = (query: string) => search.searchLoaded(query)?.pending === true;

  it('alone, or after words the Vietnamese index reads', () => {
    expect(pending('')).toBe(false);
    expect(pending('d')).toBe(false);
    expect(pending('đăng k')).toBe(false);
  });

  it('unlike a letter followed by a space, or at the start, or an unknown word of two letters', () => {
    expect(pending('đăng k ')).toBe(true);
    expect(pending('k đăng ký')).toBe(true);
    expect(pending('đăng xy')).toBe(true);
  });
});

describe('keys typed with the input method off say which diacritics the citizen meant', () => {
  const specs: ProcedureSpec[] = [
    { id: 'diploma', vi: 'Cấp bằng tốt nghiệp' },
    { id: 'banner', vi: 'Treo băng rôn' },
  ];

  it('"bawngf" (Telex) and "ba82ng" (VNI) are "bằng", above "băng", in either catalog order', () => {
    for (const catalog of [specs, [...specs].reverse()]) {
      const search = searchOf(catalog);
      for (const query of ['bawngf', 'ba82ng']) {
        expect(ids(search, query)).toEqual(['diploma', 'banner']);
        // "băng" only folds to what was meant: 0.6 of the reading (0.95), and no exact-spelling bonus.
        expect(scoreOf(search, query, 'banner') / scoreOf(search, query, 'diploma')).toBeCloseTo((0.6 * 0.95 * fit(0.95, 1 / 3)) / fit(0.95, 1 / 4, 1), 3);
      }
    }
  });
});

describe('rare words decide more than common ones', () => {
  it('a name with the rare word of two is found; one with only the word three names have is not', () => {
    const search = searchOf([
      { id: 'deer', vi: 'Cấp phép nuôi hươu' },
      { id: 'elk-1', vi: 'Cấp phép nuôi nai' },
      { id: 'elk-2', vi: 'Cấp phép nuôi nai sừng tấm' },
      { id: 'elk-3', vi: 'Cấp phép nuôi nai con' },
    ]);
    expect(ids(search, 'hươu nai')).toEqual(['deer']);
  });
});

describe('a pasted text', () => {
  const search = searchOf([
    { id: 'birth', vi: 'Đăng ký khai sinh' },
    { id: 'licence', vi: 'Cấp lại giấy phép lái xe bị mất' },
  ]);

  it('is read up to its first 256 characters', () => {
    expect(ids(search, `${'a'.repeat(200)} khai sinh`)).toEqual(['birth']);
    expect(search.search(`${'a'.repeat(300)} khai sinh`).total).toBe(0);
  });

  it('reads full-width letters as plain ones and drops zero-width characters', () => {
    expect(ids(search, 'ＧＰＬＸ')).toEqual(['licence']);
    expect(ids(search, 'kh\u200Bai si\uFEFFnh')).toEqual(['birth']);
  });
});

describe('more readings of what was typed', () => {
  const search = searchOf([
    { id: 'licence', vi: 'Cấp lại giấy phép lái xe bị mất', en: 'Replace a lost driving licence' },
    { id: 'taxi', vi: 'Đăng ký hành nghề xe ôm', en: 'Motorbike taxi licence' },
    { id: 'marriage', vi: 'Đăng ký kết hôn', en: 'Marriage registration' },
  ]);

  it('a word of two two-letter words typed without the space: "xeom" is "xe ôm"', () => {
    expect(ids(search, 'xeom')).toEqual(['taxi']);
    expect(search.suggest('xeom').didYouMean).toBe('xe ôm');
  });

  it('a synonym phrase typed with diacritics counts fully: a phrase has no spelling of its own to compare', () => {
    // "lái" is spelled as typed in the name, "bằng" is not in it: half the words with diacritics found.
    // The name has the phrase as 4 of its 8 words.
    expect(scoreOf(search, 'bằng lái', 'licence') / scoreOf(search, 'bang lai', 'licence')).toBeCloseTo(fit(1, 1 / 2, 1 / 2) / fit(1, 1 / 2), 3);
  });

  it('a word typed twice asks once', () => {
    expect(scoreOf(search, 'đăng ký kết hôn hôn', 'marriage')).toBe(scoreOf(search, 'đăng ký kết hôn', 'marriage'));
  });

  it('an English filler word typed with its accent is still a filler word', () => {
    const en = searchOf([
      { id: 'marriage', vi: 'Đăng ký kết hôn', en: 'Marriage registration' },
      { id: 'birth', vi: 'Đăng ký khai sinh', en: 'Birth registration' },
    ], 'en');
    expect(suggested(en, 'marriage registration fiancée')).toEqual(['marriage']);
  });
});

describe('the part of the procedure a question asks about', () => {
  const search = searchOf([{ id: 'marriage', vi: 'Đăng ký kết hôn' }]);

  it('is said with the result, and its words need not be in the name', () => {
    const result = search.search('lệ phí đăng ký kết hôn bao nhiêu tiền');
    expect(result.aspect).toBe('fees');
    expect(result.hits.map((h) => h.id)).toEqual(['marriage']);
    expect(search.search('đăng ký kết hôn').aspect).toBeUndefined();
  });
});

describe('readings and what each counts', () => {
  const search = searchOf([
    { id: 'passport', vi: 'Cấp hộ chiếu phổ thông' },
    { id: 'intl', vi: 'Đổi GPLX quốc tế' },
    { id: 'licence', vi: 'Cấp lại giấy phép lái xe bị mất' },
    { id: 'class-b', vi: 'Sát hạch lái xe hạng B' },
  ]);

  it('the halves of a word typed without its space count nine tenths each, and no spelling is asked of them', () => {
    // "Cấp hộ chiếu phổ thông": 2 of its 5 words, typed without diacritics either way.
    expect(scoreOf(search, 'hochieu', 'passport') / scoreOf(search, 'ho chieu', 'passport')).toBeCloseTo((0.9 * fit(0.9, 2 / 5)) / fit(1, 2 / 5), 3);
  });

  it('a synonym phrase typed with diacritics finds a name with another phrase of its set as fully as typed without them', () => {
    // "Đổi GPLX quốc tế" spells none of the words of "bằng lái": nothing to compare, nothing lost.
    expect(scoreOf(search, 'bằng lái', 'intl')).toBe(scoreOf(search, 'bang lai', 'intl'));
  });

  it('a single letter names nothing by itself, even one a name has', () => {
    expect(search.search('b').total).toBe(0);
    expect(ids(search, 'lái xe b')[0]).toBe('class-b');
  });
});

describe('where a word typed without its space is cut', () => {
  it('where the halves stand together in a name, also when that is not the first cut', () => {
    const search = searchOf([
      { id: 'scholarship', vi: 'Học bổng hiếu học' },
      { id: 'household', vi: 'Hộ gia đình' },
      { id: 'lights', vi: 'Chiếu sáng công cộng' },
    ]);
    expect(ids(search, 'hochieu')).toEqual(['scholarship']);
    expect(search.suggest('hochieu').didYouMean).toBe('học hiếu');
  });
});

describe('a synonym phrase that no name or alias has', () => {
  it('still counts fully towards what a result must match: the catalog declared it a name', () => {
    // "bằng lái" is only in a summary. With it, "cấp" alone is too little of "cấp bằng lái".
    const search = searchOf([
      { id: 'card', vi: 'Cấp thẻ hội viên', summary: 'Khi bằng lái bị mất.' },
      { id: 'deer', vi: 'Cấp phép nuôi hươu' },
      { id: 'swap', vi: 'Đổi thẻ' },
      { id: 'banner', vi: 'Treo băng rôn' },
    ]);
    expect(ids(search, 'cấp bằng lái')).toEqual(['card']);
  });
});
