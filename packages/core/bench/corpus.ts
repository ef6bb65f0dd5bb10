/**
 * The catalogs the search benchmark runs on: the sample catalog as it is (about 50 procedures and
 * life events), and the sample mixed into generated procedures up to 1,000, 10,000 or 100,000, so
 * the labelled queries keep their answers while the index grows with plausible distractors.
 */
import { compileCatalog, generateCatalog, generateSource, loadSource } from '../src/build.js';
import { loadCatalogDir } from '../src/node.js';
import type { Catalog } from '../src/index.js';
import { fileURLToPath } from 'node:url';

export const SAMPLE_DIR = fileURLToPath(new URL('../../../catalog', import.meta.url));

export function sampleCatalog(): Catalog {
  const loaded = loadCatalogDir(SAMPLE_DIR);
  const errors = loaded.problems.filter((p) => p.severity === 'error');
  if (!loaded.catalog || errors.length) throw new Error(`the sample catalog does not load: ${errors.map((e) => `${e.file} ${e.message}`).join('; ')}`);
  return compileCatalog(loaded.catalog);
}

/**
 * The generated part of a corpus: `count` procedures from seed 1, the catalog `onestop generate`
 * writes, compiled straight from the generator's source model. Writing and checking the YAML files
 * gives the same catalog (test/build/generate-source.test.ts) but takes minutes at 10,000 and did
 * not finish at 100,000.
 */
export function generated(count: number): Catalog {
  return compileCatalog(generateSource({ count, seed: 1 }));
}

/** The same procedures the way an editor's build gets them: YAML files, loaded, checked and compiled. */
export function generatedThroughFiles(count: number): Catalog {
  const files = [...generateCatalog({ count, seed: 1 })].map(([path, text]) => ({ path, bytes: new TextEncoder().encode(text) }));
  const loaded = loadSource(files, { today: '2026-06-01' });
  if (!loaded.catalog) throw new Error(`the generated catalog does not load: ${loaded.problems.map((p) => `${p.file} ${p.message}`).join('; ')}`);
  return compileCatalog(loaded.catalog);
}

/** Stands for the sample catalog as it is, in lists of sizes. */
export const SAMPLE = 0;

/**
 * `size` procedures: the sample's, then generated ones; the sample itself for {@link SAMPLE}.
 * The sample's agencies and fields win on shared ids. `generate` makes the generated part.
 */
export function corpus(sample: Catalog, size: number, generate: (count: number) => Catalog = generated): Catalog {
  if (size <= sample.procedures.length) return sample;
  const extra = generate(size - sample.procedures.length);
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
