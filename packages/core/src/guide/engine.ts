/**
 * The guide engine: a pure state machine over answers. Every function returns a new state; the
 * path, the next question and the outcome are derived by replaying the answers, so a change of
 * language, a change of an early answer or a reload from a link all give the same result.
 */
import type { Catalog, IsoDate, Localized } from '../catalog/model.js';
import { parseLocalDateTime, todayInVietnam, type LocalDateTime } from '../calendar/local-date-time.js';
import type { RichText } from '../richtext/rich-text.js';
import { resolveDate } from './conditions.js';
import type { AnswerValue, Question } from '../catalog/guide-flow.js';
import { GuideError, type GuideResult } from './guide-error.js';
import { journeyFor, type GuideTarget, type Journey } from './journey.js';
import { buildOutcome } from './outcome.js';
import type { GuideOutcome } from './personal-plan.js';
import { validateAnswer } from './validate-answer.js';
import { walkJourney, type JourneyWalk } from './walk-journey.js';

export interface GuideState {
  readonly catalog: Catalog;
  readonly journey: Journey;
  /** Answers by key; may hold answers off the current path, kept for when the path comes back. */
  readonly answers: Readonly<Record<string, AnswerValue>>;
  /** The question being changed with {@link edit}: asked again even though answered. */
  readonly editing?: string;
  /** Answers taken back with {@link back}, offered again as the prefilled value. */
  readonly undone: Readonly<Record<string, AnswerValue>>;
  /** The day the guide runs: "today" in conditions. */
  readonly today: IsoDate;
  /** When the citizen plans to submit; the result date is counted from it. */
  readonly submittedAt?: LocalDateTime;
  /** The version the answers were given against (see {@link serialize}). */
  readonly version: string;
}

export interface StartOptions {
  /** Defaults to today's date in Vietnam. */
  today?: IsoDate;
  /** `YYYY-MM-DDTHH:MM`; defaults to 08:00 on `today`. */
  submittedAt?: LocalDateTime;
  /** In a life event, routes already followed (see {@link followRoute}). */
  routes?: Readonly<Record<string, string>>;
}

export interface Choice {
  value: string | boolean;
  label: Localized<string>;
  help?: Localized<RichText>;
  exclusive?: boolean;
}

/** A question as asked: its answer key, options for every choice type (yes/no included), bounds resolved. */
export interface AskedQuestion {
  key: string;
  id: string;
  procedure: string;
  type: Question['type'];
  prompt: Localized<RichText>;
  help?: Localized<RichText>;
  choices?: Choice[];
  min?: number;
  max?: number;
  integer?: boolean;
  unit?: Localized<string>;
  earliest?: IsoDate;
  latest?: IsoDate;
}

export interface GivenAnswer {
  key: string;
  question: AskedQuestion;
  value: AnswerValue;
  /** In a life event: the earlier answer on the same topic this one reuses (not asked again). */
  carriedFrom?: string;
}

export type GuideStep =
  | { status: 'question'; question: AskedQuestion; answered: GivenAnswer[]; previous?: AnswerValue }
  | { status: 'outcome'; outcome: GuideOutcome; answered: GivenAnswer[] };

export const YES_NO: readonly Choice[] = [
  { value: true, label: { vi: 'Có', en: 'Yes' } },
  { value: false, label: { vi: 'Không', en: 'No' } },
];

/** Starts a guide for a procedure or life-event id. Throws `unknown-target` for an unknown id. */
export function startGuide(catalog: Catalog, target: string | GuideTarget, options: StartOptions = {}): GuideState {
  const journey = journeyFor(catalog, target, options.routes);
  const today = options.today ?? todayInVietnam();
  if (options.submittedAt !== undefined) parseLocalDateTime(options.submittedAt);
  return { catalog, journey, answers: {}, undone: {}, today, version: journey.version, ...(options.submittedAt ? { submittedAt: options.submittedAt } : {}) };
}

function contextOf(state: GuideState) {
  const submission = state.submittedAt?.slice(0, 10) ?? state.today;
  return { today: state.today, submission, ...(state.editing ? { stopAt: state.editing } : {}) };
}

function walkOf(state: GuideState): JourneyWalk {
  return walkJourney(state.journey, state.answers, contextOf(state));
}

/** The next question, or the outcome when every question on the path is answered. */
export function current(state: GuideState): GuideStep {
  const walk = walkOf(state);
  const ctx = contextOf(state);
  const answered = walk.asked.map((a): GivenAnswer => ({
    key: a.key, question: askedQuestion(a.key, a.question, a.part.procedure.id, ctx), value: a.value, ...(a.carriedFrom ? { carriedFrom: a.carriedFrom } : {}),
  }));
  if (walk.current) {
    const { key, question, part } = walk.current;
    const previous = state.answers[key] ?? state.undone[key];
    return { status: 'question', question: askedQuestion(key, question, part.procedure.id, ctx), answered, ...(previous !== undefined ? { previous } : {}) };
  }
  const submittedAt = state.submittedAt ?? `${state.today}T08:00`;
  return { status: 'outcome', outcome: buildOutcome(state.catalog, walk, { submittedAt, answers: state.answers }), answered };
}

/**
 * Answers the current question, or changes the answer to one already on the path. A bad value
 * gives an error to show next to the question; the state is unchanged.
 */
export function answer(state: GuideState, key: string, value: unknown): GuideResult<GuideState> {
  const walk = walkOf(state);
  const onPath = walk.asked.find((a) => a.key === key);
  const target = walk.current?.key === key ? walk.current : onPath;
  if (!target) return { ok: false, error: notAsked(state, key) };
  const error = validateAnswer(key, target.question, value, contextOf(state));
  if (error) return { ok: false, error };
  const { [key]: _taken, ...undone } = state.undone;
  const next: GuideState = { ...state, answers: { ...state.answers, [key]: value as AnswerValue }, undone };
  return { ok: true, value: withoutEditing(next) };
}

/** Answers in path order from a map of keys to values, stopping at the first bad one. */
export function answerAll(state: GuideState, answers: Readonly<Record<string, unknown>>): GuideResult<GuideState> {
  const known = new Set(state.journey.parts.flatMap((p) => p.flow.questions.map((q) => p.prefix + q.id)));
  for (const key of Object.keys(answers)) if (!known.has(key)) return { ok: false, error: notAsked(state, key) };
  let s = state;
  const used = new Set<string>();
  for (;;) {
    const walk = walkOf(s);
    const key = walk.current?.key;
    if (key === undefined || !(key in answers) || used.has(key)) return { ok: true, value: s };
    used.add(key);
    const result = answer(s, key, answers[key]);
    if (!result.ok) return result;
    s = result.value;
  }
}

/** Goes back one question: the last answer the citizen gave on the path is taken back (and offered again). */
export function back(state: GuideState): GuideState {
  // While editing, the walk stops at the edited question, so this is the one before it. Answers
  // carried from an earlier procedure were never asked here, so back skips over them.
  const before = walkOf(state).asked.filter((a) => a.carriedFrom === undefined).at(-1);
  if (!before) return withoutEditing(state);
  const { [before.key]: taken, ...answers } = state.answers;
  return withoutEditing({ ...state, answers, undone: { ...state.undone, [before.key]: taken ?? before.value } });
}

/**
 * Asks an answered question again. Later answers are kept: after the new answer, questions
 * still on the path with a valid answer are not asked again.
 */
export function edit(state: GuideState, key: string): GuideResult<GuideState> {
  const walk = walkJourney(state.journey, state.answers, { ...contextOf(state), stopAt: key });
  if (walk.current?.key !== key) return { ok: false, error: notAsked(state, key) };
  return { ok: true, value: { ...state, editing: key } };
}

/** Starts over with no answers, keeping the target and the dates; routes followed in a life event are undone. */
export function restart(state: GuideState): GuideState {
  const journey = state.journey.routes ? journeyFor(state.catalog, state.journey.target) : state.journey;
  return withoutEditing({ ...state, journey, version: journey.version, answers: {}, undone: {} });
}

/** Sets the planned submission date-time, which moves the expected result date. */
export function setSubmission(state: GuideState, submittedAt: LocalDateTime): GuideResult<GuideState> {
  try {
    parseLocalDateTime(submittedAt);
  } catch (e) {
    return { ok: false, error: new GuideError('malformed-date', 'submittedAt', (e as Error).message, 'write YYYY-MM-DDTHH:MM, e.g. 2026-12-30T10:00') };
  }
  return { ok: true, value: { ...state, submittedAt } };
}

function withoutEditing(state: GuideState): GuideState {
  if (state.editing === undefined) return state;
  const { editing: _e, ...rest } = state;
  return rest;
}

function notAsked(state: GuideState, key: string): GuideError {
  const known = state.journey.parts.some((p) => p.flow.questions.some((q) => p.prefix + q.id === key));
  if (known) return new GuideError('not-asked', key, `the question "${key}" is not asked with the answers given so far`, 'answer the current question first, or change an earlier answer');
  const ids = state.journey.parts.flatMap((p) => p.flow.questions.map((q) => p.prefix + q.id));
  return new GuideError('unknown-question', key, `there is no question "${key}" in this guide`, `the questions are: ${ids.join(', ')}`);
}

function askedQuestion(key: string, q: Question, procedure: string, ctx: { today: string; submission: string }): AskedQuestion {
  const choices: Choice[] | undefined =
    q.type === 'yes-no'
      ? [...YES_NO]
      : q.options?.map((o) => ({ value: o.value, label: o.label, ...(o.help ? { help: o.help } : {}), ...(o.exclusive ? { exclusive: true } : {}) }));
  const out: AskedQuestion = { key, id: q.id, procedure, type: q.type, prompt: q.prompt };
  if (q.help) out.help = q.help;
  if (choices) out.choices = choices;
  if (q.min !== undefined) out.min = q.min;
  if (q.max !== undefined) out.max = q.max;
  if (q.integer) out.integer = true;
  if (q.unit) out.unit = q.unit;
  if (q.earliest) out.earliest = resolveDate(q.earliest, ctx);
  if (q.latest) out.latest = resolveDate(q.latest, ctx);
  return out;
}
