/**
 * A guided flow as catalog data: questions, conditions and effects, never code. Editors write it
 * in `catalog/guides/<procedure-id>.yaml` (Markdown texts); the build compiles the texts to
 * {@link RichText}, so `T` is the long-text type as in the catalog model. docs/guide.md explains
 * the format with an example.
 */
import type { IsoDate, Localized, TimeUnit } from './model.js';
import type { RichText } from '../richtext/rich-text.js';

export const QUESTION_TYPES = ['single', 'multiple', 'yes-no', 'number', 'date'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** An answer as the engine keeps it: never display text, so a change of language re-renders all. */
export type AnswerValue = string | string[] | boolean | number;

export interface QuestionOption<T = RichText> {
  value: string;
  label: Localized<string>;
  help?: Localized<T>;
  /** For multiple choice: "none of these", which cannot be combined with other options. */
  exclusive?: boolean;
  /** Applied when this option is chosen. */
  effects?: Effect<T>[];
}

/** A date bound: an ISO date, the day the guide runs, or the planned submission day. */
export type DateReference = IsoDate | 'today' | 'submission';

export interface Question<T = RichText> {
  id: string;
  type: QuestionType;
  prompt: Localized<T>;
  help?: Localized<T>;
  /** single and multiple. */
  options?: QuestionOption<T>[];
  /** number: bounds, unit shown next to the field, whole numbers only. */
  min?: number;
  max?: number;
  integer?: boolean;
  unit?: Localized<string>;
  /** date: earliest and latest allowed day. */
  earliest?: DateReference;
  latest?: DateReference;
  /** Applied whenever this question is answered; e.g. a tip that applies to everyone asked. */
  effects?: Effect<T>[];
  /**
   * What the question asks about, shared across a life event: an answer given to an earlier
   * procedure's question on the same topic is reused when it is a valid answer here. Questions
   * with the id `applicant` or `channel` share their id by default; `false` opts out.
   */
  shared?: string | false;
  /** The next question: one id, or branches tried in order. Omitted: the plan. */
  next?: Next;
}

/** Where a flow goes after a question. `plan` ends it with the personal plan. */
export type Next = string | Branch[];

export interface Branch {
  /** Omitted on the last branch: the default. */
  when?: Condition;
  goto: string;
}

/** Question ids that are shared topics in a life event without saying so (see {@link Question.shared}). */
export const SHARED_BY_DEFAULT: readonly string[] = ['applicant', 'channel'];

/** The topic a question shares with the other procedures of a life event, if any. */
export function sharedTopic(question: Pick<Question<unknown>, 'id' | 'shared'>): string | undefined {
  if (question.shared === false) return undefined;
  return question.shared ?? (SHARED_BY_DEFAULT.includes(question.id) ? question.id : undefined);
}

/** The target that ends a flow with the personal plan. */
export const PLAN = 'plan';

/** Relative time between a date answer and a reference day, compared with a number. */
export type ElapsedKey = 'daysBefore' | 'monthsBefore' | 'yearsBefore';

/**
 * A condition over earlier answers. Comparisons name the question in `answer`; `all`, `any` and
 * `not` combine conditions. With a date answer, `monthsBefore: submission, greaterThan: 3` reads
 * "more than 3 months before the submission day".
 */
export interface Condition {
  answer?: string;
  equals?: string | number | boolean;
  in?: (string | number)[];
  /** Multiple choice: the option is among those chosen. */
  includes?: string;
  greaterThan?: number;
  atLeast?: number;
  lessThan?: number;
  atMost?: number;
  /** Date answers: strictly before / after a day. */
  before?: DateReference;
  after?: DateReference;
  daysBefore?: DateReference;
  monthsBefore?: DateReference;
  yearsBefore?: DateReference;
  /** The question was answered (it was on the citizen's path). */
  answered?: boolean;
  not?: Condition;
  all?: Condition[];
  any?: Condition[];
}

/** Effects that end a flow. */
export const ENDING_EFFECTS = ['route', 'notEligible', 'notNeeded'] as const;

/** A fee count taken from an answer: `{ answer: copies, minus: 2 }` charges copies beyond the second. */
export interface QuantityFromAnswer {
  answer: string;
  minus?: number;
}

export interface Ending<T = RichText> {
  reason: Localized<T>;
  /** What to do instead. */
  instead?: Localized<T>;
}

/**
 * One change to the plan. Each effect does one thing, named by its key; `why` explains it to the
 * citizen. Applied in order: the flow's question effects along the path, then `rules`.
 */
export interface Effect<T = RichText> {
  /** Documents or document groups (by id) added to the checklist. */
  require?: string | string[];
  /** Documents or groups removed from the checklist. */
  drop?: string | string[];
  /** A fee of the procedure added (with a count), e.g. extra copies. */
  addFee?: string;
  quantity?: number | QuantityFromAnswer;
  /** A fee that does not apply. */
  dropFee?: string;
  /** A fee the citizen does not pay (exemption), shown as 0 with the reason. */
  waiveFee?: string;
  /** A fee reduced by `percent` or `amount`; with neither, the fee's first listed reduction. */
  discountFee?: string;
  percent?: number;
  amount?: number;
  /** The channel (by id) the citizen uses. */
  channel?: string;
  /** A different processing time, e.g. 15 working days for foreigners. */
  processingTime?: { value: number; unit: TimeUnit };
  note?: Localized<T>;
  tip?: Localized<T>;
  /** Ends the flow: this is another procedure. */
  route?: string;
  /** Ends the flow: the citizen cannot use this procedure. */
  notEligible?: Ending<T>;
  /** Ends the flow: the citizen does not need this procedure. */
  notNeeded?: Ending<T>;
  why?: Localized<T>;
}

/** Keys that name what an effect does; exactly one per effect. */
export const EFFECT_ACTIONS = [
  'require', 'drop', 'addFee', 'dropFee', 'waiveFee', 'discountFee', 'channel', 'processingTime', 'note', 'tip', ...ENDING_EFFECTS,
] as const;
export type EffectAction = (typeof EFFECT_ACTIONS)[number];

export interface Rule<T = RichText> {
  when?: Condition;
  effects: Effect<T>[];
}

export interface GuideFlow<T = RichText> {
  /** The first question; defaults to the first listed. */
  start?: string;
  questions: Question<T>[];
  /** Effects that depend on several answers, applied after the question effects, in order. */
  rules?: Rule<T>[];
  /** Shown before the first question. */
  intro?: Localized<T>;
}

/** The source form, with Markdown strings. */
export type SourceGuideFlow = GuideFlow<string>;
