/**
 * `publication.json`: the small file a widget reads first. It stays a few hundred bytes whatever
 * the catalog's size, and says where each locale's files are; `manifest.json` keeps the full file
 * list (with hashes) for editors' tools.
 */
import type { Catalog } from './model.js';
import { SCHEMA_VERSION } from './schema-version.js';

export const ENTRY_FORMAT = 'onestop-entry';
/** The catalog model version this code reads; a publication with another one is refused. */
export const PUBLICATION_SCHEMA_VERSION = SCHEMA_VERSION;

/** Where one locale's files are, relative to `publication.json`. */
export interface LocaleFiles {
  /** Compact search documents (`<locale>/search.json`). */
  search: string;
  /** The head of the chunked search (`<locale>/search-chunks.json`), when the build wrote one: large catalogs. */
  searchChunks?: string;
  /** Summary of every procedure, life events, agencies and fields (`<locale>/index.json`). */
  index: string;
  /** Catalog info, agencies, fields, calendars and life events only (`<locale>/directory.json`). */
  directory: string;
  /** One procedure's detail; `{id}` stands for the procedure id. */
  procedure: string;
}

/** What publication.json and manifest.json both say about the build. */
export interface PublicationHeader {
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
}

export interface PublicationEntry extends PublicationHeader {
  format: typeof ENTRY_FORMAT;
  files: Record<string, LocaleFiles>;
  /** `changes.json`, when the build was made with `--previous`. */
  changes?: string;
  /** The help agency's hotline, so even an error message can offer a person to call. */
  hotline?: string;
}

/** What a procedure page needs besides the procedure itself, in one locale. */
export interface LocaleDirectory {
  info: Catalog['info'];
  version: string;
  agencies: Catalog['agencies'];
  fields: Catalog['fields'];
  calendars: Catalog['calendars'];
  /** The life events (a few, small): what a guide needs to run a life-event journey without the index. */
  lifeEvents: Catalog['lifeEvents'];
}

/** The paths of one locale's files. */
export function localeFiles(locale: string): LocaleFiles {
  return {
    search: `${locale}/search.json`,
    index: `${locale}/index.json`,
    directory: `${locale}/directory.json`,
    procedure: `${locale}/procedures/{id}.json`,
  };
}

/** True for the parsed content of a `publication.json` (shape only; the schema version is checked by the reader). */
export function isPublicationEntry(value: unknown): value is PublicationEntry {
  const e = value as PublicationEntry;
  return (
    !!e &&
    typeof e === 'object' &&
    e.format === ENTRY_FORMAT &&
    typeof e.schemaVersion === 'number' &&
    typeof e.version === 'string' &&
    Array.isArray(e.locales) &&
    e.locales.every((l) => typeof l === 'string') &&
    typeof e.defaultLocale === 'string' &&
    !!e.files &&
    typeof e.files === 'object' &&
    e.locales.every((l) => typeof e.files[l]?.search === 'string' && typeof e.files[l]?.procedure === 'string')
  );
}

const localeFilesSchema = {
  type: 'object',
  required: ['search', 'index', 'directory', 'procedure'],
  properties: {
    search: { type: 'string', description: 'Compact search documents.' },
    searchChunks: { type: 'string', description: 'Head of the chunked search, for large catalogs.' },
    index: { type: 'string', description: 'Summaries of every procedure, with life events, agencies and fields.' },
    directory: { type: 'string', description: 'Catalog info, agencies, fields, calendars and life events.' },
    procedure: { type: 'string', pattern: '\\{id\\}', description: 'One procedure; {id} stands for its id.' },
  },
  additionalProperties: false,
};

/** JSON Schema (draft 2020-12) of `publication.json`, published as `publication.schema.json`. */
export function entrySchema(): Record<string, unknown> {
  const count = { type: 'integer', minimum: 0 };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://onestop.example/schema/v${PUBLICATION_SCHEMA_VERSION}/publication.schema.json`,
    title: 'Onestop publication entry (publication.json)',
    description: 'The first file a widget reads: version, locales and where each locale’s files are. Paths are relative to this file.',
    type: 'object',
    required: ['format', 'schemaVersion', 'version', 'generated', 'catalogId', 'locales', 'defaultLocale', 'sample', 'counts', 'files'],
    properties: {
      format: { const: ENTRY_FORMAT },
      schemaVersion: { type: 'integer', minimum: 1, description: 'Catalog model version; readers refuse versions they do not know.' },
      version: { type: 'string', description: 'Content hash: changes exactly when the content does.' },
      generated: { type: 'string', format: 'date', description: 'The latest `updated` date of the content.' },
      catalogId: { type: 'string' },
      locales: { type: 'array', minItems: 1, items: { type: 'string' } },
      defaultLocale: { type: 'string' },
      sample: { type: 'boolean', description: 'Sample data: widgets show a notice.' },
      counts: {
        type: 'object',
        required: ['procedures', 'agencies', 'lifeEvents', 'fields', 'calendars'],
        properties: { procedures: count, agencies: count, lifeEvents: count, fields: count, calendars: count },
        additionalProperties: false,
      },
      files: { type: 'object', additionalProperties: localeFilesSchema, description: 'Per locale: where its files are.' },
      changes: { type: 'string', description: 'changes.json, when built with --previous.' },
      hotline: { type: 'string', description: 'The help agency’s hotline, for error and zero-result messages.' },
    },
    additionalProperties: false,
  };
}
