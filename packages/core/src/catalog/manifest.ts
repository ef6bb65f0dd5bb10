/** The publication's manifest: what `onestop build` wrote, with sizes and hashes. */
import type { PublicationHeader } from './entry.js';

export const PUBLICATION_FORMAT = 'onestop-publication';

/**
 * A file the build wrote, or a folder of them. The chunked search's folder (`<locale>/search/<hash>/`,
 * thousands of files at a national catalog's size) is listed once: its path ends in `/`, `files`
 * counts its files, `bytes` adds them up, and `sha256` is the hash of its `sha256sum` listing —
 * each file's sha256, two spaces, its name and a newline, names in byte order — which
 * `cd <folder> && LC_ALL=C sha256sum -- * | sha256sum` reproduces. Every file directly in a listed
 * folder belongs to the build.
 */
export interface ManifestFile {
  path: string;
  bytes: number;
  sha256: string;
  /** A folder's number of files (only for a folder). */
  files?: number;
}

export interface Manifest extends PublicationHeader {
  format: typeof PUBLICATION_FORMAT;
  files: ManifestFile[];
}

/** Whether a manifest entry stands for a folder of files rather than one file. */
export const isManifestFolder = (entry: Pick<ManifestFile, 'path'>): boolean => entry.path.endsWith('/');
