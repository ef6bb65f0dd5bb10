/**
 * What an earlier build's `manifest.json` says it wrote: files by path, and folders (a path ending
 * in `/`, the chunked search's) every file directly inside which is the build's.
 */
import { isManifestFolder } from '@onestop/core/build';

export interface ManifestListing {
  files: Set<string>;
  folders: string[];
  /** Whether the build wrote this file: listed itself, or directly inside a listed folder. */
  has(path: string): boolean;
}

/** The paths of a manifest's `files` entries; entries without a text path are skipped. */
export function manifestListing(entries: unknown): ManifestListing {
  const files = new Set<string>(['manifest.json']);
  const folders: string[] = [];
  for (const entry of Array.isArray(entries) ? entries : []) {
    const path = (entry as { path?: unknown } | null)?.path;
    if (typeof path !== 'string') continue;
    if (isManifestFolder({ path })) folders.push(path);
    else files.add(path);
  }
  return {
    files,
    folders,
    has: (path) => files.has(path) || folders.some((folder) => path.startsWith(folder) && !path.slice(folder.length).includes('/')),
  };
}
