/**
 * Every path through a flow: each route of questions to an end, found by trying each option of
 * the questions that steer the flow (those read by conditions, or with an option that ends it)
 * and, for numbers and dates, the values on both sides of every threshold they are compared with.
 * A question that only adds effects is answered once, so the count stays small. Used to lint
 * flows and to check that tests cover every path.
 */
import type { IsoDate } from '../catalog/model.js';
import { addDays, addMonths } from '../calendar/local-date-time.js';
import { conditionQuestions, resolveDate } from './conditions.js';
import type { AnswerValue, Condition, Effect, GuideFlow, Question } from '../catalog/guide-flow.js';
import { isEnding, walkJourney, type PartRun, type WalkPart } from './walk-journey.js';

export interface FlowPath {
  /** Answers given along the path, by question id. */
  answers: Record<string, AnswerValue>;
  /** Question ids in the order asked. */
  asked: string[];
  run: PartRun<WalkPart>;
  /** Questions asked, rules applied and the end: `q1>q2 | rules[0] | plan`. */
  signature: string;
  /** The route alone, questions and end, without the rules: `q1>q2 | plan`. */
  route: string;
}

export interface PathOptions {
  today: IsoDate;
  submission?: IsoDate;
  /** Stop after this many paths; `truncated` says so. */
  limit?: number;
}

export function enumeratePaths(flow: GuideFlow<unknown>, options: PathOptions): { paths: FlowPath[]; truncated: boolean } {
  const ctx = { today: options.today, submission: options.submission ?? options.today };
  const limit = options.limit ?? 5000;
  const part: WalkPart = { flow: flow as GuideFlow, prefix: '' };
  const thresholds = collectThresholds(flow, ctx);
  const steering = steeringQuestions(flow);
  const paths: FlowPath[] = [];
  const seen = new Set<string>();
  let truncated = false;
  const visit = (answers: Record<string, AnswerValue>): void => {
    if (paths.length >= limit) {
      truncated = true;
      return;
    }
    const walk = walkJourney({ parts: [part] }, answers, ctx);
    if (walk.current) {
      const all = candidates(walk.current.question, thresholds, ctx);
      for (const value of steering.has(walk.current.question.id) ? all : all.slice(0, 1)) visit({ ...answers, [walk.current.key]: value });
      return;
    }
    const run = walk.runs[0]!;
    const asked = walk.asked.map((a) => a.key);
    const signature = pathSignature(asked, run.effects.map((e) => e.source), run.ending ? endingKind(run) : run.end, run.ending?.source);
    if (seen.has(signature)) return;
    seen.add(signature);
    const route = routeSignature(asked, run.ending ? endingKind(run) : run.end, run.ending?.source);
    paths.push({ answers: Object.fromEntries(walk.asked.map((a) => [a.key, a.value])), asked, run, signature, route });
  };
  visit({});
  return { paths, truncated };
}

/** What a path asked, which rules applied and how it ended (and where, for an early end). */
export function pathSignature(asked: readonly string[], sources: readonly string[], end: string, endSource?: string): string {
  const rules = [...new Set(sources.filter((s) => s.startsWith('rules[')))];
  return `${asked.join('>')} | ${rules.join(',')} | ${end}${endSource ? ` at ${endSource}` : ''}`;
}

/** A route through the flow: the questions asked and how (and where) it ended. */
export function routeSignature(asked: readonly string[], end: string, endSource?: string): string {
  return `${asked.join('>')} | ${end}${endSource ? ` at ${endSource}` : ''}`;
}

/** Questions whose answer can change the route: read by a condition, counted by a fee, or ending the flow. */
export function steeringQuestions(flow: GuideFlow<unknown>): Set<string> {
  const out = new Set<string>();
  const read = (c: Condition | undefined) => conditionQuestions(c).forEach((id) => out.add(id));
  const ends = (effects: readonly Effect<unknown>[] | undefined) => (effects ?? []).some(isEnding);
  for (const q of flow.questions) {
    if (Array.isArray(q.next)) q.next.forEach((b) => read(b.when));
    if (ends(q.effects) || (q.options ?? []).some((o) => ends(o.effects))) out.add(q.id);
  }
  for (const rule of flow.rules ?? []) read(rule.when);
  return out;
}

function endingKind(run: PartRun<WalkPart>): string {
  const e = run.ending!.effect;
  return e.route !== undefined ? 'route' : e.notEligible ? 'not-eligible' : 'not-needed';
}

type Thresholds = Map<string, { numbers: number[]; dates: IsoDate[] }>;

function collectThresholds(flow: GuideFlow<unknown>, ctx: { today: IsoDate; submission: IsoDate }): Thresholds {
  const out: Thresholds = new Map();
  const at = (id: string) => {
    let t = out.get(id);
    if (!t) out.set(id, (t = { numbers: [], dates: [] }));
    return t;
  };
  const visit = (c: Condition | undefined): void => {
    if (!c) return;
    if (c.answer !== undefined) {
      const t = at(c.answer);
      const numbers = [c.greaterThan, c.atLeast, c.lessThan, c.atMost, typeof c.equals === 'number' ? c.equals : undefined].filter((n): n is number => n !== undefined);
      const elapsed = c.daysBefore ?? c.monthsBefore ?? c.yearsBefore;
      if (elapsed !== undefined) {
        const ref = resolveDate(elapsed, ctx);
        for (const n of numbers) {
          const boundary = c.daysBefore !== undefined ? addDays(ref, -n) : addMonths(ref, -(c.monthsBefore !== undefined ? n : n * 12));
          t.dates.push(addDays(boundary, -1), boundary, addDays(boundary, 1));
        }
      } else {
        t.numbers.push(...numbers);
        for (const ref of [c.before, c.after]) if (ref !== undefined) t.dates.push(addDays(resolveDate(ref, ctx), -1), resolveDate(ref, ctx), addDays(resolveDate(ref, ctx), 1));
        for (const v of c.in ?? []) if (typeof v === 'number') t.numbers.push(v);
      }
    }
    c.all?.forEach(visit);
    c.any?.forEach(visit);
    visit(c.not);
  };
  for (const q of flow.questions) {
    if (Array.isArray(q.next)) q.next.forEach((b) => visit(b.when));
    for (const e of [...(q.effects ?? []), ...(q.options ?? []).flatMap((o) => o.effects ?? [])]) {
      if (e.quantity && typeof e.quantity === 'object') at(e.quantity.answer).numbers.push(e.quantity.minus ?? 0);
    }
  }
  for (const rule of flow.rules ?? []) {
    visit(rule.when);
    for (const e of rule.effects) if (e.quantity && typeof e.quantity === 'object') at(e.quantity.answer).numbers.push(e.quantity.minus ?? 0);
  }
  return out;
}

function candidates(q: Question, thresholds: Thresholds, ctx: { today: IsoDate; submission: IsoDate }): AnswerValue[] {
  const t = thresholds.get(q.id);
  switch (q.type) {
    case 'single':
      return (q.options ?? []).map((o) => o.value);
    case 'yes-no':
      return [true, false];
    case 'multiple': {
      const options = q.options ?? [];
      const plain = options.filter((o) => !o.exclusive).map((o) => o.value);
      const alone = options.filter((o) => o.exclusive).map((o) => [o.value]);
      return [...subsets(plain), ...alone];
    }
    case 'number': {
      const step = q.integer ? 1 : 0.5;
      const raw = (t?.numbers ?? []).flatMap((n) => [n - step, n, n + step]);
      raw.push(q.min ?? 0, q.max ?? (q.min ?? 0) + 1);
      const inRange = raw.filter((n) => (q.min === undefined || n >= q.min) && (q.max === undefined || n <= q.max) && (!q.integer || Number.isInteger(n)));
      return [...new Set(inRange)].sort((a, b) => a - b);
    }
    case 'date': {
      const earliest = q.earliest ? resolveDate(q.earliest, ctx) : undefined;
      const latest = q.latest ? resolveDate(q.latest, ctx) : undefined;
      const raw = [...(t?.dates ?? []), latest ?? ctx.today];
      const inRange = raw.filter((d) => (!earliest || d >= earliest) && (!latest || d <= latest));
      return [...new Set(inRange)].sort();
    }
  }
}

/** Every non-empty combination for a few options; each alone and all together for more. */
function subsets(values: string[]): string[][] {
  if (values.length > 4) return [...values.map((v) => [v]), values];
  const out: string[][] = [];
  for (let mask = 1; mask < 1 << values.length; mask++) out.push(values.filter((_, i) => mask & (1 << i)));
  return out;
}
