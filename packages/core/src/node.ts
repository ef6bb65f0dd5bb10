/** @onestop/core/node: reading catalogs and publications from disk. */
export { readSourceDir, loadCatalogDir, readPublication, loadAnyCatalog, CatalogDirError, type Publication } from './build/read-dir.js';
export { fileErrorReason } from './build/file-error.js';
