/**
 * The static, CDN-ready publication: every file the widgets and tools load, as path → bytes.
 * Pure and deterministic — same catalog, same bytes — so the CLI only writes what this returns.
 */
import { createHash } from 'node:crypto';
import type { Catalog, Procedure } from './model.js';
import { forLocale, pick } from './localize.js';
import { SCHEMA_VERSION } from './source-schema.js';
import type { CatalogChanges } from './changes.js';

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

/** What a list or search result needs of a procedure, without its full detail. */
export interface ProcedureSummary {
  id: string;
  code?: string;
  name: Procedure['name'];
  summary: Procedure['summary'];
  aliases: Procedure['aliases'];
  field: string;
  level: string[];
  audience: string[];
  competentAgency: string;
  receivingAgencies: string[];
  channelTypes: string[];
  /** Lowest amount a citizen can pay; 0 when some channel is free. */
  feeFrom: number;
  processingTime: Procedure['processingTime'];
  documentNames: Record<string, string[]>;
  updated: string;
}

/** The per-locale index file widgets load first. */
export interface LocaleIndex {
  info: Catalog['info'];
  version: string;
  agencies: Catalog['agencies'];
  fields: Catalog['fields'];
  lifeEvents: Catalog['lifeEvents'];
  calendars: Catalog['calendars'];
  synonyms: Catalog['synonyms'];
  procedures: ProcedureSummary[];
}

export function summarize(p: Procedure): ProcedureSummary {
  const documentNames: Record<string, string[]> = {};
  for (const group of p.documentGroups) {
    for (const doc of group.documents) {
      for (const [locale, name] of Object.entries(doc.name)) (documentNames[locale] ??= []).push(name);
    }
  }
  const summary: ProcedureSummary = {
    id: p.id,
    name: p.name,
    summary: p.summary,
    aliases: p.aliases,
    field: p.field,
    level: p.level,
    audience: p.audience,
    competentAgency: p.competentAgency,
    receivingAgencies: p.receivingAgencies,
    channelTypes: [...new Set(p.channels.map((c) => c.type))].sort(),
    feeFrom: lowestFee(p),
    processingTime: p.processingTime,
    documentNames,
    updated: p.updated,
  };
  return p.code ? { ...summary, code: p.code } : summary;
}

/** The lowest total of the fees that apply on some channel (fees without channels apply to all). */
export function lowestFee(p: Procedure): number {
  if (!p.fees.length) return 0;
  const totals = p.channels.map((c) => p.fees.filter((f) => !f.channels || f.channels.includes(c.id)).reduce((sum, f) => sum + f.amount, 0));
  return totals.length ? Math.min(...totals) : 0;
}

const json = (value: unknown): string => JSON.stringify(value) + '\n';
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Every file of the publication, keyed by path, manifest.json last. */
export function publish(catalog: Catalog, changes?: CatalogChanges): Map<string, string> {
  const files = new Map<string, string>();
  const { locales, defaultLocale } = catalog.info;
  files.set('catalog.json', json(catalog));
  // The version is a hash of the content, written into each locale index before it is hashed again.
  const contentVersion = sha256(json(catalog)).slice(0, 16);
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
      procedures: catalog.procedures.map((p) => local(summarize(p))),
    };
    files.set(`${locale}/index.json`, json(index));
    for (const p of catalog.procedures) files.set(`${locale}/procedures/${p.id}.json`, json(local(p)));
  }
  if (changes) files.set('changes.json', json(changes));

  const generated = catalog.procedures.reduce((max, p) => (p.updated > max ? p.updated : max), '1970-01-01');
  const listed: ManifestFile[] = [...files.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, text]) => ({ path, bytes: Buffer.byteLength(text), sha256: sha256(text) }));
  const manifest: Manifest = {
    format: PUBLICATION_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    version: contentVersion,
    generated,
    catalogId: catalog.info.id,
    locales,
    defaultLocale,
    sample: catalog.info.sample,
    counts: {
      procedures: catalog.procedures.length,
      agencies: catalog.agencies.length,
      lifeEvents: catalog.lifeEvents.length,
      fields: catalog.fields.length,
      calendars: catalog.calendars.length,
    },
    files: listed,
  };
  files.set('manifest.json', JSON.stringify(manifest, null, 2) + '\n');
  return files;
}

/** Name of a procedure in a locale, for messages. */
export function procedureName(p: Pick<Procedure, 'name'>, locale: string): string {
  return pick(p.name, locale) ?? '';
}
