import { expect } from '@open-wc/testing';
import en from '../src/locales/en.js';
import pagesEn from '../src/locales/pages-en.js';
import vi from '../src/locales/vi.js';
import pagesVi from '../src/locales/pages-vi.js';
import { loadUiStrings, translator, uiLocale, uiStringsReady } from '../src/internal/i18n.js';

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k.replace(/_(one|other)$/, '')}`] : keys(v as object, `${prefix}${k}.`)));

describe('UI strings', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect([...new Set(keys(vi))].sort()).to.deep.equal([...new Set(keys(en))].sort());
    expect([...new Set(keys(pagesVi))].sort()).to.deep.equal([...new Set(keys(pagesEn))].sort());
  });

  it('load English on demand, and each language\'s page strings apart: Vietnamese common strings ship with the elements', async () => {
    expect(uiStringsReady('vi', ['common'])).to.equal(true);
    expect(uiStringsReady('vi')).to.equal(false);
    await loadUiStrings('en', ['common']);
    // A search box in English needs no more; its page strings and the Vietnamese ones they fall back to load with the pages.
    expect(uiStringsReady('en', ['common'])).to.equal(true);
    expect(uiStringsReady('en')).to.equal(false);
    expect(translator('en')('search.label')).to.equal(en.search.label);
    await loadUiStrings('en');
    expect(uiStringsReady('en')).to.equal(true);
    expect(uiStringsReady('vi')).to.equal(true);
    expect(translator('en')('procedure.fee')).to.equal(pagesEn.procedure.fee);
    expect(translator('vi')('procedure.fee')).to.equal(pagesVi.procedure.fee);
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
