import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileErrorReason as reason } from '@onestop/core/node';
import { UsageError } from './command.js';

export { reason };

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
