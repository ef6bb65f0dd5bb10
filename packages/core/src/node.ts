/** @onestop/core/node: reading catalogs and publications from disk. */
export { readSourceDir, loadCatalogDir, readPublication, loadAnyCatalog, CatalogDirError, type Publication } from './catalog/read-dir.js';
export { fileErrorReason } from './catalog/file-error.js';
