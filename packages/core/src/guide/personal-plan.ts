/**
 * The personal plan a guide ends with, and the other ways it can end. Everything localized stays
 * localized, so one plan renders in any language (see guide-view.ts).
 */
import type { DocumentForm, Fee, IsoDate, LegalReference, Localized, OpeningHours, ProcedureResult, ProcessingTime, ChannelType } from '../catalog/model.js';
import type { LocalDateTime } from '../calendar/local-date-time.js';
import type { ResultDate } from '../calendar/result-date.js';
import type { RichText } from '../richtext/rich-text.js';

export interface PlanDocument {
  id: string;
  /** Procedures that need it; one entry for a document shared in a journey. */
  procedures: string[];
  /** The document group it comes from in each of `procedures` (same order): checklists tick `<group>/<id>`. */
  groups: string[];
  name: Localized<string>;
  quantity: number;
  form: DocumentForm;
  template?: string;
  why?: Localized<RichText>;
  notes?: Localized<RichText>;
}

export interface FeeLine {
  id: string;
  procedure: string;
  label: Localized<string>;
  kind?: Fee['kind'];
  per?: Localized<string>;
  unitAmount: number;
  quantity: number;
  /** unitAmount × quantity. */
  amount: number;
  /** What is taken off: the whole amount when waived. */
  reduction: number;
  total: number;
  waived: boolean;
  reductionLabel?: Localized<string>;
  why?: Localized<RichText>;
}

/** A fee with conditions that the flow did not settle: shown, not counted. */
export interface PossibleFee {
  id: string;
  procedure: string;
  label: Localized<string>;
  amount: number;
  per?: Localized<string>;
  conditions?: Localized<RichText>;
}

export interface FeeBreakdown {
  currency: string;
  total: number;
  items: FeeLine[];
  mayApply: PossibleFee[];
}

export interface PlanOffice {
  id: string;
  name: Localized<string>;
  address: Localized<string>;
  openingHours: OpeningHours[];
  openingNote?: Localized<RichText>;
  phone?: string;
  hotline?: string;
  email?: string;
  website?: string;
  map?: string;
}

export interface PlanChannel {
  id: string;
  type: ChannelType;
  office?: PlanOffice;
  url?: string;
  homePickup: boolean;
  resultByPost: boolean;
  note?: Localized<RichText>;
}

export interface PlanProcedure {
  id: string;
  code?: string;
  name: Localized<string>;
  channel: PlanChannel;
  processingTime: ProcessingTime & { why?: Localized<RichText> };
  /** Absent when the date could not be counted (see {@link PersonalPlan.dateProblem}). */
  expected?: ResultDate;
  result: ProcedureResult;
  requirements?: Localized<RichText>;
}

export interface PlanStep {
  procedure: string;
  title: Localized<string>;
  description?: Localized<RichText>;
}

export interface PlanHelp {
  agency: string;
  name: Localized<string>;
  hotline?: string;
  phone?: string;
  website?: string;
}

export interface PersonalPlan {
  kind: 'plan';
  procedures: PlanProcedure[];
  steps: PlanStep[];
  documents: PlanDocument[];
  fees: FeeBreakdown;
  /** The channel of the first procedure: where the citizen goes, or the site they use. */
  channel: PlanChannel;
  submittedAt: LocalDateTime;
  /** The latest result date of the procedures. */
  expectedDate?: IsoDate;
  dateProblem?: { code: string; message: string; hint: string };
  notes: Localized<RichText>[];
  tips: Localized<RichText>[];
  legalBasis: LegalReference[];
  help?: PlanHelp;
  /** Procedures of a journey that ended otherwise (not needed, routed, not eligible). */
  endings: GuideEnding[];
  /** Where each applied effect came from, e.g. `issued-in=vietnam`, `rules[1]`. */
  trace: string[];
}

export interface GuideEnding {
  kind: 'route' | 'not-eligible' | 'not-needed';
  procedure: { id: string; name: Localized<string> };
  reason?: Localized<RichText>;
  instead?: Localized<RichText>;
  /** For `route`: the procedure to start instead. */
  routeTo?: { id: string; name: Localized<string> };
  help?: PlanHelp;
  trace: string[];
  /** Where the ending came from, e.g. `issued-in=abroad` or `rules[0]`. */
  at: string;
}

export type GuideOutcome = PersonalPlan | GuideEnding;
