import { createHash } from 'node:crypto';
import { parseSourceFile, type ParsedSourceFile, type SourceFile } from '@onestop/core/build';
import type { CatalogProblem } from '@onestop/core';

interface CachedParse {
  digest: string;
  parsed: ParsedSourceFile | undefined;
  problems: CatalogProblem[];
}

/**
 * Parse results per source file, keyed by the file's bytes: a rebuild after one save parses that
 * one file again and reuses every other (YAML parsing is most of a build's time).
 */
export class ParseCache {
  private readonly entries = new Map<string, CachedParse>();
  /** Files parsed (not taken from the cache) since the last {@link startBuild}. */
  parsedFiles: string[] = [];

  /** For `loadSource`'s `parse` option. */
  readonly parse = (file: SourceFile, problems: CatalogProblem[]): ParsedSourceFile | undefined => {
    const digest = digestOf(file);
    let entry = this.entries.get(file.path);
    if (!entry || entry.digest !== digest) {
      const own: CatalogProblem[] = [];
      entry = { digest, parsed: parseSourceFile(file, own), problems: own };
      this.entries.set(file.path, entry);
      this.parsedFiles.push(file.path);
    }
    problems.push(...entry.problems.map((p) => ({ ...p })));
    return entry.parsed;
  };

  /** One hash of every file's path and content: equal when a save changed nothing. */
  static fingerprint(files: readonly SourceFile[]): string {
    const hash = createHash('sha256');
    for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) hash.update(`${file.path}\0${digestOf(file)}\0`);
    return hash.digest('hex');
  }

  /** Starts counting parsed files and forgets the files that are gone. */
  startBuild(paths: readonly string[]): void {
    const present = new Set(paths);
    for (const path of this.entries.keys()) if (!present.has(path)) this.entries.delete(path);
    this.parsedFiles = [];
  }
}

function digestOf(file: SourceFile): string {
  if (file.problem) return `problem:${file.problem.code}:${file.problem.message}`;
  return createHash('sha256').update(file.bytes).update(`\0${file.size ?? ''}`).digest('hex');
}
