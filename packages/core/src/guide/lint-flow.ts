/**
 * The checks a JSON Schema cannot make on a flow: ids that lead nowhere, questions no path
 * reaches, paths with no next step, loops, conditions on unknown questions or options, effects on
 * unknown documents, fees, channels or procedures. Translations are checked with the rest of the
 * catalog's texts. Pure: `onestop validate` turns the paths into file:line:column.
 */
import type { Procedure } from '../catalog/model.js';
import { isIsoDate } from '../calendar/local-date-time.js';
import { EFFECT_ACTIONS, PLAN, QUESTION_TYPES, type Condition, type Effect, type GuideFlow, type Question } from '../catalog/guide-flow.js';
import { enumeratePaths } from './flow-paths.js';

export type FlowPathSegment = string | number;

export interface FlowProblem {
  code: string;
  severity: 'error' | 'warning';
  /** Path inside the flow, e.g. `['questions', 2, 'next', 0, 'when']`. */
  path: FlowPathSegment[];
  message: string;
  hint?: string;
}

export interface LintContext {
  /** Every procedure id in the catalog, for `route`. */
  procedureIds: ReadonlySet<string>;
  today: string;
}

const DATE_REF = (v: unknown) => v === 'today' || v === 'submission' || (typeof v === 'string' && isIsoDate(v));
const NUMERIC = ['greaterThan', 'atLeast', 'lessThan', 'atMost'] as const;
const ELAPSED = ['daysBefore', 'monthsBefore', 'yearsBefore'] as const;

export function lintFlow(flow: GuideFlow<unknown>, procedure: Procedure<unknown>, ctx: LintContext): FlowProblem[] {
  const problems: FlowProblem[] = [];
  const add = (severity: FlowProblem['severity'], code: string, path: FlowPathSegment[], message: string, hint?: string) =>
    problems.push({ code, severity, path, message, ...(hint ? { hint } : {}) });
  const questions = flow.questions;
  const byId = new Map<string, Question<unknown>>();
  const indexOf = new Map<string, number>();
  questions.forEach((q, i) => {
    if (byId.has(q.id)) add('error', 'duplicate-id', ['questions', i, 'id'], `the question id "${q.id}" is used twice`, 'give each question its own id');
    if (q.id === PLAN) add('error', 'reserved-id', ['questions', i, 'id'], `"${PLAN}" is reserved for the end of the flow`, 'choose another id');
    byId.set(q.id, q);
    if (!indexOf.has(q.id)) indexOf.set(q.id, i);
  });
  const ids = [...byId.keys()];
  const known = (id: string) => id === PLAN || byId.has(id);
  const where = () => (ids.length ? `use one of: ${[...ids, PLAN].join(', ')}` : 'add questions first');

  if (!questions.length) add('warning', 'empty-flow', ['questions'], 'the flow asks no questions', 'add questions, or delete the guide to use the default flow');
  if (flow.start !== undefined && !byId.has(flow.start)) add('error', 'unknown-question', ['start'], `there is no question "${flow.start}" to start with`, where());

  const documentIds = new Set(procedure.documentGroups.flatMap((g) => [g.id, ...g.documents.map((d) => d.id)]));
  const feeIds = new Set(procedure.fees.map((f) => f.id));
  const channelIds = new Set(procedure.channels.map((c) => c.id));

  // Graph: which questions each question can lead to.
  const edges = new Map<string, string[]>();
  questions.forEach((q, i) => {
    const targets: string[] = [];
    const next = q.next;
    if (typeof next === 'string') {
      targets.push(next);
      if (!known(next)) add('error', 'unknown-question', ['questions', i, 'next'], `there is no question "${next}"`, where());
    } else if (Array.isArray(next)) {
      next.forEach((b, bi) => {
        targets.push(b.goto);
        if (!known(b.goto)) add('error', 'unknown-question', ['questions', i, 'next', bi, 'goto'], `there is no question "${b.goto}"`, where());
        if (bi < next.length - 1 && b.when === undefined) add('warning', 'unreachable-branch', ['questions', i, 'next', bi + 1], 'this branch is never taken: the branch before it has no condition', 'move the branch without "when" to the end');
      });
    }
    edges.set(q.id, targets.filter((t) => byId.has(t)));
    checkQuestion(q, i);
  });

  const start = flow.start ?? questions[0]?.id;
  const reachable = new Set<string>();
  const stack = start && byId.has(start) ? [start] : [];
  while (stack.length) {
    const id = stack.pop()!;
    if (reachable.has(id)) continue;
    reachable.add(id);
    stack.push(...(edges.get(id) ?? []));
  }
  // A misspelt goto makes everything after it look unreachable: report the cause only.
  const brokenGoto = problems.some((p) => p.code === 'unknown-question');
  questions.forEach((q, i) => {
    if (!brokenGoto && !reachable.has(q.id) && indexOf.get(q.id) === i) add('warning', 'unreachable-question', ['questions', i, 'id'], `no path leads to the question "${q.id}"`, 'point a "next" or a branch at it, or remove it');
  });
  for (const cycle of findCycles(ids, edges)) {
    const first = cycle[0]!;
    // Reported where the loop closes: the question that points back.
    add('error', 'cycle', ['questions', indexOf.get(cycle[cycle.length - 1]!)!, 'next'], `the questions ${[...cycle, first].join(' → ')} form a loop`, 'a flow only moves forward: point the last one at a later question or at plan');
  }

  // Which questions can come before each question, to check that conditions read earlier answers.
  const ancestors = new Map<string, Set<string>>(ids.map((id) => [id, new Set<string>()]));
  for (const id of ids) {
    const seen = new Set<string>();
    const todo = [...(edges.get(id) ?? [])];
    while (todo.length) {
      const t = todo.pop()!;
      if (seen.has(t)) continue;
      seen.add(t);
      ancestors.get(t)?.add(id);
      todo.push(...(edges.get(t) ?? []));
    }
  }

  questions.forEach((q, i) => {
    if (!Array.isArray(q.next)) return;
    q.next.forEach((b, bi) => {
      if (b.when) checkCondition(b.when, ['questions', i, 'next', bi, 'when'], new Set([q.id, ...(ancestors.get(q.id) ?? [])]));
    });
  });
  (flow.rules ?? []).forEach((rule, ri) => {
    if (rule.when) checkCondition(rule.when, ['rules', ri, 'when'], undefined);
    else if (rule.effects.some((e) => e.route !== undefined || e.notEligible || e.notNeeded)) {
      add('warning', 'always-ends', ['rules', ri], 'this rule has no condition, so it ends every path before the first question', 'add "when:" to the rule');
    }
    rule.effects.forEach((e, ei) => checkEffect(e, ['rules', ri, 'effects', ei]));
  });

  // Paths: every sequence of answers must reach an outcome.
  if (!problems.some((p) => p.severity === 'error')) {
    const { paths, truncated } = enumeratePaths(flow, { today: ctx.today });
    const reported = new Set<string>();
    for (const path of paths) {
      const { end, at } = path.run;
      if ((end !== 'no-branch' && end !== 'cycle') || at === undefined || reported.has(at)) continue;
      reported.add(at);
      const answers = Object.entries(path.answers).map(([k, v]) => `${k} = ${JSON.stringify(v)}`).join(', ');
      add('error', 'no-outcome', ['questions', indexOf.get(at)!, 'next'], `with the answers ${answers}, none of the branches applies, so this path has no outcome`, 'add a last branch without "when", e.g. "- goto: plan"');
    }
    if (truncated) add('warning', 'too-many-paths', ['questions'], `the flow has more than ${paths.length} paths; only those were checked`, 'split the flow or use fewer options');
  }
  return problems;

  function checkQuestion(q: Question<unknown>, i: number): void {
    const at = (...p: FlowPathSegment[]) => ['questions', i, ...p];
    if (!(QUESTION_TYPES as readonly string[]).includes(q.type)) return;
    const options = q.options ?? [];
    if (q.type === 'single' || q.type === 'multiple') {
      if (options.length < 2) add('error', 'missing-options', at('options'), `a ${q.type} choice question needs at least two options`, 'add options with value and label');
      const values = new Set<string>();
      options.forEach((o, oi) => {
        if (values.has(o.value)) add('error', 'duplicate-id', at('options', oi, 'value'), `the option "${o.value}" is listed twice`, 'give each option its own value');
        values.add(o.value);
        if (o.exclusive && q.type !== 'multiple') add('warning', 'unused-key', at('options', oi, 'exclusive'), '"exclusive" only matters in a multiple-choice question', 'remove it');
        (o.effects ?? []).forEach((e, ei) => checkEffect(e, at('options', oi, 'effects', ei)));
      });
    } else if (options.length) {
      add('warning', 'unused-key', at('options'), `a ${q.type} question has no options to choose from`, q.type === 'yes-no' ? 'yes and no are built in; put effects in rules with `equals: true`' : 'remove the options');
    }
    if (q.type === 'number' && q.min !== undefined && q.max !== undefined && q.min > q.max) add('error', 'bad-range', at('max'), `max ${q.max} is less than min ${q.min}`, 'swap them');
    for (const key of ['earliest', 'latest'] as const) {
      const v = q[key];
      if (v !== undefined && !DATE_REF(v)) add('error', 'malformed-date', at(key), `"${String(v)}" is not a date`, 'write YYYY-MM-DD, today or submission');
    }
    (q.effects ?? []).forEach((e, ei) => checkEffect(e, at('effects', ei)));
  }

  function checkCondition(c: Condition, path: FlowPathSegment[], earlier: Set<string> | undefined): void {
    const operators = Object.keys(c).filter((k) => !['answer', 'all', 'any', 'not'].includes(k));
    if (c.answer === undefined && !c.all && !c.any && !c.not) {
      add('error', 'empty-condition', path, operators.length ? `"${operators[0]}" needs the question it compares: add "answer: <question id>"` : 'the condition is empty', 'write e.g. { answer: issued-in, equals: abroad }');
      return;
    }
    c.all?.forEach((x, i) => checkCondition(x, [...path, 'all', i], earlier));
    c.any?.forEach((x, i) => checkCondition(x, [...path, 'any', i], earlier));
    if (c.not) checkCondition(c.not, [...path, 'not'], earlier);
    if (c.answer === undefined) return;
    const q = byId.get(c.answer);
    if (!q) {
      add('error', 'unknown-question', [...path, 'answer'], `there is no question "${c.answer}"`, ids.length ? `use one of: ${ids.join(', ')}` : 'add the question first');
      return;
    }
    if (!operators.length) add('error', 'empty-condition', path, `the condition on "${c.answer}" compares nothing`, 'add equals, in, includes, greaterThan, before… ');
    if (earlier && !earlier.has(q.id)) add('warning', 'not-yet-answered', [...path, 'answer'], `"${q.id}" is never asked before this point, so the condition is never true here`, 'branch on a question asked earlier, or move the condition to rules');
    const choice = q.type === 'single' || q.type === 'multiple';
    const values = new Set((q.options ?? []).map((o) => o.value));
    const checkValue = (v: unknown, p: FlowPathSegment[]) => {
      if (choice && (typeof v !== 'string' || !values.has(v))) add('error', 'unknown-option', p, `"${String(v)}" is not an option of "${q.id}"`, `use one of: ${[...values].join(', ')}`);
      if (q.type === 'yes-no' && typeof v !== 'boolean') add('error', 'wrong-type', p, `a yes/no question is compared with true or false, not "${String(v)}"`, 'write equals: true (yes) or equals: false (no)');
      if (q.type === 'number' && typeof v !== 'number') add('error', 'wrong-type', p, `"${q.id}" is a number; compare it with a number`, 'write digits only, e.g. equals: 2');
    };
    const elapsed = ELAPSED.filter((k) => c[k] !== undefined);
    if (c.equals !== undefined && !(elapsed.length && typeof c.equals === 'number')) checkValue(c.equals, [...path, 'equals']);
    c.in?.forEach((v, i) => checkValue(v, [...path, 'in', i]));
    if (c.includes !== undefined) {
      if (q.type !== 'multiple') add('error', 'wrong-operator', [...path, 'includes'], `"includes" is for multiple-choice questions; "${q.id}" is ${q.type}`, 'use equals or in');
      else checkValue(c.includes, [...path, 'includes']);
    }
    for (const op of NUMERIC) {
      if (c[op] === undefined) continue;
      if (elapsed.length ? q.type !== 'date' : q.type !== 'number') {
        add('error', 'wrong-operator', [...path, op], `"${op}" compares numbers, but "${q.id}" is ${q.type}`, q.type === 'date' ? `add monthsBefore: submission (or daysBefore, yearsBefore) to compare how long ago the date was` : 'compare with equals or in');
      }
    }
    for (const op of ['before', 'after', ...ELAPSED] as const) {
      const v = c[op];
      if (v === undefined) continue;
      if (q.type !== 'date') add('error', 'wrong-operator', [...path, op], `"${op}" is for date questions; "${q.id}" is ${q.type}`, 'use equals, in or a number comparison');
      if (!DATE_REF(v)) add('error', 'malformed-date', [...path, op], `"${String(v)}" is not a date`, 'write YYYY-MM-DD, today or submission');
    }
    if (elapsed.length > 1) add('error', 'wrong-operator', [...path, elapsed[1]!], `use one of ${elapsed.join(', ')}, not several`, 'split it into two conditions under all:');
    if (elapsed.length && !NUMERIC.some((op) => c[op] !== undefined) && typeof c.equals !== 'number') {
      add('error', 'empty-condition', [...path, elapsed[0]!], `"${elapsed[0]}" needs a number to compare with`, 'add greaterThan, atLeast, lessThan or atMost');
    }
  }

  function checkEffect(e: Effect<unknown>, path: FlowPathSegment[]): void {
    const actions = EFFECT_ACTIONS.filter((k) => e[k] !== undefined);
    if (actions.length !== 1) {
      add('error', 'effect-actions', path, actions.length ? `one effect does ${actions.join(' and ')}` : 'the effect does nothing', `write each effect on its own "- " line, with one of: ${EFFECT_ACTIONS.join(', ')}`);
    }
    const listOf = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
    for (const key of ['require', 'drop'] as const) {
      const list = e[key];
      listOf(list).forEach((id, i) => {
        if (!documentIds.has(id)) add('error', 'unknown-document', Array.isArray(list) ? [...path, key, i] : [...path, key], `the procedure has no document or document group "${id}"`, `use one of: ${[...documentIds].join(', ')}`);
      });
    }
    for (const key of ['addFee', 'dropFee', 'waiveFee', 'discountFee'] as const) {
      const id = e[key];
      if (id !== undefined && !feeIds.has(id)) add('error', 'unknown-fee', [...path, key], `the procedure has no fee "${id}"`, feeIds.size ? `use one of: ${[...feeIds].join(', ')}` : 'the procedure lists no fees');
    }
    if (e.discountFee !== undefined && e.percent === undefined && e.amount === undefined && feeIds.has(e.discountFee)) {
      if (!procedure.fees.some((f) => f.id === e.discountFee && f.reductions?.length)) add('error', 'missing-field', [...path], `fee "${e.discountFee}" lists no reductions, so the discount needs percent or amount`, 'add percent: 50 or amount: 10000');
    }
    if ((e.percent !== undefined || e.amount !== undefined) && e.discountFee === undefined) add('warning', 'unused-key', path, 'percent and amount only apply to discountFee', 'remove them, or add discountFee');
    if (e.quantity !== undefined && e.addFee === undefined) add('warning', 'unused-key', [...path, 'quantity'], 'quantity only applies to addFee', 'remove it, or add addFee');
    if (e.quantity !== undefined && typeof e.quantity === 'object') {
      const q = byId.get(e.quantity.answer);
      if (!q) add('error', 'unknown-question', [...path, 'quantity', 'answer'], `there is no question "${e.quantity.answer}"`, `use one of: ${ids.join(', ')}`);
      else if (q.type !== 'number') add('error', 'wrong-type', [...path, 'quantity', 'answer'], `"${q.id}" is not a number question`, 'count fees from a number question');
    }
    if (e.channel !== undefined && !channelIds.has(e.channel)) add('error', 'unknown-channel', [...path, 'channel'], `the procedure has no channel "${e.channel}"`, `use one of: ${[...channelIds].join(', ')}`);
    if (e.route !== undefined) {
      if (e.route === procedure.id) add('error', 'self-route', [...path, 'route'], 'a flow cannot route to its own procedure', 'route to another procedure');
      else if (!ctx.procedureIds.has(e.route)) add('error', 'unknown-procedure', [...path, 'route'], `there is no procedure "${e.route}"`, 'check the id in procedures/');
    }
  }
}

/** Each loop once, as the questions in it, starting from the earliest listed. */
function findCycles(ids: string[], edges: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const seenCycles = new Set<string>();
  const visit = (id: string) => {
    state.set(id, 'open');
    stack.push(id);
    for (const t of edges.get(id) ?? []) {
      if (state.get(t) === 'open') {
        const cycle = stack.slice(stack.indexOf(t));
        const key = [...cycle].sort().join('|');
        if (!seenCycles.has(key)) {
          seenCycles.add(key);
          cycles.push(cycle);
        }
      } else if (!state.has(t)) visit(t);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of ids) if (!state.has(id)) visit(id);
  return cycles;
}
