import * as fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, REPO, SAMPLE } from './run-cli.js';
import { treeSnapshot } from './tree-snapshot.js';
import { writePublication, type PublicationDisk } from '../src/write-publication.js';
import { CommandError } from '../src/command.js';

// What an editor's `--out` may point at by mistake, and what must survive it.
let tmp: string;
let sample: string;
beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'onestop-out-'));
  sample = join(tmp, 'earlier-build');
  expect((await cli(['build', SAMPLE, '--out', sample])).code).toBe(0);
}, 60_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A fresh folder `name` inside its own parent, so the test can also prove nothing beside it changed. */
function place(name: string): { parent: string; out: string } {
  const parent = join(tmp, name);
  mkdirSync(parent);
  return { parent, out: join(parent, 'site') };
}
const copyBuild = (to: string) => cpSync(sample, to, { recursive: true });
const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at |internal error/);

describe('onestop build --out refuses folders it did not write', () => {
  it('keeps a web app whose manifest.json is not an Onestop build', async () => {
    const { parent, out } = place('pwa');
    mkdirSync(out);
    writeFileSync(join(out, 'manifest.json'), '{"name":"PWA"}');
    writeFileSync(join(out, 'index.html'), 'hi');
    const before = treeSnapshot(parent);
    const r = await cli(['build', SAMPLE, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${out} is not empty and is not an earlier Onestop build`);
    expect(r.stderr).toContain('nothing was written');
    noStack(r.stderr);
    expect(treeSnapshot(parent)).toEqual(before);
  });

  it('keeps a project root given as --out . (catalog sources included)', async () => {
    const { parent, out } = place('project-root');
    cpSync(SAMPLE, join(out, 'catalog'), { recursive: true });
    writeFileSync(join(out, 'package.json'), '{}');
    const before = treeSnapshot(parent);
    const r = await cli(['build', join(out, 'catalog'), '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no manifest.json');
    expect(treeSnapshot(parent)).toEqual(before);
  });

  it('refuses the build of another catalog', async () => {
    const { parent, out } = place('other-catalog');
    copyBuild(out);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    writeFileSync(join(out, 'manifest.json'), JSON.stringify({ ...manifest, catalogId: 'hanoi-services' }));
    const before = treeSnapshot(parent);
    const r = await cli(['build', SAMPLE, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('holds a build of the catalog "hanoi-services"');
    expect(treeSnapshot(parent)).toEqual(before);
  });

  it('refuses a manifest that lists a path outside the folder', async () => {
    const { parent, out } = place('unsafe-manifest');
    copyBuild(out);
    writeFileSync(join(parent, 'precious.txt'), 'keep me');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    manifest.files.push({ path: '../precious.txt', bytes: 7, sha256: '' });
    writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest));
    const before = treeSnapshot(parent);
    const r = await cli(['build', SAMPLE, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unsafe path "../precious.txt"');
    expect(treeSnapshot(parent)).toEqual(before);
  });

  it('refuses when a file the site added sits where the new build needs to write', async () => {
    const { parent, out } = place('collision');
    copyBuild(out);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    manifest.files = manifest.files.filter((f: { path: string }) => f.path !== 'vi/search.json');
    writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2));
    const before = treeSnapshot(parent);
    const r = await cli(['build', SAMPLE, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(out, 'vi/search.json')} was not written by the earlier build`);
    expect(treeSnapshot(parent)).toEqual(before);
  });

  it.each([
    ['a file', (parent: string) => join(parent, 'notes.txt')],
    ['a path below a file', (parent: string) => join(parent, 'notes.txt', 'build')],
  ])('gives a clear message when --out names %s', async (_what, outOf) => {
    const { parent } = place(`out-file-${_what.replace(/\W+/g, '-')}`);
    writeFileSync(join(parent, 'notes.txt'), 'notes');
    const before = treeSnapshot(parent);
    const r = await cli(['build', SAMPLE, '--out', outOf(parent)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/notes\.txt (is a file, not a folder|cannot be created: .*notes\.txt is a file)/);
    noStack(r.stderr);
    expect(treeSnapshot(parent)).toEqual(before);
  });
});

describe('onestop build --out over an earlier build', () => {
  it('replaces only the files the earlier build wrote and keeps what the site added', async () => {
    const { parent, out } = place('site-files');
    copyBuild(out);
    writeFileSync(join(out, 'CNAME'), 'thutuc.example.vn');
    writeFileSync(join(out, '.htaccess'), 'Header set X-Frame-Options DENY');
    writeFileSync(join(out, 'vi', 'about.html'), '<h1>Giới thiệu</h1>');
    // A procedure the earlier build published and the new catalog no longer has.
    const gone = 'vi/procedures/a-withdrawn-procedure.json';
    writeFileSync(join(out, gone), '{}');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    manifest.files.push({ path: gone, bytes: 3, sha256: '' });
    writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2));

    const r = await cli(['build', SAMPLE, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('kept 2 other entries of the folder (.htaccess, CNAME)');
    expect(readFileSync(join(out, 'CNAME'), 'utf8')).toBe('thutuc.example.vn');
    expect(readFileSync(join(out, '.htaccess'), 'utf8')).toContain('X-Frame-Options');
    expect(readFileSync(join(out, 'vi', 'about.html'), 'utf8')).toContain('Giới thiệu');
    expect(existsSync(join(out, gone))).toBe(false);
    expect(readFileSync(join(out, 'manifest.json'))).toEqual(readFileSync(join(sample, 'manifest.json')));
    expect(readdirSync(parent)).toEqual(['site']);
  });

  it('lists the chunked search folder once and replaces it whole, keeping what the site added', async () => {
    const { parent, out } = place('chunked');
    expect((await cli(['build', SAMPLE, '--out', out, '--search-chunks', 'always'])).code).toBe(0);
    const folderOf = () => (JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).files as { path: string; files?: number; sha256: string }[]).find((f) => f.path.startsWith('vi/search/'))!;
    const first = folderOf();
    expect(first.files).toBe(readdirSync(join(out, first.path)).length);
    // The folder's hash is what sha256sum gives over its files.
    const listing = spawnSync('sh', ['-c', 'LC_ALL=C sha256sum -- * | sha256sum'], { cwd: join(out, first.path), encoding: 'utf8' });
    expect(listing.stdout.split(' ')[0]).toBe(first.sha256);
    writeFileSync(join(out, 'CNAME'), 'thutuc.example.vn');

    const renamed = join(tmp, 'chunked-renamed');
    cpSync(SAMPLE, renamed, { recursive: true });
    const file = join(renamed, 'procedures/judicial-record-card.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('người nước ngoài đang cư trú', 'người nước ngoài cư trú'));
    expect((await cli(['build', renamed, '--out', out, '--search-chunks', 'always'])).code).toBe(0);
    const second = folderOf();
    expect(second.path).not.toBe(first.path);
    expect(existsSync(join(out, first.path))).toBe(false);
    expect(readdirSync(join(out, second.path))).toHaveLength(second.files!);
    expect(readFileSync(join(out, 'CNAME'), 'utf8')).toBe('thutuc.example.vn');

    // Without chunks, the search folder goes with them.
    expect((await cli(['build', renamed, '--out', out, '--search-chunks', 'never'])).code).toBe(0);
    expect(existsSync(join(out, 'vi/search'))).toBe(false);
    expect(readdirSync(parent)).toEqual(['site']);
  });

  it('leaves the earlier build byte-identical when a write fails (file size limit), and says so', () => {
    const { parent, out } = place('size-limit');
    copyBuild(out);
    const changed = join(tmp, 'fee-raised');
    cpSync(SAMPLE, changed, { recursive: true });
    const file = join(changed, 'procedures/judicial-record-card.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('amount: 200000', 'amount: 250000'));
    const before = treeSnapshot(parent);
    const bin = fileURLToPath(new URL('../bin/onestop.js', import.meta.url));
    // 200 blocks of 512 bytes: catalog.json cannot be written, as on a full disk.
    const r = spawnSync('sh', ['-c', 'ulimit -f 200; exec "$0" "$@"', process.execPath, bin, 'build', changed, '--out', out], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('could not write the build (a file is larger than the system allows (file size limit))');
    expect(r.stderr).toContain(`${out} was not changed`);
    noStack(r.stderr);
    expect(treeSnapshot(parent)).toEqual(before);
  });

  it('restores the earlier build when the swap fails half-way', () => {
    const { parent, out } = place('swap-fails');
    copyBuild(out);
    writeFileSync(join(out, 'CNAME'), 'thutuc.example.vn');
    const before = treeSnapshot(parent);
    let renames = 0;
    const failing: PublicationDisk = {
      ...fs,
      renameSync: (from, to) => {
        // The earlier build's 90 files go aside, then 10 new ones in, then the disk fails.
        if (++renames === 100) throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
        fs.renameSync(from, to);
      },
    };
    const files = new Map<string, string>();
    for (const entry of JSON.parse(readFileSync(join(sample, 'manifest.json'), 'utf8')).files as { path: string }[]) files.set(entry.path, `changed ${entry.path}`);
    files.set('manifest.json', readFileSync(join(sample, 'manifest.json'), 'utf8'));
    expect(() => writePublication(out, files, 'binh-duong-sample', failing)).toThrow(CommandError);
    expect(() => writePublication(out, files, 'binh-duong-sample', { ...failing, renameSync: () => { throw Object.assign(new Error('EIO'), { code: 'EIO' }); } })).toThrow(
      /could not replace the earlier build \(input\/output error from the disk\); .* was restored as it was/,
    );
    expect(treeSnapshot(parent)).toEqual(before);
  });
});

describe('a build killed in the middle of writing or swapping', () => {
  /** A disk on which the process dies after `renames` renames: every later call fails, so nothing is undone. */
  function killedAfter(renames: number): PublicationDisk {
    let count = 0;
    const dead = () => {
      throw Object.assign(new Error('killed'), { code: 'EINTR' });
    };
    const alive = <T extends (...a: never[]) => unknown>(f: T): T => ((...a: Parameters<T>) => (count >= renames ? dead() : f(...a))) as T;
    return {
      ...fs,
      mkdirSync: alive(fs.mkdirSync),
      writeFileSync: alive(fs.writeFileSync),
      readFileSync: alive(fs.readFileSync) as typeof fs.readFileSync,
      rmSync: alive(fs.rmSync),
      renameSync: (from, to) => {
        if (++count > renames) dead();
        fs.renameSync(from, to);
      },
    };
  }
  const changed = () => {
    const files = new Map<string, string>();
    for (const entry of JSON.parse(readFileSync(join(sample, 'manifest.json'), 'utf8')).files as { path: string }[]) files.set(entry.path, `changed ${entry.path}`);
    files.set('en/procedures/a-new-procedure.json', '{}');
    files.set('manifest.json', readFileSync(join(sample, 'manifest.json'), 'utf8'));
    return files;
  };

  it.each([
    { when: 'while moving the earlier files aside', renames: 30 },
    { when: 'while moving the new files in', renames: 100 },
  ])('$when: the next build puts the earlier build back, removes the temporary copy and says so', async ({ renames }) => {
    const { parent, out } = place(`killed-${renames}`);
    copyBuild(out);
    writeFileSync(join(out, 'CNAME'), 'thutuc.example.vn');
    expect(() => writePublication(out, changed(), 'binh-duong-sample', killedAfter(renames))).toThrow(/nor restore it/);
    const left = readdirSync(parent).filter((n) => n !== 'site');
    expect(left.map((n) => n.replace(/[0-9a-f]{8}$/, '…')).sort()).toEqual(['.site.onestop-build-…', '.site.onestop-previous-…']);

    const r = await cli(['build', SAMPLE, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/put back the earlier build's files from \.site\.onestop-previous-[0-9a-f]{8}/);
    expect(r.stderr).toMatch(/removed \.site\.onestop-build-[0-9a-f]{8}, the temporary folder of an interrupted build/);
    noStack(r.stderr);
    expect(readdirSync(parent)).toEqual(['site']);
    // The folder is a clean build again, with the site's own file kept.
    const after = treeSnapshot(out);
    const clean = treeSnapshot(sample);
    expect(after).toEqual({ ...clean, CNAME: after.CNAME });
    expect(readFileSync(join(out, 'CNAME'), 'utf8')).toBe('thutuc.example.vn');
  });

  it('leaves alone a folder with the same name that nothing proves to be a build temp of this catalog', async () => {
    const { parent, out } = place('look-alike');
    copyBuild(out);
    const lookAlike = join(parent, '.site.onestop-previous-deadbeef');
    mkdirSync(lookAlike);
    writeFileSync(join(lookAlike, 'notes.txt'), 'my notes');
    const other = join(parent, '.site.onestop-build-0badc0de');
    mkdirSync(other);
    writeFileSync(join(other, '.onestop-temp.json'), JSON.stringify({ format: 'onestop-build-temp', role: 'staging', catalogId: 'another-catalog' }));
    const r = await cli(['build', SAMPLE, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('left .site.onestop-previous-deadbeef alone');
    expect(r.stderr).toContain('left .site.onestop-build-0badc0de alone');
    expect(readFileSync(join(lookAlike, 'notes.txt'), 'utf8')).toBe('my notes');
    expect(existsSync(join(other, '.onestop-temp.json'))).toBe(true);
  });
});
