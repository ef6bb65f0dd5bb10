/** The light form of a procedure that lists and search results need, and the per-locale index file. */
import type { Catalog, Procedure } from './model.js';

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
