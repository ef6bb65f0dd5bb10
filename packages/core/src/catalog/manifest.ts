/** The publication's manifest: what `onestop build` wrote, with sizes and hashes. */
import type { PublicationHeader } from './entry.js';

export const PUBLICATION_FORMAT = 'onestop-publication';

export interface ManifestFile {
  path: string;
  bytes: number;
  sha256: string;
}

export interface Manifest extends PublicationHeader {
  format: typeof PUBLICATION_FORMAT;
  files: ManifestFile[];
}
