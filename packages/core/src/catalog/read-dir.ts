/** Node-only: reading a source folder or a publication folder from disk. */
import { existsSync, openSync, readSync, closeSync, readdirSync, statSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { loadSource, type LoadedSource, type LoadOptions } from './load-source.js';
import { MAX_SOURCE_FILE_BYTES, sourceFileKind, type SourceFile } from './source-files.js';
import { compileCatalog } from './compile.js';
import { CatalogError, type CatalogProblem } from './problem.js';
import { PUBLICATION_FORMAT, type Manifest } from './manifest.js';
import type { Catalog } from './model.js';

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

/** Every YAML file the catalog uses, read as bytes (large files only up to the limit, to report them). */
export function readSourceDir(dir: string): SourceFile[] {
  assertFolder(dir);
  const files: SourceFile[] = [];
  const visit = (folder: string, depth: number) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = join(folder, entry.name);
      const rel = relative(dir, full).split(sep).join('/');
      if (entry.isDirectory() && depth < 1) visit(full, depth + 1);
      else if (entry.isFile() && sourceFileKind(rel)) files.push({ path: rel, bytes: readCapped(full) });
    }
  };
  visit(dir, 0);
  return files;
}

function readCapped(path: string): Uint8Array {
  const size = statSync(path).size;
  if (size <= MAX_SOURCE_FILE_BYTES) return readFileSync(path);
  const buf = Buffer.alloc(MAX_SOURCE_FILE_BYTES + 1);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, buf, 0, buf.length, 0);
  } finally {
    closeSync(fd);
  }
  return buf;
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
