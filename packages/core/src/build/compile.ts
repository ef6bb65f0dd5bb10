/** Source (Markdown text) → published model (rich text). Runs at build time. */
import { compileLocalizedMarkdown as md } from '../richtext/markdown.js';
import { withoutUndefined as defined } from '../catalog/without-undefined.js';
import { compileGuide } from './compile-guide.js';
import type { Agency, Catalog, Channel, LifeEvent, Procedure, ProcessingTime, SourceCatalog } from '../catalog/model.js';
import { describeAgencyChange } from '../catalog/succession.js';

function time(t: ProcessingTime<string>): ProcessingTime;
function time(t: ProcessingTime<string> | undefined): ProcessingTime | undefined;
function time(t: ProcessingTime<string> | undefined): ProcessingTime | undefined {
  return t && defined({ ...t, note: md(t.note) });
}

function channel(c: Channel<string>): Channel {
  return defined({ ...c, processingTime: time(c.processingTime), note: md(c.note) });
}

export function compileProcedure(p: Procedure<string>): Procedure {
  return defined({
    ...p,
    summary: md(p.summary),
    channels: p.channels.map(channel),
    documentGroups: p.documentGroups.map((g) =>
      defined({ ...g, appliesWhen: md(g.appliesWhen), documents: g.documents.map((d) => defined({ ...d, notes: md(d.notes) })) }),
    ),
    fees: p.fees.map((f) =>
      defined({
        ...f,
        conditions: md(f.conditions),
        exemptions: md(f.exemptions),
        reductions: f.reductions?.map((r) => defined({ ...r, condition: md(r.condition) })),
      }),
    ),
    processingTime: time(p.processingTime),
    steps: p.steps.map((s) => defined({ ...s, description: md(s.description) })),
    result: defined({ ...p.result, description: md(p.result.description) }),
    requirements: md(p.requirements),
    guide: p.guide === undefined ? undefined : compileGuide(p.guide),
  });
}

function compileAgency(a: Agency<string>): Agency {
  return defined({ ...a, openingNote: md(a.openingNote) });
}

function compileLifeEvent(e: LifeEvent<string>): LifeEvent {
  return { ...e, summary: md(e.summary) };
}

/** Compiles every long text and sorts every collection by id, so equal input gives equal output. */
export function compileCatalog(source: SourceCatalog): Catalog {
  const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    info: source.info,
    agencies: byId(source.agencies).map(compileAgency),
    fields: source.fields,
    procedures: byId(source.procedures).map((p) => {
      const compiled = compileProcedure(p);
      if (!p.previousCompetentAgency || p.previousCompetentAgency === p.competentAgency) return compiled;
      return { ...compiled, agencyChange: describeAgencyChange(source.agencies, p.name, p.previousCompetentAgency, p.competentAgency, source.info.locales) };
    }),
    lifeEvents: byId(source.lifeEvents).map(compileLifeEvent),
    calendars: [...source.calendars].sort((a, b) => a.year - b.year),
    synonyms: source.synonyms,
  };
}
