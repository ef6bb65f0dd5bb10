/** The light form of a procedure that lists and search results need, and the per-locale index file. */
import type { Catalog, Procedure } from './model.js';
import { feesInForce } from './fees-in-force.js';

/** What a list or search result needs of a procedure, without its full detail. */
export interface ProcedureSummary {
  id: string;
  code?: string;
  /** Dossiers received per year, when the catalog says. */
  yearlyDossiers?: number;
  name: Procedure['name'];
  summary: Procedure['summary'];
  aliases: Procedure['aliases'];
  field: string;
  level: string[];
  audience: string[];
  competentAgency: string;
  receivingAgencies: string[];
  channelTypes: string[];
  /** Lowest amount a citizen pays on some channel in the commonest case; 0 when that is free. */
  feeFrom: number;
  /** Highest amount, whatever the case and channel, extra copies aside; 0 when always free. */
  feeTo: number;
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

/** The summary of a procedure, with the fees in force on `date` (YYYY-MM-DD). */
export function summarize(p: Procedure, date: string): ProcedureSummary {
  const documentNames: Record<string, string[]> = {};
  for (const group of p.documentGroups) {
    for (const doc of group.documents) {
      for (const [locale, name] of Object.entries(doc.name)) (documentNames[locale] ??= []).push(name);
    }
  }
  const fees = feeRange(p, date);
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
    feeFrom: fees[0],
    feeTo: fees[1],
    processingTime: p.processingTime,
    documentNames,
    updated: p.updated,
  };
  if (p.code) summary.code = p.code;
  if (p.yearlyDossiers !== undefined) summary.yearlyDossiers = p.yearlyDossiers;
  return summary;
}

/**
 * What a citizen may pay, as [lowest, highest] over the channels: fees charged `always` count in
 * both, fees of a `case` only in the highest, one fee of each `oneOf` group (its cheapest or
 * dearest; a group with a case-only member may cost nothing), and `on-request` fees in neither.
 */
export function feeRange(p: Procedure, date: string): [number, number] {
  const fees = feesInForce(p, date).filter((f) => f.applies !== 'on-request');
  if (!fees.length || !p.channels.length) return [0, 0];
  const ranges = p.channels.map((channel) => {
    const onChannel = fees.filter((f) => !f.channels || f.channels.includes(channel.id));
    let low = 0;
    let high = 0;
    const groups = new Map<string, typeof onChannel>();
    for (const f of onChannel) {
      if (f.oneOf) groups.set(f.oneOf, [...(groups.get(f.oneOf) ?? []), f]);
      else {
        if (f.applies !== 'case') low += f.amount;
        high += f.amount;
      }
    }
    for (const group of groups.values()) {
      const amounts = group.map((f) => f.amount);
      low += group.some((f) => f.applies === 'case') ? 0 : Math.min(...amounts);
      high += Math.max(...amounts);
    }
    return [low, high] as const;
  });
  return [Math.min(...ranges.map((r) => r[0])), Math.max(...ranges.map((r) => r[1]))];
}
