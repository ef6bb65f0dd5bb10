import { describe, expect, it } from 'vitest';
import { decodeTelex, decodeVni, exactKey, foldTerm, foldText, hasDiacritics, placeTone, splitTone, stemEnglish, tokenize } from '../../src/index.js';

describe('folding', () => {
  it.each([
    ['Giấy phép lái xe', 'giay phep lai xe'],
    ['ĐĂNG KÝ ĐẤT ĐAI', 'dang ky dat dai'],
    ['đường', 'duong'],
    ['Sở Tư pháp', 'so tu phap'],
    ['ƯỚC', 'uoc'],
    ['already ascii', 'already ascii'],
  ])('folds %s to %s', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('folds đ and Đ, which Unicode does not decompose', () => {
    expect('đ'.normalize('NFD')).toBe('đ');
    expect(foldText('Đổi đăng ký')).toBe('doi dang ky');
  });

  it('gives the same folding for NFC and NFD text', () => {
    const nfc = 'Hộ chiếu phổ thông'.normalize('NFC');
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(foldText(nfd)).toBe(foldText(nfc));
  });

  it.each([
    ['kí', 'ký'],
    ['lí', 'lý'],
    ['Mĩ', 'Mỹ'],
    ['quí', 'quý'],
    ['i', 'y'],
  ])('meets the i/y spelling variants %s and %s', (a, b) => {
    expect(foldTerm(a)).toBe(foldTerm(b));
  });

  it('keeps y where it is not a spelling variant', () => {
    expect(foldTerm('tuy')).toBe('tuy');
    expect(foldTerm('giấy')).toBe('giay');
    expect(foldTerm('ấy')).toBe('ay');
  });

  it('tells typed diacritics apart from plain letters', () => {
    expect(hasDiacritics('bán')).toBe(true);
    expect(hasDiacritics('đi')).toBe(true);
    expect(hasDiacritics('ban')).toBe(false);
  });
});

describe('tone placement', () => {
  it.each([
    ['hoà', 'hòa'],
    ['thuỷ', 'thủy'],
    ['khoẻ', 'khỏe'],
    ['hoà'.normalize('NFD'), 'hòa'],
  ])('gives %s and %s the same diacritic-exact key', (a, b) => {
    expect(exactKey(a)).toBe(exactKey(b));
  });

  it('keeps words with other tones or marks apart', () => {
    expect(exactKey('bán')).not.toBe(exactKey('bản'));
    expect(exactKey('hoà')).not.toBe(exactKey('hoa'));
    expect(exactKey('dân')).not.toBe(exactKey('dấn'));
  });

  it('splits a word into its tone and its letters', () => {
    expect(splitTone('Việt')).toEqual({ base: 'Viêt', tone: 5 });
    expect(splitTone('hoà')).toEqual({ base: 'hoa', tone: 2 });
  });

  it('writes a tone in the old or the new place', () => {
    expect(placeTone('hoa', 2, 'old')).toBe('hòa');
    expect(placeTone('hoa', 2, 'new')).toBe('hoà');
    expect(placeTone('thuy', 3, 'old')).toBe('thủy');
    expect(placeTone('thuy', 3, 'new')).toBe('thuỷ');
    expect(placeTone('toan', 2)).toBe('toàn');
    expect(placeTone('người'.normalize('NFD').replace(/\u0300/, '').normalize('NFC'), 2)).toBe('người');
    expect(placeTone('quy', 1)).toBe('quý');
    expect(placeTone('gi', 2)).toBe('gì');
  });
});

describe('Telex typed with the input method off', () => {
  it.each([
    ['giaasy', 'giấy'],
    ['phesp', 'phép'],
    ['lasi', 'lái'],
    ['ddawng', 'đăng'],
    ['kys', 'ký'],
    ['dduwowcj', 'được'],
    ['nguowif', 'người'],
    ['tieengs', 'tiếng'],
    ['vieetj', 'việt'],
    ['hooj', 'hộ'],
    ['chieeus', 'chiếu'],
    ['nhwngx', 'những'],
    ['giaays', 'giấy'],
    ['giayas', 'giấy'],
  ])('reads %s as %s', (keys, word) => {
    expect(decodeTelex(keys)).toBe(word);
  });

  it('leaves words without Telex keys and words that are not Vietnamese syllables alone', () => {
    expect(decodeTelex('xe')).toBeUndefined();
    expect(decodeTelex('khai')).toBeUndefined();
    expect(decodeTelex('process')).toBeUndefined();
    expect(decodeTelex('GPLX')).toBeUndefined();
    expect(decodeTelex('')).toBeUndefined();
  });
});

describe('VNI typed with the input method off', () => {
  it.each([
    ['gia61y', 'giấy'],
    ['phe1p', 'phép'],
    ['d9a8ng', 'đăng'],
    ['ky1', 'ký'],
    ['d9u7o7c5', 'được'],
    ['chu7ng1', 'chứng'],
    ['thu7o7ng2', 'thường'],
    ['ho65', 'hộ'],
  ])('reads %s as %s', (keys, word) => {
    expect(decodeVni(keys)).toBe(word);
  });

  it('leaves codes, numbers and form names alone', () => {
    expect(decodeVni('ct01')).toBeUndefined();
    expect(decodeVni('2000488')).toBeUndefined();
    expect(decodeVni('xe')).toBeUndefined();
    expect(decodeVni('b1')).toBeUndefined();
  });
});

describe('English light stemming', () => {
  it.each([
    ['licences', 'licence'],
    ['license', 'licence'],
    ['registration', 'register'],
    ['registering', 'registered'],
    ['married', 'marry'],
    ['replacement', 'replacing'],
    ["driver's", 'driver'],
    ['companies', 'company'],
  ])('meets %s and %s', (a, b) => {
    expect(stemEnglish(a)).toBe(stemEnglish(b));
  });

  it('keeps short words and words that only look alike apart', () => {
    expect(stemEnglish('id')).toBe('id');
    expect(stemEnglish('permanent')).not.toBe(stemEnglish('permit'));
  });
});

describe('tokenizing', () => {
  it('gives offsets into the original text', () => {
    const text = 'Cấp lại GPLX (bị mất), mã 2.000488';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['Cấp', 'lại', 'GPLX', 'bị', 'mất', 'mã', '2.000488']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps combining marks inside the word in NFD text', () => {
    const text = 'Giấy phép'.normalize('NFD');
    expect(tokenize(text).map((t) => t.text)).toEqual(['Giấy'.normalize('NFD'), 'phép'.normalize('NFD')]);
  });
});
