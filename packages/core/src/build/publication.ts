/**
 * The static, CDN-ready publication: every file the widgets and tools load, as path → bytes.
 * Pure and deterministic — same catalog, same bytes — so the CLI only writes what this returns.
 */
import { createHash } from 'node:crypto';
import type { Catalog } from '../catalog/model.js';
import { PUBLICATION_FORMAT, type Manifest, type ManifestFile } from '../catalog/manifest.js';
import { summarize, type LocaleIndex } from '../catalog/summary.js';
import { ENTRY_FORMAT, localeFiles, type LocaleDirectory, type PublicationEntry, type PublicationHeader } from '../catalog/entry.js';
import { forLocale } from '../catalog/localize.js';
import { SCHEMA_VERSION } from './source-schema.js';
import type { CatalogChanges } from '../catalog/changes.js';
import { toSearchData } from '../search/search-data.js';

const json = (value: unknown): string => JSON.stringify(value) + '\n';
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The publication's version: a hash of its content, so it changes exactly when the content does. */
export function publicationVersion(catalog: Catalog): string {
  return sha256(json(catalog)).slice(0, 16);
}

/** Every file of the publication, keyed by path: publication.json (what widgets read first), then manifest.json last. */
export function publish(catalog: Catalog, changes?: CatalogChanges): Map<string, string> {
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
    files.set(`${locale}/search.json`, json(toSearchData(catalog, locale)));
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
    files: Object.fromEntries(locales.map((l) => [l, localeFiles(l)])),
  };
  if (changes) entry.changes = 'changes.json';
  const help = catalog.agencies.find((a) => a.id === catalog.info.helpAgency);
  const hotline = help?.hotline ?? help?.phone;
  if (hotline) entry.hotline = hotline;
  files.set('publication.json', json(entry));

  const listed: ManifestFile[] = [...files.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, text]) => ({ path, bytes: Buffer.byteLength(text), sha256: sha256(text) }));
  const manifest: Manifest = {
    format: PUBLICATION_FORMAT,
    ...header,
    files: listed,
  };
  files.set('manifest.json', JSON.stringify(manifest, null, 2) + '\n');
  return files;
}
