/** @onestop/core/build: what editors' tools need at build time (Node): loading, checking, compiling, publishing. */
export { loadSource, type LoadedSource, type LoadOptions } from './build/load-source.js';
export { parseSourceFile, sourceFileKind, MAX_SOURCE_FILE_BYTES, type SourceFile, type ParsedSourceFile } from './build/source-files.js';
export { sourceSchema, SOURCE_FILE_KINDS, SCHEMA_VERSION, type SourceFileKind } from './build/source-schema.js';
export { compileCatalog, compileProcedure } from './build/compile.js';
export { publish, publicationVersion, SEARCH_CHUNKS_ABOVE, type PublishOptions } from './build/publication.js';
export { diffCatalogs, diffValues, formatChanges } from './catalog/changes.js';
export { compileMarkdown, type MarkdownProblem } from './richtext/markdown.js';
export { generateCatalog, generateSource, type GenerateOptions } from './build/generate.js';
export { compileGuide } from './build/compile-guide.js';
export { PUBLICATION_FORMAT, isManifestFolder, type Manifest, type ManifestFile } from './catalog/manifest.js';
