/**
 * Search documents built from a compiled {@link Catalog} (every locale) or from a published
 * {@link LocaleIndex} (one locale). Apart from search-document.ts so that a browser, which reads
 * `search.json`, does not download the summary and rich-text code this needs.
 */
import type { Agency, Catalog, Field, LifeEvent } from '../catalog/model.js';
import { summarize, type LocaleIndex, type ProcedureSummary } from '../catalog/summary.js';
import { pick } from '../catalog/localize.js';
import { richTextToPlain } from '../richtext/rich-text.js';
import type { DocumentFacets, SearchDocument } from './search-document.js';

type Localizable = { name: Record<string, string> };

/** The latest `updated` date: the date the publication prices fees at, so search agrees with it. */
const publicationDate = (c: Catalog): string => c.procedures.reduce((max, p) => (p.updated > max ? p.updated : max), '1970-01-01');

const isCatalog = (data: Catalog | LocaleIndex): data is Catalog => data.procedures.some((p) => 'documentGroups' in p);

/**
 * The documents of a catalog in one locale, in priority order: life events first (a citizen's
 * way in), then the procedures that most life events lead to, then catalog order.
 */
export function searchDocuments(data: Catalog | LocaleIndex, locale: string): SearchDocument[] {
  const fallback = data.info.defaultLocale;
  const text = <V>(v: Record<string, V> | undefined): V | undefined => pick(v, locale, fallback);
  const date = isCatalog(data) ? publicationDate(data) : '';
  const facts: ProcedureSummary[] = isCatalog(data) ? data.procedures.map((p) => summarize(p, date)) : data.procedures;
  const agencies = new Map<string, Agency<unknown>>(data.agencies.map((a) => [a.id, a]));
  const fields = new Map<string, Field>(data.fields.map((f) => [f.id, f]));
  const nameOf = (thing: Localizable | undefined): string => (thing ? (text(thing.name) ?? '') : '');
  const agencyNames = (ids: string[]): string[] =>
    ids.flatMap((id) => {
      const a = agencies.get(id);
      return a ? [text(a.name) ?? '', text(a.shortName) ?? ''].filter(Boolean) : [];
    });

  const procedures = new Map<string, SearchDocument>();
  for (const p of facts) {
    const agencyIds = [...new Set([p.competentAgency, ...p.receivingAgencies])];
    procedures.set(p.id, {
      ...(p.yearlyDossiers !== undefined ? { yearlyDossiers: p.yearlyDossiers } : {}),
      id: p.id,
      kind: 'procedure',
      name: text(p.name) ?? p.id,
      summary: richTextToPlain(text(p.summary)),
      aliases: text(p.aliases) ?? [],
      code: p.code ?? '',
      field: nameOf(fields.get(p.field)),
      agencies: agencyNames(agencyIds),
      documents: text(p.documentNames) ?? [],
      facets: {
        agency: agencyIds,
        field: [p.field],
        level: [...p.level],
        channel: [...p.channelTypes].sort(),
        audience: [...p.audience],
        free: [p.feeFrom === 0 ? 'free' : 'paid'],
      },
    });
  }

  const lifeEvents = data.lifeEvents.map((e: LifeEvent) => lifeEventDocument(e, procedures, text));
  const leadsTo = new Map<string, number>();
  for (const e of data.lifeEvents) for (const id of e.procedures) leadsTo.set(id, (leadsTo.get(id) ?? 0) + 1);
  const ranked = [...procedures.values()].map((doc, order) => ({ doc, order, weight: leadsTo.get(doc.id) ?? 0 }));
  ranked.sort((a, b) => b.weight - a.weight || a.order - b.order);
  return [...lifeEvents, ...ranked.map((r) => r.doc)];
}

/** A life event matches on its own words and is filtered by the union of its procedures' values. */
function lifeEventDocument(
  e: LifeEvent,
  procedures: Map<string, SearchDocument>,
  text: <V>(v: Record<string, V> | undefined) => V | undefined,
): SearchDocument {
  const steps = e.procedures.map((id) => procedures.get(id)).filter((p): p is SearchDocument => !!p);
  const union = (facet: Exclude<keyof DocumentFacets, 'free'>) => [...new Set(steps.flatMap((p) => p.facets[facet]))].sort();
  return {
    id: e.id,
    kind: 'life-event',
    name: text(e.name) ?? e.id,
    summary: richTextToPlain(text(e.summary)),
    aliases: text(e.aliases) ?? [],
    code: '',
    field: '',
    agencies: [],
    documents: [],
    facets: {
      agency: union('agency'),
      field: union('field'),
      level: union('level'),
      channel: union('channel'),
      audience: union('audience'),
      free: [steps.every((p) => p.facets.free[0] === 'free') ? 'free' : 'paid'],
    },
  };
}
