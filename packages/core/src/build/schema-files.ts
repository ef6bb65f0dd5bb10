/** The published JSON Schema files, one per kind of source file, keyed by file name. */
import { entrySchema } from '../catalog/entry.js';
import { SOURCE_FILE_KINDS, sourceSchema, type SourceFileKind } from './source-schema.js';

const FILE_NAMES: Record<SourceFileKind, string> = {
  catalog: 'catalog.schema.json',
  agency: 'agency.schema.json',
  fields: 'fields.schema.json',
  procedure: 'procedure.schema.json',
  lifeEvent: 'life-event.schema.json',
  calendar: 'calendar.schema.json',
  synonyms: 'synonyms.schema.json',
  guide: 'guide.schema.json',
};

/** The source files' schemas, and the schema of the publication's entry file widgets read. */
export function renderSchemaFiles(): Map<string, string> {
  const files = new Map(
    (Object.keys(SOURCE_FILE_KINDS) as SourceFileKind[]).map((kind) => [FILE_NAMES[kind], JSON.stringify(sourceSchema(kind), null, 2) + '\n']),
  );
  files.set('publication.schema.json', JSON.stringify(entrySchema(), null, 2) + '\n');
  return files;
}
