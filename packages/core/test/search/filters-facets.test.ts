import { describe, expect, it } from 'vitest';
import { createSearch, type Facets } from '../../src/index.js';
import { CIVIL_AND_TRANSPORT, fixtureCatalog } from './search-fixture.js';

const search = createSearch(fixtureCatalog(CIVIL_AND_TRANSPORT), { locale: 'vi' });
const count = (facets: Facets, facet: keyof Facets, value: string) => facets[facet].find((f) => f.value === value)?.count ?? 0;

describe('filters', () => {
  it('keeps procedures that can be done online', () => {
    const result = search.search('', { filters: { channel: 'online' } });
    expect(result.hits.map((h) => h.id).sort()).toEqual(['birth-registration', 'driving-license-reissue']);
    expect(result.total).toBe(2);
  });

  it('keeps free procedures with free: true, and ignores free: false', () => {
    expect(search.search('', { filters: { free: true } }).hits.map((h) => h.id).sort()).toEqual(['birth-registration', 'marriage-registration']);
    expect(search.search('', { filters: { free: false } }).total).toBe(CIVIL_AND_TRANSPORT.length);
  });

  it('reads several values of one facet as alternatives and several facets as all required', () => {
    expect(search.search('', { filters: { field: ['land', 'road-transport'] } }).total).toBe(2);
    expect(search.search('', { filters: { field: ['land', 'road-transport'], channel: 'online' } }).hits.map((h) => h.id)).toEqual(['driving-license-reissue']);
  });

  it('filters by agency, level and audience', () => {
    expect(search.search('', { filters: { agency: 'dept-transport' } }).total).toBe(2);
    expect(search.search('', { filters: { level: 'district' } }).hits.map((h) => h.id)).toEqual(['land-certificate']);
    expect(search.search('', { filters: { audience: 'household' } }).hits.map((h) => h.id)).toEqual(['land-certificate']);
  });

  it('combines with the query', () => {
    const result = search.search('khai sinh', { filters: { free: true } });
    expect(result.hits.map((h) => h.id)).toEqual(['birth-registration']);
  });

  it('finds nothing for a value the catalog does not have, and says so in the facet', () => {
    const result = search.search('', { filters: { agency: 'no-such-agency' } });
    expect(result.total).toBe(0);
    expect(result.facets.agency).toContainEqual({ value: 'no-such-agency', count: 0 });
  });
});

describe('facets', () => {
  it('counts every value for the current query', () => {
    const { facets, total } = search.search('khai sinh');
    expect(total).toBe(2);
    expect(count(facets, 'free', 'free')).toBe(1);
    expect(count(facets, 'free', 'paid')).toBe(1);
    expect(count(facets, 'channel', 'in-person')).toBe(2);
    expect(count(facets, 'channel', 'online')).toBe(1);
    expect(count(facets, 'field', 'civil-status')).toBe(2);
    expect(facets.field.map((f) => f.value)).not.toContain('land');
  });

  it('counts a facet as if its own filter were not set, so other choices stay visible', () => {
    const { facets } = search.search('', { filters: { field: 'land' } });
    expect(count(facets, 'field', 'land')).toBe(1);
    expect(count(facets, 'field', 'civil-status')).toBe(3);
    // Other facets count only what the filter keeps.
    expect(count(facets, 'channel', 'online')).toBe(0);
  });

  it('lists the most frequent values first', () => {
    const { facets } = search.search('');
    const counts = facets.channel.map((f) => f.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});
