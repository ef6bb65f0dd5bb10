/**
 * The catalogs the search benchmark runs on: the sample catalog as it is (about 50 procedures and
 * life events), and the sample mixed into generated procedures up to 1,000 and 10,000, so the
 * labelled queries keep their answers while the index grows with plausible distractors.
 */
import { compileCatalog, generateCatalog, loadSource } from '../src/build.js';
import { loadCatalogDir } from '../src/node.js';
import type { Catalog } from '../src/index.js';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SAMPLE_DIR = fileURLToPath(new URL('../../../catalog', import.meta.url));

export function sampleCatalog(): Catalog {
  const loaded = loadCatalogDir(SAMPLE_DIR);
  const errors = loaded.problems.filter((p) => p.severity === 'error');
  if (!loaded.catalog || errors.length) throw new Error(`the sample catalog does not load: ${errors.map((e) => `${e.file} ${e.message}`).join('; ')}`);
  return compileCatalog(loaded.catalog);
}

/**
 * The generated part of a corpus: `count` procedures from seed 1, as `onestop generate` writes
 * them. Checking 10,000 YAML files takes most of a minute, so the compiled result is cached in
 * the temp folder, keyed by the generator's source.
 */
function generated(count: number): Catalog {
  const generator = readFileSync(fileURLToPath(new URL('../src/build/generate.ts', import.meta.url)));
  const key = createHash('sha256').update(generator).update(String(count)).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), 'onestop-bench');
  const cached = join(dir, `generated-${count}-${key}.json`);
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as Catalog;
  const catalog = compileGenerated(count);
  mkdirSync(dir, { recursive: true });
  writeFileSync(cached, JSON.stringify(catalog));
  return catalog;
}

function compileGenerated(count: number): Catalog {
  const files = [...generateCatalog({ count, seed: 1 })].map(([path, text]) => ({ path, bytes: new TextEncoder().encode(text) }));
  const loaded = loadSource(files, { today: '2026-06-01' });
  if (!loaded.catalog) throw new Error('the generated catalog does not load');
  return compileCatalog(loaded.catalog);
}

/** Stands for the sample catalog as it is, in lists of sizes. */
export const SAMPLE = 0;

/**
 * `size` procedures: the sample's, then generated ones; the sample itself for {@link SAMPLE}.
 * The sample's agencies and fields win on shared ids.
 */
export function corpus(sample: Catalog, size: number): Catalog {
  if (size <= sample.procedures.length) return sample;
  const extra = generated(size - sample.procedures.length);
  const union = <T extends { id: string }>(own: T[], more: T[]): T[] => {
    const ids = new Set(own.map((x) => x.id));
    return [...own, ...more.filter((x) => !ids.has(x.id))];
  };
  return {
    ...sample,
    agencies: union(sample.agencies, extra.agencies),
    fields: union(sample.fields, extra.fields),
    procedures: [...sample.procedures, ...extra.procedures],
  };
}
