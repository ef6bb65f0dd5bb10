/** `list` and `search` on a build whose catalog.json has the wrong shape: one clear line, exit 2. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, SAMPLE } from './run-cli.js';

let tmp: string;
let good: Record<string, unknown>;
beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'onestop-shape-'));
  expect((await cli(['build', SAMPLE, '--out', join(tmp, 'build')])).code).toBe(0);
  good = JSON.parse(readFileSync(join(tmp, 'build', 'catalog.json'), 'utf8')) as Record<string, unknown>;
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Catalog = Record<string, any>;
const cases: [string, (c: Catalog) => unknown, RegExp][] = [
  ['a list instead of an object', () => [], /the file is not a JSON object/],
  ['no info', (c) => ({ ...c, info: undefined }), /info: missing/],
  ['procedures not a list', (c) => ({ ...c, procedures: 5 }), /procedures: not a list/],
  ['a procedure without an id', (c) => ({ ...c, procedures: [{ name: { vi: 'x' } }] }), /procedures\[0\]: needs an id/],
  ['a name that is a number', (c) => ({ ...c, procedures: [{ ...c.procedures[0], name: 3 }] }), /procedures\[0\]\.name: not a text per locale/],
  ['channels as text', (c) => ({ ...c, procedures: [{ ...c.procedures[0], channels: 'online' }] }), /procedures\[0\]\.channels/],
  ['aliases as a number', (c) => ({ ...c, procedures: [{ ...c.procedures[0], aliases: 7 }] }), /procedures\[0\]\.aliases/],
  ['a life event without procedures', (c) => ({ ...c, lifeEvents: [{ id: 'x', name: { vi: 'x' } }] }), /lifeEvents\[0\]/],
  ['an agency without a name', (c) => ({ ...c, agencies: [{ id: 'x' }] }), /agencies\[0\]/],
  ['synonyms as an object', (c) => ({ ...c, synonyms: {} }), /synonyms: not a list/],
];

describe('onestop list and search on a catalog.json of the wrong shape', () => {
  for (const [name, damage, message] of cases) {
    it(`${name}: a clear message, exit 2, no stack trace`, async () => {
      const dir = join(tmp, name.replace(/\W+/g, '-'));
      cpSync(join(tmp, 'build'), dir, { recursive: true });
      writeFileSync(join(dir, 'catalog.json'), JSON.stringify(damage(structuredClone(good))));
      for (const args of [['list', dir], ['search', dir, 'ho chieu']]) {
        const r = await cli(args);
        expect(r.code, `${args[0]}: ${r.stderr}`).toBe(2);
        expect(r.stderr).toMatch(/catalog\.json is not an Onestop catalog this version can read/);
        expect(r.stderr).toMatch(message);
        expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
      }
    }, 60_000);
  }

  it('still lists and searches an intact build', async () => {
    const dir = join(tmp, 'build');
    expect((await cli(['list', dir])).code).toBe(0);
    const r = await cli(['search', dir, 'ho chieu', '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBeGreaterThan(0);
  });
});
