/**
 * Writes a publication into `--out` so that nothing there is ever lost: the new files are written
 * into a temporary folder beside the target and checked, then swapped in; only the files the
 * earlier build listed in its manifest are replaced, anything a site added is kept.
 */
import * as nodeFs from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { basename, dirname, join, posix } from 'node:path';
import { isManifestFolder, PUBLICATION_FORMAT } from '@onestop/core/build';
import { manifestListing } from './manifest-listing.js';
import { CommandError, UsageError } from './command.js';
import { inspectOutFolder, reason } from './out-folder.js';
import { recoverInterruptedBuilds, TEMP_MARKER, writeTempMarker } from './interrupted-build.js';

/** The file-system calls the writer makes; tests hand in one that fails on purpose. */
export type PublicationDisk = Pick<
  typeof nodeFs,
  'mkdirSync' | 'writeFileSync' | 'readFileSync' | 'renameSync' | 'rmSync' | 'lstatSync' | 'readdirSync' | 'rmdirSync'
>;

export interface WrittenPublication {
  /** The folder written, resolved. */
  path: string;
  bytes: number;
  /** Files of the earlier build that were replaced or removed. */
  replaced: number;
  /** Entries of the folder that the earlier build did not write, left as they were. */
  kept: string[];
  /** What was done about folders an interrupted earlier build left beside the target. */
  recovered: string[];
}

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

export function writePublication(out: string, files: Map<string, string>, catalogId: string, fs: PublicationDisk = nodeFs): WrittenPublication {
  const recovered = recoverInterruptedBuilds(inspectOutFolder(out).path, catalogId, fs);
  const target = inspectOutFolder(out);
  const earlier = target.state === 'not-empty' ? earlierBuildFiles(out, target.path, catalogId, fs) : new Set<string>();
  if (target.state === 'not-empty') refuseCollisions(out, target.path, files, earlier, fs);

  const suffix = randomBytes(4).toString('hex');
  const staging = join(dirname(target.path), `.${basename(target.path)}.onestop-build-${suffix}`);
  let bytes = 0;
  try {
    fs.mkdirSync(dirname(target.path), { recursive: true });
    fs.mkdirSync(staging);
    // The marker proves to a later build that this folder is ours, should this one be killed.
    writeTempMarker(staging, { role: 'staging', catalogId, files: Object.fromEntries([...files].map(([path, text]) => [path, sha256(text)])) }, fs);
    for (const [path, text] of files) {
      fs.mkdirSync(dirname(join(staging, path)), { recursive: true });
      fs.writeFileSync(join(staging, path), text);
      bytes += Buffer.byteLength(text);
    }
    for (const [path, text] of files) {
      if (sha256(fs.readFileSync(join(staging, path))) !== sha256(text)) throw new Error(`${path} reads back different from what was written`);
    }
  } catch (e) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw new CommandError(`could not write the build (${reason(e)}); ${out} was not changed`);
  }

  if (target.state !== 'not-empty') {
    try {
      // rename(2) replaces an empty folder in one step, so readers never see half a build.
      fs.rmSync(join(staging, TEMP_MARKER), { force: true });
      fs.renameSync(staging, target.path);
    } catch (e) {
      fs.rmSync(staging, { recursive: true, force: true });
      throw new CommandError(`could not move the build into ${out} (${reason(e)}); ${out} was not changed`);
    }
    return { path: target.path, bytes, replaced: 0, kept: [], recovered };
  }
  swapFiles(out, target.path, staging, [...files.keys()], earlier, suffix, catalogId, fs);
  const kept = fs.readdirSync(target.path).filter((name) => !files.has(name) && ![...files.keys()].some((p) => p.startsWith(`${name}/`)));
  return { path: target.path, bytes, replaced: earlier.size, kept, recovered };
}

/** The files an earlier build of the same catalog wrote, from its manifest; refuses anything else. */
function earlierBuildFiles(out: string, target: string, catalogId: string, fs: PublicationDisk): Set<string> {
  const notBuild = (why: string) =>
    new UsageError(`${out} is not empty and is not an earlier Onestop build (${why}); nothing was written — choose an empty or new folder`);
  let text: string;
  try {
    text = fs.readFileSync(join(target, 'manifest.json'), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw notBuild('no manifest.json');
    throw notBuild(`manifest.json cannot be read: ${reason(e)}`);
  }
  let manifest: { format?: unknown; catalogId?: unknown; files?: unknown };
  try {
    manifest = JSON.parse(text) as typeof manifest;
  } catch {
    throw notBuild('manifest.json is not JSON');
  }
  if (!manifest || typeof manifest !== 'object' || manifest.format !== PUBLICATION_FORMAT || typeof manifest.catalogId !== 'string') {
    throw notBuild('its manifest.json belongs to something else, e.g. a web app');
  }
  if (manifest.catalogId !== catalogId) {
    throw new UsageError(`${out} holds a build of the catalog "${manifest.catalogId}", not "${catalogId}"; nothing was written — choose another folder`);
  }
  const listed = Array.isArray(manifest.files) ? manifest.files : [];
  for (const entry of listed) {
    const path = (entry as { path?: unknown } | null)?.path;
    if (typeof path !== 'string' || !isPlainRelative(isManifestFolder({ path }) ? path.slice(0, -1) : path)) throw notBuild(`its manifest.json lists the unsafe path ${JSON.stringify(path)}`);
  }
  const { files: paths, folders } = manifestListing(listed);
  // A listed folder (the chunked search's) stands for every plain file directly in it.
  for (const folder of folders) {
    let names: string[];
    try {
      names = fs.readdirSync(join(target, folder));
    } catch {
      continue;
    }
    for (const name of names) if (entryAt(join(target, folder, name), fs)?.isFile()) paths.add(folder + name);
  }
  return paths;
}

/** A relative `/`-separated path that stays inside the folder. */
function isPlainRelative(path: string): boolean {
  return path.length > 0 && !path.includes('\\') && !path.includes('\0') && posix.normalize(path) === path && !path.startsWith('/') && !path.startsWith('../') && path !== '..';
}

/** A new file may only take the place of a file the earlier build wrote, never of something a site added. */
function refuseCollisions(out: string, folder: string, files: Map<string, string>, earlier: Set<string>, fs: PublicationDisk): void {
  for (const path of files.keys()) {
    const parts = path.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const sub = parts.slice(0, i).join('/');
      const info = entryAt(join(folder, sub), fs);
      if (!info || earlier.has(sub)) {
        if (!info) break;
        continue;
      }
      const isLast = i === parts.length;
      if (isLast || !info.isDirectory()) {
        throw new UsageError(`${join(out, sub)} was not written by the earlier build and the new build needs its place; nothing was written — move it away or choose another folder`);
      }
    }
  }
  for (const path of earlier) {
    const info = entryAt(join(folder, path), fs);
    if (info && !info.isFile()) {
      throw new UsageError(`${join(out, path)} was a file of the earlier build and is now ${info.isDirectory() ? 'a folder' : 'not a plain file'}; nothing was written — move it away or choose another folder`);
    }
  }
}

function entryAt(path: string, fs: PublicationDisk): nodeFs.Stats | undefined {
  try {
    return fs.lstatSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw new CommandError(`${path}: cannot read (${reason(e)}); nothing was written`);
  }
}

/**
 * Moves the earlier build's files aside, the new ones in, and removes the old ones only when every
 * move succeeded; on any failure the moves are undone so the folder is as it was.
 */
function swapFiles(out: string, folder: string, staging: string, paths: string[], earlier: Set<string>, suffix: string, catalogId: string, fs: PublicationDisk): void {
  const backup = join(dirname(folder), `.${basename(folder)}.onestop-previous-${suffix}`);
  const movedAside: string[] = [];
  const movedIn: string[] = [];
  const createdDirs: string[] = [];
  try {
    fs.mkdirSync(backup);
    writeTempMarker(backup, { role: 'previous', catalogId }, fs);
    for (const path of [...earlier].sort()) {
      if (!entryAt(join(folder, path), fs)) continue;
      fs.mkdirSync(dirname(join(backup, path)), { recursive: true });
      fs.renameSync(join(folder, path), join(backup, path));
      movedAside.push(path);
    }
    for (const path of paths) {
      const made = fs.mkdirSync(dirname(join(folder, path)), { recursive: true });
      if (made) createdDirs.push(made);
      fs.renameSync(join(staging, path), join(folder, path));
      movedIn.push(path);
    }
  } catch (e) {
    const undone = undo();
    throw new CommandError(
      undone
        ? `could not replace the earlier build (${reason(e)}); ${out} was restored as it was`
        : `could not replace the earlier build (${reason(e)}) nor restore it: its files are in ${backup}`,
    );
  }
  fs.rmSync(backup, { recursive: true, force: true });
  fs.rmSync(staging, { recursive: true, force: true });
  removeEmptyFolders(folder, movedAside, fs);

  function undo(): boolean {
    try {
      for (const path of movedIn.reverse()) fs.renameSync(join(folder, path), join(staging, path));
      for (const dir of createdDirs.reverse()) fs.rmSync(dir, { recursive: true, force: true });
      for (const path of movedAside) fs.renameSync(join(backup, path), join(folder, path));
      fs.rmSync(backup, { recursive: true, force: true });
      fs.rmSync(staging, { recursive: true, force: true });
      return true;
    } catch {
      return false;
    }
  }
}

/** Folders that held only files of the earlier build (e.g. a locale dropped) go with them. */
function removeEmptyFolders(folder: string, removed: string[], fs: PublicationDisk): void {
  const dirs = new Set<string>();
  for (const path of removed) for (let d = posix.dirname(path); d !== '.'; d = posix.dirname(d)) dirs.add(d);
  for (const dir of [...dirs].sort((a, b) => b.length - a.length)) {
    try {
      if (!fs.readdirSync(join(folder, dir)).length) fs.rmdirSync(join(folder, dir));
    } catch {
      // Still in use or already gone: leaving an empty folder loses nothing.
    }
  }
}
