/** Node-only: reading a source folder or a publication folder from disk. */
import * as nodeFs from 'node:fs';
import { existsSync, statSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { loadSource, type LoadedSource, type LoadOptions } from './load-source.js';
import { MAX_SOURCE_FILE_BYTES, sourceFileKind, type SourceFile } from './source-files.js';
import { compileCatalog } from './compile.js';
import { CatalogError, type CatalogProblem } from '../catalog/problem.js';
import { PUBLICATION_FORMAT, type Manifest } from '../catalog/manifest.js';
import type { Catalog } from '../catalog/model.js';
import { fileErrorReason } from './file-error.js';

/** A folder that cannot be read at all (missing, not a folder, not a catalog). */
export class CatalogDirError extends Error {
  readonly problem: CatalogProblem;
  constructor(path: string, message: string, hint: string, code = 'missing-folder') {
    super(`${path}: ${message} (${hint})`);
    this.name = 'CatalogDirError';
    this.problem = { code, severity: 'error', file: path, line: 0, column: 0, path: '', message, hint };
  }
}

function assertFolder(dir: string): void {
  if (!existsSync(dir)) throw new CatalogDirError(dir, 'the folder does not exist', 'check the path; a catalog folder holds catalog.yaml and procedures/');
  if (!statSync(dir).isDirectory()) throw new CatalogDirError(dir, 'this is a file, not a folder', 'give the folder that holds catalog.yaml', 'not-a-folder');
}

/**
 * The file-system calls reading a catalog makes (node:fs by default; tests inject failures).
 * Written out rather than `typeof node:fs` so the published types do not need @types/node.
 */
export interface SourceDisk {
  readdirSync(path: string, options: { withFileTypes: true }): SourceDirEntry[];
  readdirSync(path: string): unknown[];
  statSync(path: string): { isFile(): boolean; isDirectory(): boolean; size: number };
  realpathSync(path: string): string;
  readFileSync(path: string): Uint8Array;
  openSync(path: string, flags: string): number;
  readSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number | null): number;
  closeSync(fd: number): void;
}
/** One entry of a folder listing, as `readdirSync(…, { withFileTypes: true })` gives it. */
export interface SourceDirEntry {
  name: string;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

const SOURCE_FOLDERS = new Set(['procedures', 'agencies', 'life-events', 'calendars', 'guides']);

/**
 * Every YAML file the catalog uses, read as bytes (large files only up to the limit, to report
 * them). Links are followed while they stay inside the catalog folder; a file that cannot be read
 * is returned with the reason, so it is reported by name instead of skipped.
 */
export function readSourceDir(dir: string, disk: SourceDisk = nodeFs): SourceFile[] {
  assertFolder(dir);
  const files: SourceFile[] = [];
  let root: string;
  try {
    root = disk.realpathSync(dir);
    disk.readdirSync(root);
  } catch (e) {
    throw new CatalogDirError(dir, `cannot read the folder (${fileErrorReason(e)})`, 'check that you may read this folder', 'unreadable');
  }
  const trouble = (path: string, code: string, message: string, hint: string) => files.push({ path, bytes: new Uint8Array(), problem: { code, message, hint } });
  const visit = (folder: string, depth: number) => {
    const relFolder = relative(dir, folder).split(sep).join('/');
    let entries: SourceDirEntry[];
    try {
      entries = disk.readdirSync(folder, { withFileTypes: true });
    } catch (e) {
      trouble(`${relFolder}/`, 'unreadable', `cannot read (${fileErrorReason(e)})`, 'check that you may read this folder');
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = join(folder, entry.name);
      const rel = relative(dir, full).split(sep).join('/');
      const used = sourceFileKind(rel) !== undefined || (depth === 0 && SOURCE_FOLDERS.has(entry.name));
      let info: { isDirectory(): boolean; isFile(): boolean } = entry;
      if (entry.isSymbolicLink()) {
        if (!used) continue;
        let target: string;
        try {
          target = disk.realpathSync(full);
          info = disk.statSync(target);
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          const message = code === 'ENOENT' ? 'this link points to nothing (its target is missing)' : `cannot follow this link (${fileErrorReason(e)})`;
          trouble(rel, 'broken-link', message, 'make the link point at a file inside the catalog folder, or replace it with the file');
          continue;
        }
        if (target !== root && !target.startsWith(root + sep)) {
          trouble(rel, 'link-outside', `this link leads outside the catalog folder (to ${target})`, 'copy the file into the catalog folder: links may only point inside it');
          continue;
        }
      }
      if (info.isDirectory() && depth < 1) visit(full, depth + 1);
      else if (sourceFileKind(rel)) {
        if (!info.isFile()) trouble(rel, 'not-a-file', `cannot read (${info.isDirectory() ? 'it is a folder, not a file' : 'it is not a plain file (a pipe or a device)'})`, 'catalog files are plain YAML text files');
        else {
          try {
            files.push(readCapped(full, rel, disk));
          } catch (e) {
            trouble(rel, 'unreadable', `cannot read (${fileErrorReason(e)})`, 'check that you may read this file');
          }
        }
      }
    }
  };
  visit(dir, 0);
  return files;
}

function readCapped(path: string, rel: string, disk: SourceDisk): SourceFile {
  const size = disk.statSync(path).size;
  if (size <= MAX_SOURCE_FILE_BYTES) return { path: rel, bytes: disk.readFileSync(path) };
  const buf = Buffer.alloc(MAX_SOURCE_FILE_BYTES + 1);
  const fd = disk.openSync(path, 'r');
  try {
    disk.readSync(fd, buf, 0, buf.length, 0);
  } finally {
    disk.closeSync(fd);
  }
  return { path: rel, bytes: buf, size };
}

export function loadCatalogDir(dir: string, options: LoadOptions = {}): LoadedSource {
  return loadSource(readSourceDir(dir), options);
}

export interface Publication {
  manifest: Manifest;
  catalog: Catalog;
}

/** Reads a folder written by `onestop build`. */
export function readPublication(dir: string): Publication {
  assertFolder(dir);
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new CatalogDirError(dir, 'this folder is not an Onestop build (no manifest.json)', 'run onestop build <catalog> --out <folder> first', 'not-a-build');
  let manifest: Manifest;
  let catalog: Catalog;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    if (manifest.format !== PUBLICATION_FORMAT) throw new Error('format');
    catalog = JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8')) as Catalog;
  } catch {
    throw new CatalogDirError(dir, 'the build files are damaged or from another tool', 'build the catalog again with onestop build', 'damaged-build');
  }
  return { manifest, catalog };
}

/** A compiled catalog from either a source folder (checked first) or a build folder. */
export function loadAnyCatalog(dir: string, options: LoadOptions = {}): { catalog: Catalog; version: string; problems: CatalogProblem[] } {
  assertFolder(dir);
  if (existsSync(join(dir, 'manifest.json'))) {
    const { manifest, catalog } = readPublication(dir);
    return { catalog, version: manifest.version, problems: [] };
  }
  if (!existsSync(join(dir, 'catalog.yaml'))) {
    throw new CatalogDirError(dir, 'this folder is neither a catalog (no catalog.yaml) nor a build (no manifest.json)', 'give the catalog folder or the folder written by onestop build', 'not-a-catalog');
  }
  const loaded = loadCatalogDir(dir, options);
  if (!loaded.catalog || loaded.problems.some((p) => p.severity === 'error')) throw new CatalogError(loaded.problems);
  return { catalog: compileCatalog(loaded.catalog), version: 'source', problems: loaded.problems };
}
