/** Test helpers: the sample catalog, loaded once per test file. */
import { fileURLToPath } from 'node:url';
import { compileCatalog } from '../src/build.js';
import { loadCatalogDir } from '../src/node.js';
import type { Catalog } from '../src/index.js';

export const SAMPLE_CATALOG_DIR = fileURLToPath(new URL('../../../catalog', import.meta.url));

let sample: Catalog | undefined;
/** The compiled sample catalog (throws with the problems if it does not load). */
export function sampleCatalog(): Catalog {
  if (!sample) {
    const loaded = loadCatalogDir(SAMPLE_CATALOG_DIR);
    const errors = loaded.problems.filter((p) => p.severity === 'error');
    if (!loaded.catalog || errors.length) throw new Error(`sample catalog has errors:\n${errors.map((e) => `${e.file}:${e.line} ${e.path} ${e.message}`).join('\n')}`);
    sample = compileCatalog(loaded.catalog);
  }
  return sample;
}
