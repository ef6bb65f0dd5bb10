/**
 * "This is another procedure": a route ends the flow, and the volunteer goes straight on with the
 * other procedure's questions without asking again what the citizen already said.
 */
import { current, startGuide, type GuideState } from './engine.js';
import { sharedTopic, type AnswerValue } from '../catalog/guide-flow.js';
import { GuideError, type GuideResult } from './guide-error.js';
import type { GuideEnding } from './personal-plan.js';
import { validateAnswer } from './validate-answer.js';

export interface FollowedRoute {
  /** A guide for the procedure the route named, with the answers that still apply. */
  state: GuideState;
  /** The procedure the route came from. */
  from: string;
  /** Keys (in the new guide) of the answers carried over; the citizen is not asked them again. */
  carried: string[];
}

/**
 * Continues a guide that ended with a route into the routed procedure's guide. An answer carries
 * over to a question with the same id or the same shared topic when it is a valid answer there.
 * In a life event, `procedure` picks which routed procedure to follow (the first by default), and
 * the journey stays the life event's: the routed procedure takes the routing one's place in it
 * (or the routing one is dropped when the event already has the other), and the other
 * procedures' answers are kept, so the citizen still gets one merged plan.
 */
export function followRoute(state: GuideState, procedure?: string): GuideResult<FollowedRoute> {
  const step = current(state);
  const endings: GuideEnding[] = step.status !== 'outcome' ? [] : step.outcome.kind === 'plan' ? step.outcome.endings : [step.outcome];
  const route = endings.find((e) => e.kind === 'route' && (procedure === undefined || e.procedure.id === procedure));
  if (!route?.routeTo) {
    return { ok: false, error: new GuideError('no-route', procedure ?? 'route', 'this guide has not ended with "this is another procedure"', 'answer the questions until the guide names another procedure') };
  }
  const from = route.procedure.id;
  const inEvent = state.journey.target.kind === 'life-event';
  if (inEvent && !state.catalog.procedures.some((p) => p.id === route.routeTo!.id)) {
    return { ok: false, error: new GuideError('unknown-target', route.routeTo.id, `there is no procedure "${route.routeTo.id}" in this catalog`, 'load the routed procedure into the catalog first') };
  }
  const dates = { today: state.today, ...(state.submittedAt ? { submittedAt: state.submittedAt } : {}) };
  let next: GuideState;
  try {
    next = inEvent
      ? startGuide(state.catalog, state.journey.target, { ...dates, routes: { ...state.journey.routes, [from]: route.routeTo.id } })
      : startGuide(state.catalog, { kind: 'procedure', id: route.routeTo.id }, dates);
  } catch (e) {
    if (e instanceof GuideError) return { ok: false, error: e };
    throw e;
  }
  // Only the routing procedure's own answers travel to the routed one; in a life event the
  // answers to the other procedures stay where they are.
  const given = step.answered.filter((a) => a.carriedFrom === undefined && (!inEvent || a.question.procedure === from));
  const byId = new Map<string, AnswerValue>();
  const byTopic = new Map<string, AnswerValue>();
  for (const a of given) {
    byId.set(a.question.id, a.value);
    const source = state.journey.parts.find((p) => p.procedure.id === a.question.procedure)?.flow.questions.find((q) => q.id === a.question.id);
    const topic = source && sharedTopic(source);
    if (topic) byTopic.set(topic, a.value);
  }
  // An answer that does not fit the new question (an option it lacks) is asked again instead.
  const submission = next.submittedAt?.slice(0, 10) ?? next.today;
  const kept = Object.entries(state.answers).filter(([key]) => inEvent && next.journey.parts.some((p) => p.procedure.id !== route.routeTo!.id && key.startsWith(p.prefix)));
  const answers: Record<string, AnswerValue> = Object.fromEntries(kept);
  const carried: string[] = [];
  for (const part of next.journey.parts) {
    if (inEvent && part.procedure.id !== route.routeTo.id) continue;
    for (const q of part.flow.questions) {
      const topic = sharedTopic(q);
      const key = part.prefix + q.id;
      const value = byId.get(q.id) ?? (topic ? byTopic.get(topic) : undefined);
      // In a life event that already had the routed procedure, the citizen's own answers there stay.
      const own = inEvent ? state.answers[key] : undefined;
      if (own !== undefined) answers[key] = own;
      else if (value !== undefined && !validateAnswer(key, q, value, { today: next.today, submission })) {
        answers[key] = value;
        carried.push(key);
      }
    }
  }
  return { ok: true, value: { state: { ...next, answers }, from, carried } };
}
