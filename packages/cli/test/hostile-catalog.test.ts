import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, cliProcess, SAMPLE } from './run-cli.js';
import { treeSnapshot } from './tree-snapshot.js';

// What an editor sees for the catalog problems that used to crash or slip through.
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'onestop-hostile-'));
  // Readable by the unprivileged user the permission test runs as.
  chmodSync(tmp, 0o755);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const copySample = (name: string) => {
  const dir = join(tmp, name);
  cpSync(SAMPLE, dir, { recursive: true });
  return dir;
};
const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at |internal error|RangeError|TypeError/);
const JUDICIAL = 'procedures/judicial-record-card.yaml';

describe('onestop validate and build on hostile catalogs', () => {
  it('an unreadable file and folder: "cannot read (permission denied)", as the real command prints it', () => {
    const dir = copySample('unreadable');
    chmodSync(join(dir, JUDICIAL), 0o000);
    chmodSync(join(dir, 'life-events'), 0o000);
    // Root reads everything, so the command runs as an unprivileged user, as an editor would.
    const asEditor = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const r = cliProcess(['validate', dir], undefined, asEditor);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(dir, JUDICIAL)}:1:1  cannot read (permission denied)`);
    expect(r.stderr).toContain(`${join(dir, 'life-events')}/  cannot read (permission denied)`);
    noStack(r.stderr);
  });

  it('a procedure file that links outside the catalog is named', async () => {
    const dir = copySample('link-out');
    renameSync(join(dir, JUDICIAL), join(tmp, 'judicial-elsewhere.yaml'));
    symlinkSync(join(tmp, 'judicial-elsewhere.yaml'), join(dir, JUDICIAL));
    const before = treeSnapshot(tmp);
    const r = await cli(['build', dir, '--out', join(tmp, 'link-out-build')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(dir, JUDICIAL)}:1:1  this link leads outside the catalog folder`);
    expect(r.stderr).toContain('not built');
    expect(treeSnapshot(tmp)).toEqual(before);
  });

  it('1e309 as a fee: one message naming the file and field, build refused', async () => {
    const dir = copySample('infinite-fee');
    const file = join(dir, JUDICIAL);
    writeFileSync(file, readFileSync(file, 'utf8').replace('amount: 200000', 'amount: 1e309'));
    const r = await cli(['validate', dir, '--strict']);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter((l) => l.includes('fees[0].amount'))).toEqual([expect.stringContaining(`${file}:`)]);
    expect(r.stderr).toContain('this number is infinite');
  });

  it('a name with a terminal escape: rejected by validate, never printed raw by list or search', async () => {
    const dir = copySample('escape');
    const file = join(dir, JUDICIAL);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n {2}en: Judicial record certificate[^\n]*/, '\n  en: "\\e]0;pwned\\aJudicial record certificate"'));
    const validate = await cli(['validate', dir]);
    expect(validate.code).toBe(1);
    expect(validate.stderr).toContain('the invisible control character U+001B');
    expect(validate.stderr).not.toContain('\u001b');

    // A build tampered with after publishing reaches list and search without the validator.
    const build = join(tmp, 'escape-build');
    expect((await cli(['build', SAMPLE, '--out', build])).code).toBe(0);
    const catalogJson = join(build, 'catalog.json');
    writeFileSync(catalogJson, readFileSync(catalogJson, 'utf8').replace('"vi":"Cấp Phiếu lý lịch tư pháp', '"vi":"\\u001b]0;pwned\\u0007\\u009b2JCấp Phiếu lý lịch tư pháp'));
    const list = await cli(['list', build]);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('\\u001b]0;pwned\\u0007\\u009b2JCấp Phiếu lý lịch tư pháp');
    const search = await cli(['search', build, 'lý lịch tư pháp']);
    expect(search.stdout).toContain('\\u001b]0;pwned');
    // The real command's JSON output stays JSON that reads back the same text.
    const json = cliProcess(['list', build, '--json']);
    expect(JSON.parse(json.stdout).find((r: { id: string }) => r.id === 'judicial-record-card').name.vi).toMatch(/^\u001b]0;pwned\u0007\u009b2JCấp/);
    for (const out of [list.stdout, search.stdout, json.stdout]) expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});
