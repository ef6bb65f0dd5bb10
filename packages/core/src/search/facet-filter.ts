/**
 * Filters and facet counts. Values of one facet are alternatives (agency A or B), facets narrow
 * each other (and free of charge). Each facet is counted as if its own filter were not set, so a
 * citizen sees how many results choosing another agency would give, not zeros.
 */
import { FACET_NAMES, type FacetName } from './search-document.js';
import type { IndexReader } from './index-reader.js';

/** Which values to keep. `free: true` keeps procedures that can be done free of charge. */
export type SearchFilters = Partial<Record<Exclude<FacetName, 'free'>, string | readonly string[]>> & { free?: boolean };

export interface FacetCount {
  value: string;
  count: number;
}

/** Facet values with their counts for the current query: `free` counts "free" and "paid". */
export type Facets = Record<FacetName, FacetCount[]>;

export class FacetFilter {
  /** The facets that are filtered, each with the accepted value numbers. */
  private readonly active: { facet: FacetName; accepted: Set<number> }[] = [];
  private readonly counts: Record<FacetName, Int32Array>;
  private readonly selected: Record<FacetName, string[]>;
  /** Documents that passed every filter so far. */
  accepted = 0;

  constructor(private readonly index: IndexReader, filters: SearchFilters | undefined) {
    this.counts = {} as Record<FacetName, Int32Array>;
    this.selected = {} as Record<FacetName, string[]>;
    for (const facet of FACET_NAMES) {
      this.counts[facet] = new Int32Array(index.facetValues[facet].length);
      const raw: unknown = facet === 'free' ? freeValue(filters?.free) : filters?.[facet];
      const values = (Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw]).filter((v): v is string => typeof v === 'string');
      this.selected[facet] = values;
      if (!values.length) continue;
      const numbers = new Set<number>();
      for (const v of values) {
        const n = index.facetValues[facet].indexOf(v);
        if (n >= 0) numbers.add(n);
      }
      this.active.push({ facet, accepted: numbers });
    }
  }

  /**
   * Counts a matching document in the facets and says whether it passes every filter. A
   * document that fails one filter only is counted in that facet alone.
   */
  consider(doc: number): boolean {
    this.index.needsFacets?.(doc);
    let failed: FacetName | undefined;
    for (const { facet, accepted } of this.active) {
      const { offsets, values } = this.index.facetCodes[facet];
      let ok = false;
      for (let k = offsets[doc]!; k < offsets[doc + 1]!; k++) if (accepted.has(values[k]!)) ok = true;
      if (ok) continue;
      if (failed) return false;
      failed = facet;
    }
    if (failed) {
      this.count(failed, doc);
      return false;
    }
    for (const facet of FACET_NAMES) this.count(facet, doc);
    this.accepted++;
    return true;
  }

  /**
   * Counts every document at once, when nothing is filtered and the index knows the totals (a
   * chunked one, which would otherwise read every range). False when it must consider each.
   */
  considerAll(): boolean {
    const totals = this.index.facetTotals;
    if (this.active.length || !totals) return false;
    for (const facet of FACET_NAMES) totals[facet].forEach((n, k) => (this.counts[facet][k] = n));
    this.accepted = this.index.size;
    return true;
  }

  private count(facet: FacetName, doc: number): void {
    const { offsets, values } = this.index.facetCodes[facet];
    const counts = this.counts[facet];
    for (let k = offsets[doc]!; k < offsets[doc + 1]!; k++) counts[values[k]!]!++;
  }

  /** The counts, most frequent first; selected values stay listed even when none is left. */
  facets(): Facets {
    const facets = {} as Facets;
    for (const facet of FACET_NAMES) {
      const values = this.index.facetValues[facet];
      const list: FacetCount[] = [];
      this.counts[facet].forEach((count, n) => {
        if (count > 0 || this.selected[facet].includes(values[n]!)) list.push({ value: values[n]!, count });
      });
      for (const v of this.selected[facet]) if (!values.includes(v)) list.push({ value: v, count: 0 });
      facets[facet] = list.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    }
    return facets;
  }
}

/** Only `free: true` filters: a cleared "free of charge" box means "any", not "paid only". */
function freeValue(free: unknown): string | undefined {
  return free === true ? 'free' : undefined;
}
