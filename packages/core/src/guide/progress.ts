/**
 * "Question 3 of about 5": how far the citizen is, and roughly how many questions remain if the
 * flow takes its usual way (a single `next`, or the last, unconditional branch).
 */
import { current, type GuideState } from './engine.js';
import { PLAN, sharedTopic, type AnswerValue, type GuideFlow, type Question } from '../catalog/guide-flow.js';

export interface GuideProgress {
  /** The number of the question being asked (answers the citizen gave, plus one). */
  number: number;
  /** About how many questions the whole journey takes; never less than `number`. */
  about: number;
}

export function progress(state: GuideState): GuideProgress | undefined {
  const step = current(state);
  if (step.status !== 'question') return undefined;
  const given = step.answered.filter((a) => a.carriedFrom === undefined).length;
  const parts = state.journey.parts;
  // Topics already answered: a later question on one of them will most likely not be asked.
  const topics = new Map<string, AnswerValue>();
  for (const a of step.answered) {
    const q = parts.find((p) => p.procedure.id === a.question.procedure)?.flow.questions.find((x) => x.id === a.question.id);
    const topic = q && sharedTopic(q);
    if (topic) topics.set(topic, a.value);
  }
  const at = parts.findIndex((p) => p.procedure.id === step.question.procedure);
  let left = usualPathLength(parts[at]!.flow, step.question.id, topics, true);
  for (const part of parts.slice(at + 1)) left += usualPathLength(part.flow, part.flow.start ?? part.flow.questions[0]?.id, topics);
  return { number: given + 1, about: Math.max(given + 1, given + left) };
}

/** Questions from `from` to the plan along the usual way, `from` included, less those answered on a shared topic. */
function usualPathLength(flow: GuideFlow, from: string | undefined, topics: ReadonlyMap<string, AnswerValue>, asking = false): number {
  const byId = new Map(flow.questions.map((q) => [q.id, q]));
  const seen = new Set<string>();
  let asked = 0;
  let id = from;
  while (id !== undefined && id !== PLAN && byId.has(id) && !seen.has(id)) {
    seen.add(id);
    const q = byId.get(id)!;
    // The question being asked counts even on an answered topic: the earlier answer did not fit.
    if ((asking && id === from) || !reused(q, topics)) asked++;
    const next = q.next;
    id = next === undefined ? PLAN : typeof next === 'string' ? next : next[next.length - 1]?.goto;
  }
  return asked;
}

function reused(q: Question, topics: ReadonlyMap<string, AnswerValue>): boolean {
  const topic = sharedTopic(q);
  const value = topic === undefined ? undefined : topics.get(topic);
  if (value === undefined) return false;
  return !q.options || [value].flat().every((v) => q.options!.some((o) => o.value === v));
}
