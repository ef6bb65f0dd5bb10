/**
 * Evaluating conditions over answers. Three-valued: a comparison with a question that has not
 * been answered is neither true nor false but unknown, so a rule fires only once it is certainly
 * true — `not` of an unanswered question does not end a flow before the question is asked.
 */
import type { IsoDate } from '../catalog/model.js';
import { addDays, addMonths } from '../calendar/local-date-time.js';
import type { AnswerValue, Condition, DateReference } from '../catalog/guide-flow.js';

/** `undefined`: not known yet. */
export type Truth = boolean | undefined;

export interface ConditionContext {
  answers: Readonly<Record<string, AnswerValue>>;
  /** The day the guide runs. */
  today: IsoDate;
  /** The planned submission day (defaults to today). */
  submission: IsoDate;
  /** In a life-event journey, question ids are prefixed with the procedure id. */
  prefix?: string;
}

const COMPARISONS = ['equals', 'in', 'includes', 'greaterThan', 'atLeast', 'lessThan', 'atMost', 'before', 'after'] as const;
const ELAPSED = { daysBefore: 'days', monthsBefore: 'months', yearsBefore: 'years' } as const;

export function evaluateCondition(condition: Condition, ctx: ConditionContext): Truth {
  const parts: Truth[] = [];
  if (condition.all) parts.push(and(condition.all.map((c) => evaluateCondition(c, ctx))));
  if (condition.any) parts.push(or(condition.any.map((c) => evaluateCondition(c, ctx))));
  if (condition.not) {
    const inner = evaluateCondition(condition.not, ctx);
    parts.push(inner === undefined ? undefined : !inner);
  }
  if (condition.answer !== undefined) parts.push(compare(condition, ctx));
  // Several keys in one condition all have to hold, e.g. `atLeast: 3, lessThan: 12`.
  return and(parts);
}

/** True only when the condition certainly holds; a missing condition always holds. */
export function holds(condition: Condition | undefined, ctx: ConditionContext): boolean {
  return condition === undefined || evaluateCondition(condition, ctx) === true;
}

function and(values: Truth[]): Truth {
  if (values.includes(false)) return false;
  return values.includes(undefined) ? undefined : true;
}

function or(values: Truth[]): Truth {
  if (values.includes(true)) return true;
  return values.includes(undefined) ? undefined : false;
}

export function resolveDate(ref: DateReference, ctx: Pick<ConditionContext, 'today' | 'submission'>): IsoDate {
  if (ref === 'today') return ctx.today;
  if (ref === 'submission') return ctx.submission;
  return ref;
}

function compare(c: Condition, ctx: ConditionContext): Truth {
  const key = ctx.prefix ? `${ctx.prefix}${c.answer}` : c.answer!;
  const value = ctx.answers[key];
  if (value === undefined) return undefined;
  const elapsedKey = (Object.keys(ELAPSED) as (keyof typeof ELAPSED)[]).find((k) => c[k] !== undefined);
  const results: boolean[] = [];
  if (elapsedKey) {
    if (typeof value !== 'string') return false;
    const ref = resolveDate(c[elapsedKey]!, ctx);
    const unit = ELAPSED[elapsedKey];
    // "More than n months before the reference" means the reference is after the answer + n months.
    const shifted = (n: number) => (unit === 'days' ? addDays(value, n) : addMonths(value, unit === 'months' ? n : n * 12));
    if (c.greaterThan !== undefined) results.push(ref > shifted(c.greaterThan));
    if (c.atLeast !== undefined) results.push(ref >= shifted(c.atLeast));
    if (c.lessThan !== undefined) results.push(ref < shifted(c.lessThan));
    if (c.atMost !== undefined) results.push(ref <= shifted(c.atMost));
    if (typeof c.equals === 'number') results.push(ref === shifted(c.equals));
  } else {
    for (const op of COMPARISONS) {
      const operand = c[op];
      if (operand === undefined) continue;
      results.push(test(op, operand, value, ctx));
    }
  }
  return results.every(Boolean);
}

function test(op: (typeof COMPARISONS)[number], operand: unknown, value: AnswerValue, ctx: ConditionContext): boolean {
  switch (op) {
    case 'equals':
      return Array.isArray(value) ? value.length === 1 && value[0] === operand : value === operand;
    case 'in':
      return Array.isArray(value) ? value.some((v) => (operand as unknown[]).includes(v)) : (operand as unknown[]).includes(value);
    case 'includes':
      return Array.isArray(value) ? value.includes(operand as string) : value === operand;
    case 'greaterThan':
      return typeof value === 'number' && value > (operand as number);
    case 'atLeast':
      return typeof value === 'number' && value >= (operand as number);
    case 'lessThan':
      return typeof value === 'number' && value < (operand as number);
    case 'atMost':
      return typeof value === 'number' && value <= (operand as number);
    case 'before':
      return typeof value === 'string' && value < resolveDate(operand as DateReference, ctx);
    case 'after':
      return typeof value === 'string' && value > resolveDate(operand as DateReference, ctx);
  }
}

/** The question ids a condition reads, for lints and diagrams. */
export function conditionQuestions(condition: Condition | undefined): string[] {
  if (!condition) return [];
  const out: string[] = [];
  if (condition.answer !== undefined) out.push(condition.answer);
  for (const c of [...(condition.all ?? []), ...(condition.any ?? []), ...(condition.not ? [condition.not] : [])]) out.push(...conditionQuestions(c));
  return [...new Set(out)];
}
