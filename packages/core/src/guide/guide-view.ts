/**
 * One language of a guide step, ready to show or to print as JSON: labels become strings, long
 * texts stay rich text (or become plain text for terminals), money is formatted with Intl.
 */
import type { DocumentForm, Localized, OpeningHours } from '../catalog/model.js';
import { pick } from '../catalog/localize.js';
import { richTextToPlain, type RichText } from '../richtext/rich-text.js';
import type { AskedQuestion, GuideStep } from './engine.js';
import { formatMoney } from './format-money.js';
import type { AnswerValue } from '../catalog/guide-flow.js';
import type { GuideEnding, PersonalPlan, PlanChannel } from './personal-plan.js';

export interface ViewOptions {
  locale: string;
  /** The catalog's default locale, used when a text lacks `locale`. */
  fallback?: string;
  /** `plain` turns rich text into plain text, for terminals and JSON printouts. */
  text?: 'rich' | 'plain';
}

type Long = RichText | string;

const FORM_LABELS: Record<DocumentForm, Localized<string>> = {
  original: { vi: 'Bản chính', en: 'Original' },
  'certified-copy': { vi: 'Bản sao có chứng thực', en: 'Certified copy' },
  copy: { vi: 'Bản chụp', en: 'Photocopy' },
  'original-or-certified-copy': { vi: 'Bản chính hoặc bản sao có chứng thực', en: 'Original or certified copy' },
  electronic: { vi: 'Bản điện tử', en: 'Electronic document' },
};

function texts(o: ViewOptions) {
  const s = (v: Localized<string> | undefined): string | undefined => (v ? pick(v, o.locale, o.fallback) : undefined);
  const r = (v: Localized<RichText> | undefined): Long | undefined => {
    const rich = v ? pick(v, o.locale, o.fallback) : undefined;
    if (rich === undefined) return undefined;
    return o.text === 'plain' ? richTextToPlain(rich) : rich;
  };
  const own = (v: Localized<string>): string => pick(v, o.locale, 'en') ?? '';
  return { s, r, own };
}

export function questionView(q: AskedQuestion, options: ViewOptions) {
  const { s, r } = texts(options);
  return clean({
    id: q.key,
    type: q.type,
    procedure: q.procedure,
    prompt: r(q.prompt),
    help: r(q.help),
    options: q.choices?.map((c) => clean({ value: c.value, label: s(c.label) ?? String(c.value), help: r(c.help), exclusive: c.exclusive })),
    min: q.min,
    max: q.max,
    integer: q.integer,
    unit: s(q.unit),
    earliest: q.earliest,
    latest: q.latest,
  });
}

export function planView(plan: PersonalPlan, options: ViewOptions) {
  const { s, r, own } = texts(options);
  const money = (n: number) => formatMoney(n, options.locale, plan.fees.currency);
  const channel = (c: PlanChannel) => channelView(c, options);
  return clean({
    kind: plan.kind,
    procedures: plan.procedures.map((p) => clean({
      id: p.id,
      code: p.code,
      name: s(p.name),
      channel: p.channel.id,
      processingTime: clean({ value: p.processingTime.value, unit: p.processingTime.unit, from: s(p.processingTime.from), note: r(p.processingTime.note), why: r(p.processingTime.why) }),
      expectedDate: p.expected?.date,
      expectedDateTime: p.expected?.dateTime,
      receivedOn: p.expected?.receivedOn,
      result: clean({ name: s(p.result.name), validity: s(p.result.validity) }),
    })),
    documents: plan.documents.map((d) => clean({
      id: d.id,
      procedures: d.procedures,
      groups: d.groups,
      name: s(d.name),
      quantity: d.quantity,
      form: d.form,
      formLabel: own(FORM_LABELS[d.form]),
      template: d.template,
      why: r(d.why),
      notes: r(d.notes),
    })),
    fees: {
      total: plan.fees.total,
      currency: plan.fees.currency,
      formattedTotal: money(plan.fees.total),
      items: plan.fees.items.map((f) => clean({
        id: f.id,
        procedure: f.procedure,
        label: s(f.label),
        per: s(f.per),
        quantity: f.quantity,
        unitAmount: f.unitAmount,
        amount: f.amount,
        reduction: f.reduction,
        total: f.total,
        formatted: money(f.total),
        waived: f.waived,
        reductionLabel: s(f.reductionLabel),
        why: r(f.why),
      })),
      mayApply: plan.fees.mayApply.map((f) => clean({ id: f.id, procedure: f.procedure, label: s(f.label), amount: f.amount, formatted: money(f.amount), per: s(f.per), conditions: r(f.conditions) })),
    },
    channel: channel(plan.channel),
    submittedAt: plan.submittedAt,
    expectedDate: plan.expectedDate,
    dateProblem: plan.dateProblem,
    steps: plan.steps.map((st) => clean({ procedure: st.procedure, title: s(st.title), description: r(st.description) })),
    notes: plan.notes.map((n) => r(n)),
    tips: plan.tips.map((n) => r(n)),
    legalBasis: plan.legalBasis.map((l) => clean({ number: l.number, title: s(l.title), issuer: s(l.issuer), date: l.date, url: l.url })),
    help: plan.help && clean({ name: s(plan.help.name), hotline: plan.help.hotline, phone: plan.help.phone, website: plan.help.website }),
    endings: plan.endings.map((e) => endingView(e, options)),
    trace: plan.trace,
  });
}

export function endingView(e: GuideEnding, options: ViewOptions) {
  const { s, r } = texts(options);
  return clean({
    kind: e.kind,
    procedure: e.procedure.id,
    procedureName: s(e.procedure.name),
    reason: r(e.reason),
    instead: r(e.instead),
    routeTo: e.routeTo && { id: e.routeTo.id, name: s(e.routeTo.name) },
    help: e.help && clean({ name: s(e.help.name), hotline: e.help.hotline, phone: e.help.phone, website: e.help.website }),
    trace: e.trace,
  });
}

export function channelView(c: PlanChannel, options: ViewOptions) {
  const { s, r } = texts(options);
  return clean({
    id: c.id,
    type: c.type,
    office: c.office && clean({
      id: c.office.id,
      name: s(c.office.name),
      address: s(c.office.address),
      openingHours: c.office.openingHours.map((h: OpeningHours) => ({ days: h.days, opens: h.opens, closes: h.closes })),
      openingNote: r(c.office.openingNote),
      phone: c.office.phone,
      hotline: c.office.hotline,
      email: c.office.email,
      website: c.office.website,
      map: c.office.map,
    }),
    url: c.url,
    homePickup: c.homePickup,
    resultByPost: c.resultByPost,
    note: r(c.note),
  });
}

/** A whole step in one language: `{ status, question }` or `{ status, outcome }`. */
export function stepView(step: GuideStep, options: ViewOptions) {
  const answered = step.answered.map((a) => ({ id: a.key, value: a.value, label: answerLabel(a.question, a.value, options), ...(a.carriedFrom ? { carriedFrom: a.carriedFrom } : {}) }));
  if (step.status === 'question') {
    return clean({ status: step.status, question: questionView(step.question, options), previous: step.previous, answered });
  }
  const outcome = step.outcome.kind === 'plan' ? planView(step.outcome, options) : endingView(step.outcome, options);
  return { status: step.status, outcome, answered };
}

/** The answer as the citizen chose it: option labels, "Có"/"Yes", or the number with its unit. */
export function answerLabel(q: AskedQuestion, value: AnswerValue, options: ViewOptions): string {
  const { s } = texts(options);
  const label = (v: string | boolean) => s(q.choices?.find((c) => c.value === v)?.label) ?? String(v);
  if (Array.isArray(value)) return value.map(label).join(', ');
  if (typeof value === 'boolean' || q.choices) return label(value as string | boolean);
  if (typeof value === 'number') return q.unit ? `${value.toLocaleString(options.locale)} ${s(q.unit)}` : value.toLocaleString(options.locale);
  return value;
}

/** Drops `undefined` fields so printed JSON has no empty keys. */
function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
