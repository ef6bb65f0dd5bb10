/**
 * Replays the answers through a journey: the questions on the citizen's path, the next question,
 * and the effects collected so far. State is only answers; the path is always derived, so a
 * changed answer re-routes everything after it.
 */
import { holds, type ConditionContext } from './conditions.js';
import { ENDING_EFFECTS, PLAN, sharedTopic, type AnswerValue, type Effect, type GuideFlow, type Question } from '../catalog/guide-flow.js';
import type { JourneyPart } from './journey.js';
import { validateAnswer } from './validate-answer.js';

/** What the walk needs of a journey part; the engine passes {@link JourneyPart}s. */
export interface WalkPart {
  flow: GuideFlow;
  prefix: string;
}

export interface AskedStep<P extends WalkPart = JourneyPart> {
  key: string;
  question: Question;
  part: P;
  value: AnswerValue;
  /** The key of an earlier procedure's answer on the same shared topic, reused here unasked. */
  carriedFrom?: string;
}

export interface PendingQuestion<P extends WalkPart = JourneyPart> {
  key: string;
  question: Question;
  part: P;
}

/** An effect with where it came from, e.g. `issued-in=abroad` or `rules[2]`, for traces and diagrams. */
export interface AppliedEffect {
  effect: Effect;
  source: string;
}

export interface PartRun<P extends WalkPart = JourneyPart> {
  part: P;
  effects: AppliedEffect[];
  /** The effect that ended this part early (route, not eligible, not needed). */
  ending?: AppliedEffect;
  /**
   * How the flow ended: `plan`, or a flaw the validator reports — no branch applied, a loop back
   * to an asked question, a `goto` to no question. The engine shows the plan in every case.
   */
  end: 'plan' | 'ending' | 'no-branch' | 'cycle' | 'unknown-question';
  /** The question whose `next` led to a flawed end. */
  at?: string;
}

export interface JourneyWalk<P extends WalkPart = JourneyPart> {
  asked: AskedStep<P>[];
  /** The question to ask next; absent when the journey is finished. */
  current?: PendingQuestion<P>;
  /** Finished parts, in order. */
  runs: PartRun<P>[];
}

export interface WalkContext {
  today: string;
  submission: string;
  /** A key to stop at even when answered: the question being edited. */
  stopAt?: string;
}

export function walkJourney<P extends WalkPart = JourneyPart>(journey: { parts: readonly P[] }, answers: Readonly<Record<string, AnswerValue>>, ctx: WalkContext): JourneyWalk<P> {
  const asked: AskedStep<P>[] = [];
  const runs: PartRun<P>[] = [];
  const pathAnswers: Record<string, AnswerValue> = {};
  // The latest answer on each shared topic, from earlier procedures of the journey.
  const topics = new Map<string, { key: string; value: AnswerValue }>();
  for (const part of journey.parts) {
    const condition = (): ConditionContext => ({ answers: pathAnswers, today: ctx.today, submission: ctx.submission, prefix: part.prefix });
    const byId = new Map(part.flow.questions.map((q) => [q.id, q]));
    const effects: AppliedEffect[] = [];
    const seen = new Set<string>();
    let id: string | undefined = part.flow.start ?? part.flow.questions[0]?.id ?? PLAN;
    let ending: AppliedEffect | undefined;
    let end: PartRun['end'] = 'plan';
    let from: string | undefined;
    for (;;) {
      ending = effects.find((e) => isEnding(e.effect)) ?? ruleEnding(part.flow, condition());
      if (ending) {
        end = 'ending';
        break;
      }
      // A dead end, a loop or an unknown target ends with the plan; `onestop validate` reports them.
      if (id === undefined) end = 'no-branch';
      else if (seen.has(id)) end = 'cycle';
      else if (id !== PLAN && !byId.has(id)) end = 'unknown-question';
      const question = id === undefined || id === PLAN || seen.has(id) ? undefined : byId.get(id);
      if (!question) break;
      seen.add(question.id);
      const key = part.prefix + question.id;
      const topic = sharedTopic(question);
      const carried = answers[key] === undefined && topic !== undefined ? topics.get(topic) : undefined;
      const value = answers[key] ?? carried?.value;
      if (key === ctx.stopAt || value === undefined || validateAnswer(key, question, value, ctx)) {
        return { asked, current: { key, question, part }, runs };
      }
      asked.push(carried ? { key, question, part, value, carriedFrom: carried.key } : { key, question, part, value });
      if (topic !== undefined) topics.set(topic, { key: carried?.key ?? key, value });
      pathAnswers[key] = value;
      effects.push(...answerEffects(question, value));
      from = question.id;
      id = nextQuestion(question, condition());
    }
    if (!ending) {
      (part.flow.rules ?? []).forEach((rule, i) => {
        if (holds(rule.when, condition())) effects.push(...rule.effects.map((effect) => ({ effect, source: `rules[${i}]` })));
      });
    }
    const flawed = end !== 'plan' && end !== 'ending' && from !== undefined ? { at: from } : {};
    runs.push(ending ? { part, effects, ending, end } : { part, effects, end, ...flawed });
  }
  return { asked, runs };
}

export function isEnding(effect: Effect<unknown>): boolean {
  return ENDING_EFFECTS.some((k) => effect[k] !== undefined);
}

function ruleEnding(flow: GuideFlow, ctx: ConditionContext): AppliedEffect | undefined {
  const rules = flow.rules ?? [];
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    const effect = rule.effects.find(isEnding);
    if (effect && holds(rule.when, ctx)) return { effect, source: `rules[${i}]` };
  }
  return undefined;
}

/** The question's own effects, then those of the options chosen, in the order the flow lists them. */
function answerEffects(question: Question, value: AnswerValue): AppliedEffect[] {
  const out: AppliedEffect[] = (question.effects ?? []).map((effect) => ({ effect, source: question.id }));
  const chosen = Array.isArray(value) ? value : [value];
  for (const option of question.options ?? []) {
    if (!chosen.includes(option.value)) continue;
    for (const effect of option.effects ?? []) out.push({ effect, source: `${question.id}=${option.value}` });
  }
  return out;
}

/** The first branch whose condition holds; no `next` leads to the plan; `undefined` when no branch holds. */
export function nextQuestion(question: Question<unknown>, ctx: ConditionContext): string | undefined {
  const next = question.next;
  if (next === undefined) return PLAN;
  if (typeof next === 'string') return next;
  return next.find((b) => holds(b.when, ctx))?.goto;
}
