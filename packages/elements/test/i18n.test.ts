import { expect } from '@open-wc/testing';
import en from '../src/locales/en.js';
import vi from '../src/locales/vi.js';
import { loadUiStrings, translator, uiLocale, uiStringsReady } from '../src/internal/i18n.js';

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k.replace(/_(one|other)$/, '')}`] : keys(v as object, `${prefix}${k}.`)));

describe('UI strings', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect([...new Set(keys(vi))].sort()).to.deep.equal([...new Set(keys(en))].sort());
  });

  it('load English on demand: Vietnamese ships with the elements', async () => {
    expect(uiStringsReady('vi')).to.equal(true);
    await loadUiStrings('en');
    expect(uiStringsReady('en')).to.equal(true);
    expect(translator('en')('search.label')).to.equal(en.search.label);
  });

  it('pluralise and interpolate per language', async () => {
    await loadUiStrings('en');
    expect(translator('en')('search.results', { count: 1 })).to.equal('1 result');
    expect(translator('en')('search.results', { count: 3 })).to.equal('3 results');
    expect(translator('vi')('search.results', { count: 3 })).to.equal('3 kết quả');
    expect(translator('en')('hotline.call', { phone: '<b>1022</b>' })).to.equal('Call <b>1022</b>');
  });

  it('choose Vietnamese for languages they do not have', () => {
    expect(uiLocale('en-GB')).to.equal('en');
    expect(uiLocale('fr')).to.equal('vi');
  });
});
