/**
 * Applies a part's effects, in order, to the procedure's standard dossier: which documents, which
 * fees (and how many, waived or reduced), which channel, notes and tips.
 */
import type { DocumentGroup, DocumentRequirement, Fee, Localized, ProcessingTime, Procedure } from '../catalog/model.js';
import type { RichText } from '../richtext/rich-text.js';
import type { AnswerValue, Effect } from '../catalog/guide-flow.js';
import type { AppliedEffect } from './walk-journey.js';

export interface ChosenDocument {
  document: DocumentRequirement;
  group: DocumentGroup;
  /** Why the flow asked for it, when it said. */
  why?: Localized<RichText>;
}

export interface FeeChoice {
  quantity: number;
  waived?: { why?: Localized<RichText> };
  discount?: Discount;
  why?: Localized<RichText>;
}

export interface Discount {
  percent?: number;
  amount?: number;
  why?: Localized<RichText>;
  label?: Localized<string>;
  /** The fee's own first listed reduction, read from the fee entry in force on the submission day (see {@link listedDiscount}). */
  listed?: true;
}

export interface PartDraft {
  procedure: Procedure;
  /** In the procedure's order. */
  documents: ChosenDocument[];
  /** Per fee id. */
  fees: Map<string, FeeChoice>;
  /** Fees charged only in some case or on request that no effect settled: shown as "may apply". */
  untouchedConditionalFees: string[];
  channel?: string;
  processingTime?: Pick<ProcessingTime, 'value' | 'unit'> & { why?: Localized<RichText> };
  notes: Localized<RichText>[];
  tips: Localized<RichText>[];
}

const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export function applyEffects(procedure: Procedure, effects: readonly AppliedEffect[], answers: Readonly<Record<string, AnswerValue>>, prefix: string): PartDraft {
  const chosen = new Map<string, Localized<RichText> | undefined>();
  for (const group of procedure.documentGroups) if (!group.appliesWhen) for (const d of group.documents) chosen.set(d.id, undefined);
  const fees = new Map<string, FeeChoice>();
  const touched = new Set<string>();
  for (const fee of procedure.fees) if (chargedByDefault(fee)) fees.set(fee.id, { quantity: 1 });
  const draft: PartDraft = { procedure, documents: [], fees, untouchedConditionalFees: [], notes: [], tips: [] };

  const documentsOf = (id: string): DocumentRequirement[] => {
    const group = procedure.documentGroups.find((g) => g.id === id);
    if (group) return group.documents;
    const doc = procedure.documentGroups.flatMap((g) => g.documents).find((d) => d.id === id);
    return doc ? [doc] : [];
  };

  for (const { effect } of effects) {
    for (const id of list(effect.require)) for (const d of documentsOf(id)) chosen.set(d.id, effect.why ?? chosen.get(d.id));
    for (const id of list(effect.drop)) for (const d of documentsOf(id)) chosen.delete(d.id);
    if (effect.addFee !== undefined) {
      touched.add(effect.addFee);
      const quantity = quantityOf(effect, answers, prefix);
      // Fees of a `oneOf` group are alternatives: choosing one drops the others.
      const group = procedure.fees.find((f) => f.id === effect.addFee)?.oneOf;
      if (group) for (const f of procedure.fees) if (f.oneOf === group && f.id !== effect.addFee) fees.delete(f.id);
      if (quantity > 0) fees.set(effect.addFee, { ...fees.get(effect.addFee), quantity, ...(effect.why ? { why: effect.why } : {}) });
      else fees.delete(effect.addFee);
    }
    if (effect.dropFee !== undefined) {
      touched.add(effect.dropFee);
      fees.delete(effect.dropFee);
    }
    if (effect.waiveFee !== undefined) {
      touched.add(effect.waiveFee);
      const current = fees.get(effect.waiveFee);
      // Waiving a fee that does not apply changes nothing: there is nothing to show as free.
      if (current) fees.set(effect.waiveFee, { ...current, waived: effect.why ? { why: effect.why } : {} });
    }
    if (effect.discountFee !== undefined) {
      touched.add(effect.discountFee);
      const current = fees.get(effect.discountFee);
      if (current) fees.set(effect.discountFee, { ...current, discount: discountOf(effect) });
    }
    if (effect.channel !== undefined) draft.channel = effect.channel;
    if (effect.processingTime) draft.processingTime = { ...effect.processingTime, ...(effect.why ? { why: effect.why } : {}) };
    if (effect.note) draft.notes.push(effect.note);
    if (effect.tip) draft.tips.push(effect.tip);
  }

  for (const group of procedure.documentGroups) {
    for (const document of group.documents) {
      if (!chosen.has(document.id)) continue;
      const why = chosen.get(document.id);
      draft.documents.push(why ? { document, group, why } : { document, group });
    }
  }
  draft.untouchedConditionalFees = [...new Set(procedure.fees.filter((f) => !chargedByDefault(f) && !touched.has(f.id) && !fees.has(f.id)).map((f) => f.id))];
  return draft;
}

/** Fees charged to everyone unless a flow says otherwise: `applies: always`, the model's default. */
export function chargedByDefault(fee: Fee): boolean {
  return (fee.applies ?? 'always') === 'always';
}

function quantityOf(effect: Effect, answers: Readonly<Record<string, AnswerValue>>, prefix: string): number {
  const q = effect.quantity;
  if (q === undefined) return 1;
  if (typeof q === 'number') return q;
  const value = answers[prefix + q.answer];
  return typeof value === 'number' ? Math.floor(value) - (q.minus ?? 0) : 0;
}

function discountOf(effect: Effect): Discount {
  const why = effect.why ? { why: effect.why } : {};
  if (effect.percent !== undefined || effect.amount !== undefined) {
    return { ...(effect.percent !== undefined ? { percent: effect.percent } : {}), ...(effect.amount !== undefined ? { amount: effect.amount } : {}), ...why };
  }
  // Which entry of the fee is in force depends on the submission day, known only to the outcome.
  return { listed: true, ...why };
}

/**
 * A discount of the fee's first listed reduction, from the fee entry in force (a fee that changes
 * on a date may change its reductions too); the flow's reason wins over the reduction's condition.
 */
export function listedDiscount(fee: Fee, discount: Discount): Discount {
  const listed = fee.reductions?.[0];
  if (!listed) return discount.why ? { why: discount.why } : {};
  return {
    ...(listed.percent !== undefined ? { percent: listed.percent } : {}),
    ...(listed.amount !== undefined ? { amount: listed.amount } : {}),
    label: listed.label,
    ...(discount.why ? { why: discount.why } : listed.condition ? { why: listed.condition } : {}),
  };
}
