/**
 * Builds the outcome from a finished walk: what the volunteer at the counter would tell the
 * citizen — steps, the checklist, the fees and their total, where and how to submit, when the
 * result is due, the law and who to call.
 */
import type { Agency, Catalog, Channel, Fee, IsoDate, OpeningHours, Procedure } from '../catalog/model.js';
import { pick } from '../catalog/localize.js';
import { feeInForce } from '../catalog/fees-in-force.js';
import { withoutUndefined as defined } from '../catalog/without-undefined.js';
import { CalendarError } from '../calendar/calendar-error.js';
import type { LocalDateTime } from '../calendar/local-date-time.js';
import { resultDate, type ResultDate } from '../calendar/result-date.js';
import { applyEffects, listedDiscount, type PartDraft } from './effects.js';
import type { AnswerValue } from '../catalog/guide-flow.js';
import type {
  FeeLine, GuideEnding, GuideOutcome, PersonalPlan, PlanChannel, PlanDocument, PlanHelp, PlanOffice, PlanProcedure, PossibleFee,
} from './personal-plan.js';
import type { JourneyWalk, PartRun } from './walk-journey.js';

export interface OutcomeContext {
  submittedAt: LocalDateTime;
  answers: Readonly<Record<string, AnswerValue>>;
}

export function buildOutcome(catalog: Catalog, walk: JourneyWalk, ctx: OutcomeContext): GuideOutcome {
  const help = helpOf(catalog);
  const endings: GuideEnding[] = [];
  const drafts: { run: PartRun; draft: PartDraft }[] = [];
  for (const run of walk.runs) {
    if (run.ending) endings.push(endingOf(catalog, run, help));
    else drafts.push({ run, draft: applyEffects(run.part.procedure, run.effects, ctx.answers, run.part.prefix) });
  }
  if (!drafts.length && endings[0]) return endings[0];
  return planOf(catalog, drafts, endings, ctx, help);
}

function helpOf(catalog: Catalog): PlanHelp | undefined {
  const agency = catalog.agencies.find((a) => a.id === catalog.info.helpAgency);
  if (!agency) return undefined;
  return defined({ agency: agency.id, name: agency.name, hotline: agency.hotline ?? agency.phone, phone: agency.phone, website: agency.website ?? catalog.info.website });
}

function endingOf(catalog: Catalog, run: PartRun, help: PlanHelp | undefined): GuideEnding {
  const { effect, source } = run.ending!;
  const procedure = { id: run.part.procedure.id, name: run.part.procedure.name };
  const trace = [...run.effects.map((e) => e.source), source];
  const base = { procedure, trace: [...new Set(trace)], at: source, ...(help ? { help } : {}) };
  if (effect.route !== undefined) {
    const to = catalog.procedures.find((p) => p.id === effect.route);
    return defined({ kind: 'route' as const, ...base, reason: effect.why, routeTo: { id: effect.route, name: to?.name ?? { [catalog.info.defaultLocale]: effect.route } } });
  }
  const end = effect.notEligible ?? effect.notNeeded!;
  return defined({ kind: effect.notEligible ? ('not-eligible' as const) : ('not-needed' as const), ...base, reason: end.reason, instead: end.instead });
}

function planOf(catalog: Catalog, drafts: { run: PartRun; draft: PartDraft }[], endings: GuideEnding[], ctx: OutcomeContext, help: PlanHelp | undefined): PersonalPlan {
  const submission = ctx.submittedAt.slice(0, 10);
  const procedures: PlanProcedure[] = [];
  const items: FeeLine[] = [];
  const mayApply: PossibleFee[] = [];
  let dateProblem: PersonalPlan['dateProblem'];
  for (const { draft } of drafts) {
    const p = draft.procedure;
    const channel = p.channels.find((c) => c.id === draft.channel) ?? p.channels[0]!;
    const time = draft.processingTime ?? channel.processingTime ?? p.processingTime;
    const processingTime: PlanProcedure['processingTime'] = { ...(channel.processingTime ?? p.processingTime), ...time };
    let expected: ResultDate | undefined;
    try {
      expected = resultDate(catalog.calendars, ctx.submittedAt, time, officeHoursOf(catalog, channel, p), channel.cutoff ?? p.cutoff);
    } catch (e) {
      if (!(e instanceof CalendarError)) throw e;
      dateProblem = { code: e.code, message: e.message, hint: e.hint };
    }
    procedures.push(defined({ id: p.id, code: p.code, name: p.name, channel: channelOf(catalog, channel, p), processingTime, expected, result: p.result, requirements: p.requirements }));
    for (const [id, choice] of draft.fees) {
      const fee = feeFor(p, id, channel.id, submission);
      if (!fee) continue;
      const amount = fee.amount * choice.quantity;
      const discount = choice.discount?.listed ? listedDiscount(fee, choice.discount) : choice.discount;
      const reduction = choice.waived
        ? amount
        : Math.min(amount, Math.round(discount?.percent !== undefined ? (amount * discount.percent) / 100 : (discount?.amount ?? 0) * choice.quantity));
      items.push(defined({
        id, procedure: p.id, label: fee.label, kind: fee.kind, per: fee.per, unitAmount: fee.amount, quantity: choice.quantity, amount, reduction, total: amount - reduction,
        waived: choice.waived !== undefined, reductionLabel: choice.waived ? undefined : discount?.label, why: choice.waived?.why ?? discount?.why ?? choice.why,
      }));
    }
    for (const id of draft.untouchedConditionalFees) {
      const fee = feeFor(p, id, channel.id, submission);
      if (fee) mayApply.push(defined({ id, procedure: p.id, label: fee.label, amount: fee.amount, per: fee.per, conditions: fee.conditions }));
    }
  }
  const dates = procedures.map((p) => p.expected?.date).filter((d): d is string => d !== undefined).sort();
  return defined({
    kind: 'plan' as const,
    procedures,
    steps: drafts.flatMap(({ draft }) => draft.procedure.steps.map((s) => defined({ procedure: draft.procedure.id, title: s.title, description: s.description }))),
    documents: mergeDocuments(drafts.map((d) => d.draft), catalog.info.locales),
    fees: { currency: 'VND', total: items.reduce((sum, f) => sum + f.total, 0), items, mayApply },
    channel: procedures[0]!.channel,
    submittedAt: ctx.submittedAt,
    expectedDate: dateProblem ? undefined : dates[dates.length - 1],
    dateProblem,
    notes: drafts.flatMap((d) => d.draft.notes),
    tips: drafts.flatMap((d) => d.draft.tips),
    legalBasis: uniqueBy(drafts.flatMap((d) => d.draft.procedure.legalBasis), (l) => l.number),
    help,
    endings,
    trace: [...new Set(drafts.flatMap(({ run }) => run.effects.map((e) => (drafts.length > 1 ? `${run.part.procedure.id}:${e.source}` : e.source))))],
  });
}

/** The fee entry with this id that applies to the channel on the submission day. */
function feeFor(p: Procedure, id: string, channel: string, day: IsoDate): Fee | undefined {
  return p.fees.find((f) => f.id === id && (!f.channels || f.channels.includes(channel)) && feeInForce(f, day));
}

function channelOf(catalog: Catalog, channel: Channel, p: Procedure): PlanChannel {
  const officeId = channel.agency ?? (channel.type === 'online' ? undefined : p.receivingAgencies[0]);
  const agency = officeId ? catalog.agencies.find((a) => a.id === officeId) : undefined;
  return defined({
    id: channel.id,
    type: channel.type,
    office: agency ? officeOf(agency) : undefined,
    url: channel.url,
    homePickup: channel.homePickup === true,
    resultByPost: channel.resultByPost === true,
    note: channel.note,
  });
}

function officeOf(a: Agency): PlanOffice {
  return defined({ id: a.id, name: a.name, address: a.address, openingHours: a.openingHours, openingNote: a.openingNote, phone: a.phone, hotline: a.hotline, email: a.email, website: a.website, map: a.map });
}

/** Hours of a weekday at the receiving office, to count working hours in. */
function officeHoursOf(catalog: Catalog, channel: Channel, p: Procedure): OpeningHours[] | undefined {
  const id = channel.agency ?? p.receivingAgencies[0];
  const hours = catalog.agencies.find((a) => a.id === id)?.openingHours.filter((h) => h.days.includes('mon'));
  return hours?.length ? hours : undefined;
}

/** One checklist: a document two procedures both ask for (same name) is listed once. */
function mergeDocuments(drafts: PartDraft[], locales: readonly string[]): PlanDocument[] {
  const out: PlanDocument[] = [];
  const byName = new Map<string, PlanDocument>();
  for (const draft of drafts) {
    for (const { document: d, group, why } of draft.documents) {
      const names = locales.map((l) => normalizeName(pick(d.name, l) ?? '')).filter(Boolean);
      const same = names.map((n) => byName.get(n)).find((x) => x !== undefined);
      if (same && !same.procedures.includes(draft.procedure.id)) {
        same.procedures.push(draft.procedure.id);
        same.groups.push(group.id);
        same.quantity = Math.max(same.quantity, d.quantity);
        continue;
      }
      const entry: PlanDocument = defined({
        id: d.id, procedures: [draft.procedure.id], groups: [group.id], name: d.name, quantity: d.quantity, form: d.form, template: d.template, why: why ?? group.appliesWhen, notes: d.notes,
      });
      out.push(entry);
      for (const n of names) if (!byName.has(n)) byName.set(n, entry);
    }
  }
  return out;
}

function normalizeName(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(key(i)) ? false : (seen.add(key(i)), true)));
}
