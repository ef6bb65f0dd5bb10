import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, cliProcess, SAMPLE } from './run-cli.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'onestop-cli-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const copySample = (name: string) => {
  const dir = join(tmp, name);
  cpSync(SAMPLE, dir, { recursive: true });
  return dir;
};

describe('onestop --help', () => {
  it('lists the commands, from the installed bin', () => {
    const r = cliProcess(['--help']);
    expect(r.code).toBe(0);
    for (const command of ['validate', 'build', 'diff', 'list', 'generate']) expect(r.stdout).toContain(command);
  });

  it('rejects an unknown command with exit 2', async () => {
    const r = await cli(['publish']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "publish"');
  });

  it('explains a missing argument with the usage line', async () => {
    const r = await cli(['build', 'catalog']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing --out <dir>');
    expect(r.stderr).toContain('Usage: onestop build');
  });
});

describe('onestop validate', () => {
  it('accepts the sample catalog with no errors or warnings in strict mode', async () => {
    const r = await cli(['validate', SAMPLE, '--strict']);
    expect(r.stderr).toMatch(/✓ 0 errors, 0 warnings in \d+ procedures \(strict\)/);
    expect(r.code).toBe(0);
  });

  it('exits 0 with warnings, and 1 with --strict', async () => {
    const dir = copySample('warnings');
    const file = join(dir, 'procedures/judicial-record-card.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n  en: Judicial record certificate \(criminal record check\)[^\n]*/, ''));
    const lenient = await cli(['validate', dir]);
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toMatch(/procedures\/judicial-record-card\.yaml:\d+:\d+  name  warning: no en text  \(add "en: …" next to the other languages\)/);
    expect((await cli(['validate', dir, '--strict'])).code).toBe(1);
  });

  it('reports a missing folder in one line, without a stack trace', () => {
    const r = cliProcess(['validate', join(tmp, 'no-such-folder')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('the folder does not exist');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

// Ten ways an editor breaks a catalog; each must name the file, say what is wrong, and never crash.
const CORRUPTIONS: [string, string, (text: string) => string | Buffer][] = [
  ['malformed YAML', 'procedures/judicial-record-card.yaml', (t) => t.replace('field: judicial-records', 'field: [judicial-records')],
  ['tab indentation', 'procedures/judicial-record-card.yaml', (t) => t.replace('\n  vi: Cấp Phiếu', '\n\tvi: Cấp Phiếu')],
  ['wrong type', 'procedures/judicial-record-card.yaml', (t) => t.replace('amount: 200000', 'amount: two hundred thousand')],
  ['amount with separator', 'procedures/judicial-record-card.yaml', (t) => t.replace('amount: 200000', 'amount: 200.000')],
  ['impossible date', 'procedures/judicial-record-card.yaml', (t) => t.replace(/updated: \S+/, 'updated: 2026-13-45')],
  ['unknown agency', 'procedures/judicial-record-card.yaml', (t) => t.replace('competentAgency: hcmc-police', 'competentAgency: hcmc-polise')],
  ['empty file', 'agencies/dept-justice.yaml', () => ''],
  ['binary file', 'agencies/dept-justice.yaml', () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])],
  ['invalid UTF-8', 'life-events/having-a-baby.yaml', (t) => Buffer.concat([Buffer.from(t), Buffer.from([0xc3, 0x28])])],
  ['huge file', 'procedures/judicial-record-card.yaml', (t) => t + `# ${'x'.repeat(1024 * 1024)}\n`],
  ['unsafe Markdown link', 'procedures/judicial-record-card.yaml', (t) => t.replace('Phiếu lý lịch tư pháp cho biết', '[Bấm](javascript:alert(1)) Phiếu lý lịch tư pháp cho biết')],
];

describe('a corrupted copy of the catalog', () => {
  it.each(CORRUPTIONS)('%s gets a clear message naming the file', (_name, file, corrupt) => {
    const dir = copySample(`corrupt-${_name.replace(/\W+/g, '-')}`);
    const path = join(dir, file);
    writeFileSync(path, corrupt(readFileSync(path, 'utf8')));
    const r = cliProcess(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(dir, file)}:`);
    expect(r.stderr).not.toMatch(/\n\s+at |internal error|TypeError|ReferenceError/);
    const build = cliProcess(['build', dir, '--out', join(tmp, `out-${_name.replace(/\W+/g, '-')}`)]);
    expect(build.code).toBe(1);
    expect(build.stderr).toContain('not built');
  });
});

describe('onestop build', () => {
  it('writes the publication, byte-identical on a second run', async () => {
    const a = join(tmp, 'build-a');
    const b = join(tmp, 'build-b');
    expect((await cli(['build', SAMPLE, '--out', a])).code).toBe(0);
    expect((await cli(['build', SAMPLE, '--out', b])).code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(a, 'manifest.json'), 'utf8'));
    expect(manifest.locales).toEqual(['vi', 'en']);
    expect(existsSync(join(a, 'vi/index.json'))).toBe(true);
    expect(existsSync(join(a, 'en/procedures/judicial-record-card.json'))).toBe(true);
    for (const f of manifest.files as { path: string }[]) expect(readFileSync(join(b, f.path))).toEqual(readFileSync(join(a, f.path)));
    expect(readFileSync(join(b, 'manifest.json'))).toEqual(readFileSync(join(a, 'manifest.json')));
  });

  it('refuses to write into a folder that is not empty and not a build', async () => {
    const out = join(tmp, 'not-empty');
    cpSync(join(SAMPLE, 'fields.yaml'), join(out, 'fields.yaml'), { recursive: true });
    const r = await cli(['build', SAMPLE, '--out', out]);
    expect(r.code).toBe(2);
    expect(readdirSync(out)).toEqual(['fields.yaml']);
  });

  it('writes a change list against --previous, and diff prints it', async () => {
    const before = join(tmp, 'prev');
    await cli(['build', SAMPLE, '--out', before]);
    const dir = copySample('fee-raised');
    const file = join(dir, 'procedures/judicial-record-card.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('amount: 200000', 'amount: 250000'));
    const after = join(tmp, 'next');
    expect((await cli(['build', dir, '--out', after, '--previous', before])).code).toBe(0);
    const changes = JSON.parse(readFileSync(join(after, 'changes.json'), 'utf8'));
    expect(changes.procedures.changed).toEqual([
      expect.objectContaining({ id: 'judicial-record-card', changes: [{ path: 'fees[standard].amount', before: 200000, after: 250000 }] }),
    ]);
    const text = await cli(['diff', before, after, '--locale', 'en']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('~ changed  judicial-record-card');
    expect(text.stdout).toContain('fees[standard].amount: 200,000 → 250,000');
    const json = await cli(['diff', before, after, '--json']);
    expect(JSON.parse(json.stdout).procedures.changed[0].id).toBe('judicial-record-card');
  });

  it('diff refuses a folder that is not a build', async () => {
    const r = await cli(['diff', SAMPLE, SAMPLE]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('not an Onestop build');
  });
});

describe('onestop list', () => {
  it('lists every procedure with its vi and en names and agencies', async () => {
    const r = await cli(['list', SAMPLE, '--json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { id: string; code: string | null; name: Record<string, string>; agencies: string[] }[];
    const files = readdirSync(join(SAMPLE, 'procedures')).filter((f) => f.endsWith('.yaml'));
    expect(rows).toHaveLength(files.length);
    for (const row of rows) {
      expect(row.name.vi, row.id).toBeTruthy();
      expect(row.name.en, row.id).toBeTruthy();
      expect(row.agencies.length, row.id).toBeGreaterThan(0);
    }
    expect(rows.find((r) => r.id === 'judicial-record-card')).toMatchObject({ code: '2.000488', agencies: ['hcmc-police'] });
  });
});

describe('onestop generate', () => {
  it('writes a valid catalog of N procedures, the same for the same seed', async () => {
    const a = join(tmp, 'gen-a');
    const b = join(tmp, 'gen-b');
    expect((await cli(['generate', '--count', '120', '--out', a, '--seed', '9'])).code).toBe(0);
    await cli(['generate', '--count', '120', '--out', b, '--seed', '9']);
    expect(readdirSync(join(a, 'procedures'))).toHaveLength(120);
    expect(readdirSync(join(b, 'procedures'))).toEqual(readdirSync(join(a, 'procedures')));
    const validate = await cli(['validate', a, '--strict']);
    expect(validate.stderr).toContain('0 errors, 0 warnings in 120 procedures');
  });

  it('rejects a count that is not a positive whole number', async () => {
    const r = await cli(['generate', '--count', 'many', '--out', join(tmp, 'gen-bad')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--count must be a whole number');
  });
});
