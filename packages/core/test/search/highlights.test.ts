import { describe, expect, it } from 'vitest';
import { createSearch, richTextToPlain, pick } from '../../src/index.js';
import { CIVIL_AND_TRANSPORT, FIXTURE_SYNONYMS, fixtureCatalog } from './search-fixture.js';

const catalog = fixtureCatalog(CIVIL_AND_TRANSPORT, FIXTURE_SYNONYMS);
const search = createSearch(catalog, { locale: 'vi' });

/** The highlighted substrings of one field of the first hit. */
function marked(query: string, field: 'name' | 'summary', engine = search): string[] {
  const hit = engine.search(query).hits[0]!;
  const text = engine.text(hit.id)![field];
  return hit.highlights.filter((h) => h.field === field).map((h) => text.slice(h.start, h.end));
}

describe('highlights', () => {
  it('marks the words of the original name, diacritics and case as written', () => {
    expect(marked('dang ky ket hon', 'name')).toEqual(['Đăng ký kết hôn']);
  });

  it('marks words matched through Telex, VNI and typos', () => {
    expect(marked('ddawng kys', 'name')).toEqual(['Đăng ký']);
    expect(marked('ke61t ho6n', 'name')).toEqual(['kết hôn']);
  });

  it('marks the phrase a synonym matched', () => {
    expect(marked('GPLX', 'name')).toEqual(['giấy phép lái xe']);
    expect(marked('GPLX', 'summary')).toEqual(['bằng lái']);
  });

  it('gives offsets into the plain text of the summary', () => {
    const hit = search.search('ủy ban nhân dân').hits[0]!;
    const procedure = catalog.procedures.find((p) => p.id === hit.id)!;
    const plain = richTextToPlain(pick(procedure.summary, 'vi'));
    expect(search.text(hit.id)!.summary).toBe(plain);
    const ranges = hit.highlights.filter((h) => h.field === 'summary');
    expect(ranges.map((h) => plain.slice(h.start, h.end))).toEqual(['Ủy ban nhân dân']);
  });

  it('counts offsets in the text as stored, also when it is in NFD', () => {
    const name = 'Cấp giấy phép xây dựng'.normalize('NFD');
    const engine = createSearch(fixtureCatalog([{ id: 'permit', vi: name }]), { locale: 'vi' });
    const hit = engine.search('xay dung').hits[0]!;
    expect(hit.highlights.map((h) => name.slice(h.start, h.end))).toEqual(['xây dựng'.normalize('NFD')]);
  });

  it('is plain data: no markup in any result', () => {
    const result = search.search('<b>khai sinh</b>');
    expect(JSON.stringify(result)).not.toMatch(/<\/?(b|mark|em)>/);
    for (const h of result.hits.flatMap((hit) => hit.highlights)) {
      expect(Object.keys(h).sort()).toEqual(['end', 'field', 'start']);
      expect(h.end).toBeGreaterThan(h.start);
    }
  });

  it('marks nothing for the empty query', () => {
    expect(search.search('').hits.every((h) => h.highlights.length === 0)).toBe(true);
  });
});
