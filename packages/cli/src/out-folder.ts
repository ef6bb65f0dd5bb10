import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from './command.js';

/** What `--out` names now: nothing yet, an empty folder, or a folder holding something. */
export type OutFolder = { path: string; state: 'missing' | 'empty' | 'not-empty' };

/**
 * Resolves an `--out` folder and refuses, with a message, a path that names a file or lies below
 * one, so no command ends in ENOTDIR/EEXIST stack traces.
 */
export function inspectOutFolder(out: string): OutFolder {
  let path = resolve(out);
  const info = statOrUndefined(path);
  if (!info) {
    for (let up = dirname(path); ; up = dirname(up)) {
      const above = statOrUndefined(up);
      if (above && !above.isDirectory()) throw new UsageError(`${out} cannot be created: ${up} is a file, not a folder`);
      if (above || up === dirname(up)) break;
    }
    return { path, state: 'missing' };
  }
  if (!info.isDirectory()) throw new UsageError(`${out} is a file, not a folder; give a folder to write into`);
  // Work on the real folder, so a link to a folder is written through, never replaced.
  path = realpathSync(path);
  let entries: string[];
  try {
    entries = readdirSync(path);
  } catch (e) {
    throw new UsageError(`${out}: cannot read the folder (${reason(e)})`);
  }
  return { path, state: entries.length ? 'not-empty' : 'empty' };
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return lstatSync(path, { throwIfNoEntry: false }) ? danglingLink(path) : undefined;
    if (code === 'ENOTDIR') return undefined;
    throw new UsageError(`${path}: cannot read (${reason(e)})`);
  }
}

function danglingLink(path: string): never {
  throw new UsageError(`${path} is a link to something that does not exist; give a real folder`);
}

/** A file-system error in words an editor understands, e.g. "permission denied". */
export function reason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'the disk quota is used up';
    case 'EFBIG':
      return 'a file is larger than the system allows (file size limit)';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOENT':
      return 'it does not exist';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ELOOP':
      return 'too many symbolic links (a loop)';
    case 'EIO':
      return 'input/output error from the disk';
    default:
      return err.code ? `${err.code}: ${err.message}` : String(err.message ?? e);
  }
}
