export * from './model.js';
export { pick, forLocale } from './localize.js';
export { summarize, feeRange, feesInForce, type ProcedureSummary, type LocaleIndex } from './summary.js';
export { ENTRY_FORMAT, PUBLICATION_SCHEMA_VERSION, isPublicationEntry, localeFiles, type PublicationEntry, type LocaleFiles, type LocaleDirectory } from './entry.js';
export { PUBLICATION_FORMAT, type Manifest, type ManifestFile } from './manifest.js';
export type { CatalogChanges, EntityChange, FieldChange } from './changes.js';
export { formatProblem, formatPath, CatalogError, type CatalogProblem } from './problem.js';
export { resolveAgency, successorsOf, wholeSuccessorOf, describeAgencyChange, type AgencyResolution, type Successor } from './succession.js';
