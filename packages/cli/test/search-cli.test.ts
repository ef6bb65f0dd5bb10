import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, cliProcess, SAMPLE } from './run-cli.js';

interface Row {
  id: string;
  score: number;
  name: string;
  highlights: { field: string; start: number; end: number }[];
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'onestop-search-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('onestop search', () => {
  it('prints ranked hits for a citizen query', async () => {
    const r = await cli(['search', SAMPLE, 'bằng lái', '--limit', '3']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^ 1\. driving-license-\S+\s+\d+\.\d\d\s+.*giấy phép lái xe/i);
    expect(r.stderr).toMatch(/3 of \d+ results/);
  });

  it('--json prints a JSON array with id and score, best first', async () => {
    const r = await cli(['search', SAMPLE, 'giaasy phesp lasi xe', '--json', '--limit', '5']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as Row[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(5);
    expect(rows[0]!.id).toMatch(/driving/);
    for (const row of rows) {
      expect(typeof row.id).toBe('string');
      expect(typeof row.score).toBe('number');
    }
    expect(rows.map((r) => r.score)).toEqual([...rows.map((r) => r.score)].sort((a, b) => b - a));
    const first = rows[0]!.highlights.find((h) => h.field === 'name')!;
    expect(rows[0]!.name.slice(first.start, first.end).toLowerCase()).toBe('giấy phép lái xe');
  });

  it('--stdin answers every line with one JSON array, in order, from the installed bin', () => {
    const queries = ['GPLX', 'lý lịch tư pháp', '', '😀', 'khai sinh', 'x'.repeat(10_000), '\u202Eتعودة'];
    const r = cliProcess(['search', 'catalog', '--locale', 'vi', '--limit', '3', '--json', '--stdin'], queries.join('\n') + '\n');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(queries.length);
    const answers = lines.map((line) => JSON.parse(line) as Row[]);
    for (const answer of answers) {
      expect(Array.isArray(answer)).toBe(true);
      expect(answer.length).toBeLessThanOrEqual(3);
      for (const row of answer) expect(row).toEqual(expect.objectContaining({ id: expect.any(String), score: expect.any(Number) }));
    }
    expect(answers[0]![0]!.id).toMatch(/driving/);
    expect(answers[1]![0]!.id).toBe('judicial-record-card');
    expect(answers[4]!.map((a) => a.id)).toContain('birth-registration');
  });

  it('searches a build folder as well as a source folder', async () => {
    expect((await cli(['build', SAMPLE, '--out', join(tmp, 'dist')])).code).toBe(0);
    const fromBuild = JSON.parse((await cli(['search', join(tmp, 'dist'), 'so do', '--json'])).stdout) as Row[];
    const fromSource = JSON.parse((await cli(['search', SAMPLE, 'so do', '--json'])).stdout) as Row[];
    expect(fromBuild).toEqual(fromSource);
  });

  it('searches in English with --locale en', async () => {
    const rows = JSON.parse((await cli(['search', SAMPLE, 'criminal record check', '--locale', 'en', '--json'])).stdout) as Row[];
    expect(rows[0]!.id).toBe('judicial-record-card');
  });

  it('says "did you mean" when nothing matches', async () => {
    const r = await cli(['search', SAMPLE, 'khhaii sjnh']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/no results — did you mean "khai sinh"\?/);
  });

  it.each([
    [['search', SAMPLE], 'missing the query'],
    [['search', SAMPLE, 'x', '--stdin'], 'either a query or --stdin'],
    [['search', SAMPLE, 'x', '--limit', '0'], '--limit must be a whole number'],
    [['search', SAMPLE, 'x', '--locale', 'fr'], '--locale must be one of vi, en'],
  ])('rejects wrong usage %j with exit 2', async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('Usage: onestop search');
  });

  it('explains a folder that is not a catalog, with exit 1', async () => {
    const r = await cli(['search', tmp, 'x']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('neither a catalog');
  });
});
