import { describe, expect, it } from 'vitest';
import { generateCatalog, loadSource } from '../../src/build.js';

const asFiles = (files: Map<string, string>) => [...files].map(([path, text]) => ({ path, bytes: new TextEncoder().encode(text) }));

describe('generated catalogs', () => {
  it('are valid catalogs of the requested size', () => {
    const { catalog, problems } = loadSource(asFiles(generateCatalog({ count: 200, seed: 7 })), { today: '2026-11-25' });
    expect(problems).toEqual([]);
    expect(catalog!.procedures).toHaveLength(200);
    expect(new Set(catalog!.procedures.map((p) => p.name.vi)).size).toBeGreaterThan(150);
  });

  it('are deterministic for a seed and differ between seeds', () => {
    const a = generateCatalog({ count: 50, seed: 3 });
    expect(generateCatalog({ count: 50, seed: 3 })).toEqual(a);
    expect(generateCatalog({ count: 50, seed: 4 })).not.toEqual(a);
  });
});
