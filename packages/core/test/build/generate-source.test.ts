/**
 * The benchmarks build large corpora straight from the generator's source model (bench/corpus.ts)
 * instead of writing, parsing and checking one YAML file per procedure. That shortcut is only
 * honest if it gives the catalog an editor's build gets from the same files: same compiled model,
 * same search.json, same chunks, byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { corpus, generated, generatedThroughFiles, sampleCatalog } from '../../bench/corpus.js';
import { toSearchChunks, toSearchData } from '../../src/index.js';

describe('the generated source model', () => {
  it('compiles to the catalog its YAML files give, search files byte-identical, at 1,000 procedures', { timeout: 300_000 }, () => {
    const sample = sampleCatalog();
    const fast = corpus(sample, 1000, generated);
    const files = corpus(sample, 1000, generatedThroughFiles);
    expect(fast.procedures).toHaveLength(1000);
    expect(fast).toEqual(files);
    for (const locale of ['vi', 'en']) {
      const a = toSearchData(fast, locale);
      const b = toSearchData(files, locale);
      expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      const chunksA = toSearchChunks(a, locale);
      const chunksB = toSearchChunks(b, locale);
      expect(JSON.stringify(chunksA.head)).toBe(JSON.stringify(chunksB.head));
      expect([...chunksA.files]).toEqual([...chunksB.files]);
    }
  });
});
