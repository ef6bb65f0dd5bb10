import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, SAMPLE } from './run-cli.js';
import { treeSnapshot } from './tree-snapshot.js';
import { seededRandom as random } from '../../core/src/build/generate.js';

// Random damage to the sample catalog, from a fixed seed so a failure can be replayed: validate and
// build must answer with an exit code, name the damaged file, never print a stack trace, and never
// touch a file that is not the build's own.
const SEED = 20261129;
// Two of each kind of damage; each case validates and builds (about 1 s each on an idle machine).
const CASES = 12;

type Mutation = (bytes: Buffer, next: () => number) => Buffer;
const pick = <T>(list: readonly T[], next: () => number): T => list[Math.floor(next() * list.length)]!;
const lines = (bytes: Buffer) => bytes.toString('utf8').split('\n');
const join_ = (list: string[]) => Buffer.from(list.join('\n'));

const MUTATIONS: Record<string, Mutation> = {
  truncate: (b, next) => b.subarray(0, Math.floor(next() * b.length)),
  'flip bytes': (b, next) => {
    const out = Buffer.from(b);
    for (let i = 0; i < 1 + Math.floor(next() * 4); i++) out[Math.floor(next() * out.length)]! ^= 1 << Math.floor(next() * 8);
    return out;
  },
  'swap two lines': (b, next) => {
    const l = lines(b);
    const i = Math.floor(next() * l.length);
    const j = Math.floor(next() * l.length);
    [l[i], l[j]] = [l[j]!, l[i]!];
    return join_(l);
  },
  'shift indentation': (b, next) => {
    const l = lines(b);
    const i = Math.floor(next() * l.length);
    l[i] = next() < 0.5 ? `  ${l[i]}` : l[i]!.replace(/^ {1,2}/, '');
    return join_(l);
  },
  'value becomes a list or a map': (b, next) => {
    const l = lines(b);
    const candidates = l.map((line, i) => (/:\s+\S/.test(line) ? i : -1)).filter((i) => i >= 0);
    if (!candidates.length) return b;
    const i = pick(candidates, next);
    l[i] = l[i]!.replace(/:\s+(.*)$/, (_m, v: string) => `: ${pick([`[${v}]`, `{ x: ${v} }`, '', '~', '[[[[', '*alias', '&a [*a]', '!!binary aGk=', '1e309', '.nan', '"\\e[2J"'], next)}`);
    return join_(l);
  },
  'duplicate a line': (b, next) => {
    const l = lines(b);
    const i = Math.floor(next() * l.length);
    l.splice(i, 0, l[i]!);
    return join_(l);
  },
};

let tmp: string;
let catalog: string;
let out: string;
let yamlFiles: string[];

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'onestop-fuzz-'));
  catalog = join(tmp, 'catalog');
  out = join(tmp, 'site');
  cpSync(SAMPLE, catalog, { recursive: true });
  yamlFiles = readdirSync(catalog, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => f.split('\\').join('/'))
    .sort();
  expect((await cli(['build', catalog, '--out', out])).code).toBe(0);
  writeFileSync(join(out, 'CNAME'), 'thutuc.example.vn');
}, 60_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('random damage to the sample catalog', () => {
  const next = random(SEED);
  const cases = Array.from({ length: CASES }, (_, n) => {
    const name = Object.keys(MUTATIONS)[n % Object.keys(MUTATIONS).length]!;
    return { n, name, seed: Math.floor(next() * 2 ** 32) };
  });

  it.each(cases)('case $n: $name', async ({ name, seed }) => {
    const next = random(seed);
    const file = pick(yamlFiles, next);
    const path = join(catalog, file);
    const original = readFileSync(path);
    writeFileSync(path, MUTATIONS[name]!(original, next));
    try {
      const validate = await cli(['validate', catalog]);
      expect([0, 1], validate.stderr).toContain(validate.code);
      expect(validate.stderr).not.toMatch(/\n\s+at |internal error/);
      if (validate.code === 1) expect(validate.stderr).toContain(join(catalog, file));

      const catalogBefore = treeSnapshot(catalog);
      const siteBefore = treeSnapshot(out);
      const build = await cli(['build', catalog, '--out', out]);
      // A damaged catalog id is a valid id of another catalog: the earlier build is not its own.
      if (build.code === 2) expect(build.stderr).toContain('holds a build of the catalog');
      else expect(build.code).toBe(validate.code);
      expect(build.stderr).not.toMatch(/\n\s+at |internal error/);
      expect(treeSnapshot(catalog)).toEqual(catalogBefore);
      expect(readdirSync(tmp).sort()).toEqual(['catalog', 'site']);
      if (build.code === 0) expect(readFileSync(join(out, 'CNAME'), 'utf8')).toBe('thutuc.example.vn');
      else expect(treeSnapshot(out)).toEqual(siteBefore);
    } finally {
      writeFileSync(path, original);
    }
  });
});
