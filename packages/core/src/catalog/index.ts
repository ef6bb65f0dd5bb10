export * from './model.js';
export { pick, forLocale } from './localize.js';
export type { ProcedureSummary, LocaleIndex, Manifest, ManifestFile } from './publication.js';
export type { CatalogChanges, EntityChange, FieldChange } from './changes.js';
export { formatProblem, formatPath, CatalogError, type CatalogProblem } from './problem.js';
