/**
 * The labelled query sets: the original `queries.json` and the sets in `sets/`, each of those
 * split into a tuning half (ranking rules may be adjusted against it) and a held-out half (never
 * tuned against). A query with no relevant id must return nothing at all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { LabelledQuery } from './measure.js';

const BENCH = fileURLToPath(new URL('.', import.meta.url));

export interface QuerySet {
  /** `base` for queries.json, else the set's name; held-out halves end in `/held-out`. */
  name: string;
  split: 'base' | 'tuning' | 'held-out';
  queries: LabelledQuery[];
}

export function querySets(): QuerySet[] {
  const base = (JSON.parse(readFileSync(join(BENCH, 'queries.json'), 'utf8')) as { queries: LabelledQuery[] }).queries;
  const sets: QuerySet[] = [{ name: 'base', split: 'base', queries: base }];
  for (const file of readdirSync(join(BENCH, 'sets')).sort()) {
    const data = JSON.parse(readFileSync(join(BENCH, 'sets', file), 'utf8')) as { set: string; split: 'tuning' | 'held-out'; queries: LabelledQuery[] };
    sets.push({ name: data.split === 'tuning' ? data.set : `${data.set}/held-out`, split: data.split, queries: data.queries });
  }
  return sets;
}

/** Every query of every set, each tagged with its set's name. */
export function allQueries(): LabelledQuery[] {
  return querySets().flatMap((s) => s.queries.map((q) => ({ ...q, set: s.name })));
}
