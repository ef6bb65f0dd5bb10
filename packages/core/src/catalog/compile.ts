/** Source (Markdown text) → published model (rich text). Runs at build time. */
import { compileMarkdown } from '../richtext/markdown.js';
import { compileGuide } from '../guide/compile-guide.js';
import type { RichText } from '../richtext/rich-text.js';
import type { Agency, Catalog, Channel, LifeEvent, Localized, Procedure, ProcessingTime, SourceCatalog } from './model.js';

const md = (text: Localized<string>): Localized<RichText> => Object.fromEntries(Object.entries(text).map(([locale, s]) => [locale, compileMarkdown(s)]));
const mdOpt = (text: Localized<string> | undefined): Localized<RichText> | undefined => (text ? md(text) : undefined);

/** Drops `undefined` so compiled JSON has no empty keys and stays byte-stable. */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function time(t: ProcessingTime<string>): ProcessingTime;
function time(t: ProcessingTime<string> | undefined): ProcessingTime | undefined;
function time(t: ProcessingTime<string> | undefined): ProcessingTime | undefined {
  return t && defined({ ...t, note: mdOpt(t.note) });
}

function channel(c: Channel<string>): Channel {
  return defined({ ...c, processingTime: time(c.processingTime), note: mdOpt(c.note) });
}

export function compileProcedure(p: Procedure<string>): Procedure {
  return defined({
    ...p,
    summary: md(p.summary),
    channels: p.channels.map(channel),
    documentGroups: p.documentGroups.map((g) =>
      defined({ ...g, appliesWhen: mdOpt(g.appliesWhen), documents: g.documents.map((d) => defined({ ...d, notes: mdOpt(d.notes) })) }),
    ),
    fees: p.fees.map((f) =>
      defined({
        ...f,
        conditions: mdOpt(f.conditions),
        exemptions: mdOpt(f.exemptions),
        reductions: f.reductions?.map((r) => defined({ ...r, condition: mdOpt(r.condition) })),
      }),
    ),
    processingTime: time(p.processingTime),
    steps: p.steps.map((s) => defined({ ...s, description: mdOpt(s.description) })),
    result: defined({ ...p.result, description: mdOpt(p.result.description) }),
    requirements: mdOpt(p.requirements),
    guide: p.guide === undefined ? undefined : compileGuide(p.guide),
  });
}

function compileAgency(a: Agency<string>): Agency {
  return defined({ ...a, openingNote: mdOpt(a.openingNote) });
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
    procedures: byId(source.procedures).map(compileProcedure),
    lifeEvents: byId(source.lifeEvents).map(compileLifeEvent),
    calendars: [...source.calendars].sort((a, b) => a.year - b.year),
    synonyms: source.synonyms,
  };
}
