/** The publication's manifest: what `onestop build` wrote, with sizes and hashes. */

export const PUBLICATION_FORMAT = 'onestop-publication';

export interface ManifestFile {
  path: string;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  format: typeof PUBLICATION_FORMAT;
  schemaVersion: number;
  /** Content hash of every published file: changes exactly when the content changes. */
  version: string;
  /** The latest `updated` date in the catalog: a date that only moves with the content. */
  generated: string;
  catalogId: string;
  locales: string[];
  defaultLocale: string;
  sample: boolean;
  counts: { procedures: number; agencies: number; lifeEvents: number; fields: number; calendars: number };
  files: ManifestFile[];
}
