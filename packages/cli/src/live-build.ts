/** One build of the live preview: the catalog source folder → the publication, in memory. */
import { compileCatalog, loadSource, publish } from '@onestop/core/build';
import { CatalogDirError, readSourceDir } from '@onestop/core/node';
import type { CatalogProblem } from '@onestop/core';
import { formatProblems } from './print-problems.js';
import { ParseCache } from './parse-cache.js';

interface BuildOutcome {
  problems: CatalogProblem[];
  /** The problems as `file:line:column  path  message  (hint)`. */
  lines: string[];
  ms: number;
  /** The files parsed again (the others came from the cache). */
  parsed: string[];
  /** Path and content of every source file; equal fingerprints build the same. */
  fingerprint: string;
}

export type LiveBuild =
  | ({ ok: true; files: Map<string, string>; version: string; procedures: number } & BuildOutcome)
  | ({ ok: false } & BuildOutcome)
  | { unchanged: true };

/**
 * Reads every source file (cheap), parses only the changed ones, then checks, compiles and
 * publishes; `{ unchanged: true }` when no file differs from the build with `previous` fingerprint.
 */
export function buildLive(dir: string, cache: ParseCache, previous?: string, today?: string): LiveBuild {
  const started = performance.now();
  const done = () => Math.round(performance.now() - started);
  let sources;
  try {
    sources = readSourceDir(dir);
  } catch (e) {
    if (!(e instanceof CatalogDirError)) throw e;
    return { ok: false, problems: [e.problem], lines: formatProblems([e.problem], ''), ms: done(), parsed: [], fingerprint: '' };
  }
  const fingerprint = ParseCache.fingerprint(sources);
  if (fingerprint === previous) return { unchanged: true };
  cache.startBuild(sources.map((f) => f.path));
  const loaded = loadSource(sources, { parse: cache.parse, ...(today ? { today } : {}) });
  const lines = formatProblems(loaded.problems, dir);
  if (!loaded.catalog || loaded.problems.some((p) => p.severity === 'error')) {
    return { ok: false, problems: loaded.problems, lines, ms: done(), parsed: cache.parsedFiles, fingerprint };
  }
  const catalog = compileCatalog(loaded.catalog);
  const files = publish(catalog);
  const manifest = JSON.parse(files.get('manifest.json')!) as { version: string };
  return { ok: true, files, version: manifest.version, procedures: catalog.procedures.length, problems: loaded.problems, lines, ms: done(), parsed: cache.parsedFiles, fingerprint };
}
