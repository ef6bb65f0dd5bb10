/**
 * A build killed while it wrote or swapped files leaves, beside `--out`, its temporary folder
 * (`.<name>.onestop-build-<hex>`) and the earlier build's files it had moved aside
 * (`.<name>.onestop-previous-<hex>`). The next build puts the earlier build back and removes the
 * temporary copy — but only for folders a marker (or, for older builds, a manifest) proves to be
 * this catalog's build temps; anything else is left alone and named.
 */
import type * as nodeFs from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, dirname, join, posix } from 'node:path';
import { PUBLICATION_FORMAT } from '@onestop/core/build';
import { manifestListing } from './manifest-listing.js';

export const TEMP_MARKER = '.onestop-temp.json';
const TEMP_FORMAT = 'onestop-build-temp';

export type TempDisk = Pick<typeof nodeFs, 'readFileSync' | 'writeFileSync' | 'renameSync' | 'rmSync' | 'lstatSync' | 'readdirSync' | 'mkdirSync' | 'rmdirSync'>;

export interface TempMarker {
  format: typeof TEMP_FORMAT;
  role: 'staging' | 'previous';
  catalogId: string;
  /** Staging only: sha256 of each file the build was about to move in. */
  files?: Record<string, string>;
}

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

export function writeTempMarker(folder: string, marker: Omit<TempMarker, 'format'>, fs: TempDisk): void {
  fs.writeFileSync(join(folder, TEMP_MARKER), JSON.stringify({ format: TEMP_FORMAT, ...marker }));
}

/** Puts back what an interrupted build of `catalogId` left beside `target`; returns one line per thing done or left alone. */
export function recoverInterruptedBuilds(target: string, catalogId: string, fs: TempDisk): string[] {
  const parent = dirname(target);
  const name = basename(target);
  let entries: string[];
  try {
    entries = fs.readdirSync(parent);
  } catch {
    return [];
  }
  const prefix = `.${name}.onestop-`;
  const suffixes = new Set<string>();
  for (const entry of entries) {
    const m = /^(build|previous)-([0-9a-f]{8})$/.exec(entry.startsWith(prefix) ? entry.slice(prefix.length) : '');
    if (m) suffixes.add(m[2]!);
  }
  const said: string[] = [];
  for (const suffix of [...suffixes].sort()) {
    const stagingName = `${prefix}build-${suffix}`;
    const previousName = `${prefix}previous-${suffix}`;
    const staging = entries.includes(stagingName) ? proof(join(parent, stagingName), 'staging', catalogId, fs) : undefined;
    const previous = entries.includes(previousName) ? proof(join(parent, previousName), 'previous', catalogId, fs) : undefined;
    const unproven = [entries.includes(stagingName) && !staging ? stagingName : '', entries.includes(previousName) && !previous ? previousName : ''].filter(Boolean);
    if (unproven.length) {
      said.push(`left ${unproven.join(' and ')} alone: it looks like an interrupted build's folder but nothing in it proves it is one of "${catalogId}"; move it away once you have checked it`);
      continue;
    }
    if (previous) {
      const conflict = restorePrevious(target, join(parent, previousName), staging?.files, fs);
      if (conflict) {
        said.push(`left ${previousName} alone: ${conflict}; the earlier build's files in it were not put back`);
        continue;
      }
      said.push(`put back the earlier build's files from ${previousName} (a build was interrupted while swapping files)`);
    }
    if (staging) {
      fs.rmSync(join(parent, stagingName), { recursive: true, force: true });
      said.push(`removed ${stagingName}, the temporary folder of an interrupted build`);
    }
  }
  return said;
}

/** The folder's marker, or for builds from before markers, a manifest of this catalog listing every file in it. */
function proof(folder: string, role: TempMarker['role'], catalogId: string, fs: TempDisk): { files?: Record<string, string> } | undefined {
  const marker = readJson(join(folder, TEMP_MARKER), fs) as Partial<TempMarker> | undefined;
  if (marker) {
    if (marker.format !== TEMP_FORMAT || marker.role !== role || marker.catalogId !== catalogId) return undefined;
    const files = marker.files && typeof marker.files === 'object' ? (marker.files as Record<string, string>) : undefined;
    return files ? { files } : {};
  }
  const manifest = readJson(join(folder, 'manifest.json'), fs) as { format?: unknown; catalogId?: unknown; files?: { path?: unknown; sha256?: unknown }[] } | undefined;
  if (!manifest || manifest.format !== PUBLICATION_FORMAT || manifest.catalogId !== catalogId || !Array.isArray(manifest.files)) return undefined;
  const listed = manifestListing(manifest.files);
  return filesIn(folder, fs).every((p) => listed.has(p)) ? {} : undefined;
}

/**
 * Moves the earlier build's files back into `target`. A file already there is replaced only when
 * it is, byte for byte, what the interrupted build moved in; files that build moved in where the
 * earlier one had none are removed the same way. Returns why it could not, when it could not.
 */
function restorePrevious(target: string, previous: string, staged: Record<string, string> | undefined, fs: TempDisk): string | undefined {
  const saved = filesIn(previous, fs).filter((p) => p !== TEMP_MARKER);
  const isStaged = (path: string) => {
    const hash = staged?.[path];
    try {
      return hash !== undefined && fs.lstatSync(join(target, path)).isFile() && sha256(fs.readFileSync(join(target, path))) === hash;
    } catch {
      return false;
    }
  };
  for (const path of saved) {
    if (exists(join(target, path), fs) && !isStaged(path)) return `${join(basename(target), path)} is there too and was not written by the interrupted build`;
  }
  // A file the earlier build listed and that was never moved aside is the earlier build's own (even when equal to the new one).
  const earlierManifest = (readJson(join(previous, 'manifest.json'), fs) ?? readJson(join(target, 'manifest.json'), fs)) as { files?: { path?: unknown }[] } | undefined;
  const earlier = manifestListing(earlierManifest?.files);
  const movedIn = Object.keys(staged ?? {}).filter((p) => !saved.includes(p) && !earlier.has(p) && isStaged(p));
  for (const path of movedIn) fs.rmSync(join(target, path));
  for (const path of saved) {
    fs.mkdirSync(dirname(join(target, path)), { recursive: true });
    fs.renameSync(join(previous, path), join(target, path));
  }
  for (const dir of [...new Set(movedIn.flatMap(parents))].sort((a, b) => b.length - a.length)) {
    try {
      if (!fs.readdirSync(join(target, dir)).length) fs.rmdirSync(join(target, dir));
    } catch {
      // Not empty or already gone: an empty folder loses nothing.
    }
  }
  fs.rmSync(previous, { recursive: true, force: true });
  return undefined;
}

function parents(path: string): string[] {
  const out: string[] = [];
  for (let d = posix.dirname(path); d !== '.'; d = posix.dirname(d)) out.push(d);
  return out;
}

/** Every plain file below `folder`, as `/`-separated relative paths. */
function filesIn(folder: string, fs: TempDisk, under = ''): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(join(folder, under))) {
    const rel = under ? `${under}/${entry}` : entry;
    const info = fs.lstatSync(join(folder, rel));
    if (info.isDirectory()) out.push(...filesIn(folder, fs, rel));
    else out.push(rel);
  }
  return out;
}

function exists(path: string, fs: TempDisk): boolean {
  try {
    fs.lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function readJson(path: string, fs: TempDisk): unknown {
  try {
    return JSON.parse(fs.readFileSync(path, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}
