/**
 * The static, CDN-ready publication: every file the widgets and tools load, as path → bytes.
 * Pure and deterministic — same catalog, same bytes — so the CLI only writes what this returns.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Catalog } from '../catalog/model.js';
import { PUBLICATION_FORMAT, type Manifest, type ManifestFile } from '../catalog/manifest.js';
import { summarize, type LocaleIndex } from '../catalog/summary.js';
import { ENTRY_FORMAT, localeFiles, type LocaleDirectory, type PublicationEntry, type PublicationHeader } from '../catalog/entry.js';
import { forLocale } from '../catalog/localize.js';
import { SCHEMA_VERSION } from './source-schema.js';
import type { CatalogChanges } from '../catalog/changes.js';
import { toSearchData } from '../search/search-data.js';
import { toSearchChunks } from '../search/search-chunks.js';

const json = (value: unknown): string => JSON.stringify(value) + '\n';
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The publication's version: a hash of its content, so it changes exactly when the content does. */
export function publicationVersion(catalog: Catalog): string {
  return sha256(json(catalog)).slice(0, 16);
}

/**
 * Above this many bytes of gzip, `<locale>/search.json` is also written in chunks: a page then
 * loads a head and the parts each query needs (docs/search.md has the measurements). About
 * 1,500 procedures; the sample (17 KB) stays one file.
 */
export const SEARCH_CHUNKS_ABOVE = 50_000;

export interface PublishOptions {
  /** Write the chunked search: above SEARCH_CHUNKS_ABOVE (`auto`, the default), `always` or `never`. */
  searchChunks?: 'auto' | 'always' | 'never';
}

/** Every file of the publication, keyed by path: publication.json (what widgets read first), then manifest.json last. */
export function publish(catalog: Catalog, changes?: CatalogChanges, options: PublishOptions = {}): Map<string, string> {
  const chunked = new Set<string>();
  const chunkFolders: string[] = [];
  const files = new Map<string, string>();
  const generated = catalog.procedures.reduce((max, p) => (p.updated > max ? p.updated : max), '1970-01-01');
  const { locales, defaultLocale } = catalog.info;
  files.set('catalog.json', json(catalog));
  const contentVersion = publicationVersion(catalog);
  for (const locale of locales) {
    const local = <T>(v: T): T => forLocale(v, locale, defaultLocale, locales);
    const index: LocaleIndex = {
      info: catalog.info,
      version: contentVersion,
      agencies: local(catalog.agencies),
      fields: local(catalog.fields),
      lifeEvents: local(catalog.lifeEvents),
      calendars: local(catalog.calendars),
      synonyms: catalog.synonyms.filter((s) => !s.locale || s.locale === locale),
      procedures: catalog.procedures.map((p) => local(summarize(p, generated))),
    };
    files.set(`${locale}/index.json`, json(index));
    // A procedure page needs this, not the summaries of every procedure.
    const directory: LocaleDirectory = { info: catalog.info, version: contentVersion, agencies: index.agencies, fields: index.fields, calendars: index.calendars, lifeEvents: index.lifeEvents };
    files.set(`${locale}/directory.json`, json(directory));
    // What a page downloads to search: compact documents it indexes on load (docs/search.md).
    const searchData = toSearchData(catalog, locale);
    const searchJson = json(searchData);
    files.set(`${locale}/search.json`, searchJson);
    const chunks = options.searchChunks ?? 'auto';
    if (chunks === 'always' || (chunks === 'auto' && gzipSync(searchJson).length > SEARCH_CHUNKS_ABOVE)) {
      chunkFolders.push(writeSearchChunks(files, locale, searchData));
      chunked.add(locale);
    }
    for (const p of catalog.procedures) files.set(`${locale}/procedures/${p.id}.json`, json(local(p)));
  }
  if (changes) files.set('changes.json', json(changes));
  const counts = {
    procedures: catalog.procedures.length,
    agencies: catalog.agencies.length,
    lifeEvents: catalog.lifeEvents.length,
    fields: catalog.fields.length,
    calendars: catalog.calendars.length,
  };
  const header: PublicationHeader = {
    schemaVersion: SCHEMA_VERSION,
    version: contentVersion,
    generated,
    catalogId: catalog.info.id,
    locales,
    defaultLocale,
    sample: catalog.info.sample,
    counts,
  };
  const entry: PublicationEntry = {
    format: ENTRY_FORMAT,
    ...header,
    files: Object.fromEntries(locales.map((l) => [l, chunked.has(l) ? { ...localeFiles(l), searchChunks: `${l}/search-chunks.json` } : localeFiles(l)])),
  };
  if (changes) entry.changes = 'changes.json';
  const help = catalog.agencies.find((a) => a.id === catalog.info.helpAgency);
  const hotline = help?.hotline ?? help?.phone;
  if (hotline) entry.hotline = hotline;
  files.set('publication.json', json(entry));

  const manifest: Manifest = {
    format: PUBLICATION_FORMAT,
    ...header,
    files: manifestFiles(files, chunkFolders),
  };
  files.set('manifest.json', JSON.stringify(manifest, null, 2) + '\n');
  return files;
}

/**
 * Every file with its size and sha256, in path order, but each chunk folder as one entry: the
 * folder's name is already a hash of its content, and listing its thousands of files one by one
 * made the manifest of a large catalog mostly chunk entries.
 */
function manifestFiles(files: Map<string, string>, folders: readonly string[]): ManifestFile[] {
  const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const listed: ManifestFile[] = [];
  const inFolder = new Map<string, [name: string, text: string][]>(folders.map((f) => [f, []]));
  for (const [path, text] of files) {
    const folder = path.slice(0, path.lastIndexOf('/') + 1);
    const members = inFolder.get(folder);
    if (members) members.push([path.slice(folder.length), text]);
    else listed.push({ path, bytes: Buffer.byteLength(text), sha256: sha256(text) });
  }
  for (const [path, members] of inFolder) {
    members.sort(([a], [b]) => byPath(a, b));
    const listing = members.map(([name, text]) => `${sha256(text)}  ${name}\n`).join('');
    listed.push({ path, bytes: members.reduce((n, [, text]) => n + Buffer.byteLength(text), 0), sha256: sha256(listing), files: members.length });
  }
  return listed.sort((a, b) => byPath(a.path, b.path));
}

/**
 * `<locale>/search-chunks.json` and its chunks in `<locale>/search/<hash>/`, the hash taken over
 * every chunk: a page reads the folder its head named, so a new publication never mixes with the
 * chunks of the one it loaded first (docs/search.md). Returns the folder's path.
 */
function writeSearchChunks(files: Map<string, string>, locale: string, searchData: ReturnType<typeof toSearchData>): string {
  const { head, files: chunks } = toSearchChunks(searchData, locale);
  const hash = createHash('sha256');
  for (const [name, text] of [...chunks].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(name).update('\u0000').update(text);
  hash.update(json(head));
  head.base = `search/${hash.digest('hex').slice(0, 16)}/`;
  files.set(`${locale}/search-chunks.json`, json(head));
  for (const [name, text] of chunks) files.set(`${locale}/${head.base}${name}`, text);
  return `${locale}/${head.base}`;
}
