/**
 * A guide in a link: `g1.<payload>.<check>`, URL-safe, a few hundred characters at most. It holds
 * the catalog id, the version of the procedures, the target and the answers on the path — never
 * display text — so it reopens in any language and says when the procedures changed since.
 */
import type { Catalog, IsoDate } from '../catalog/model.js';
import { parseLocalDateTime } from '../calendar/local-date-time.js';
import { startGuide, type GuideState } from './engine.js';
import { fingerprint } from './fingerprint.js';
import type { AnswerValue } from '../catalog/guide-flow.js';
import { GuideError, type GuideResult } from './guide-error.js';
import type { GuideTarget } from './journey.js';
import { walkJourney } from './walk-journey.js';

const PREFIX = 'g1';
const MAX_LENGTH = 8192;

interface Payload {
  c: string;
  v: string;
  t: string;
  a: Record<string, AnswerValue>;
  s?: string;
  e?: string;
  /** Routes followed inside a life event. */
  r?: Record<string, string>;
}

export interface Restored {
  state: GuideState;
  /** Present when the procedures changed since the link was made: tell the citizen. */
  changed?: { from: string; to: string };
  /** Answers that no longer fit the flow (a removed question or option), dropped. */
  dropped: string[];
}

export function serialize(state: GuideState): string {
  // The path as if nothing were being edited: the edited question and those after it stay in.
  const submission = state.submittedAt?.slice(0, 10) ?? state.today;
  const walk = walkJourney(state.journey, state.answers, { today: state.today, submission });
  const a: Record<string, AnswerValue> = {};
  // Carried answers are derived again on reopening, so only the citizen's own answers travel.
  for (const step of walk.asked) if (step.carriedFrom === undefined) a[step.key] = step.value;
  const t = `${state.journey.target.kind === 'procedure' ? 'p' : 'l'}:${state.journey.target.id}`;
  const payload: Payload = { c: state.catalog.info.id, v: state.version, t, a };
  if (state.submittedAt) payload.s = state.submittedAt;
  if (state.editing) payload.e = state.editing;
  if (state.journey.routes) payload.r = { ...state.journey.routes };
  const body = toBase64Url(JSON.stringify(payload));
  return `${PREFIX}.${body}.${fingerprint(body).slice(0, 6)}`;
}

/** Reopens a link. A damaged or foreign link is an error; an older one opens with `changed`. */
export function deserialize(catalog: Catalog, text: string, options: { today?: IsoDate } = {}): GuideResult<Restored> {
  const damaged = (why: string) => ({
    ok: false as const,
    error: new GuideError('malformed-link', 'link', `this guide link is damaged (${why})`, 'copy the whole link again, or start the guide again'),
  });
  if (typeof text !== 'string' || text.length > MAX_LENGTH) return damaged('it is not a guide link');
  const m = /^g1\.([A-Za-z0-9_-]+)\.([0-9a-z]{6})$/.exec(text.trim());
  if (!m) return damaged(text.startsWith(`${PREFIX}.`) ? 'part of it is missing or changed' : 'it is not a guide link');
  if (fingerprint(m[1]!).slice(0, 6) !== m[2]) return damaged('part of it is missing or changed');
  let payload: Payload;
  try {
    payload = JSON.parse(fromBase64Url(m[1]!)) as Payload;
  } catch {
    return damaged('it cannot be read');
  }
  if (!isPayload(payload)) return damaged('it cannot be read');
  if (payload.c !== catalog.info.id) {
    return { ok: false, error: new GuideError('foreign-link', 'link', `this guide link belongs to another catalog ("${payload.c}")`, 'open it on the site where it was made', { catalog: payload.c }) };
  }
  const [kind, id] = [payload.t.slice(0, 1), payload.t.slice(2)];
  const target: GuideTarget = { kind: kind === 'l' ? 'life-event' : 'procedure', id };
  let state: GuideState;
  try {
    if (payload.s !== undefined) parseLocalDateTime(payload.s);
    state = startGuide(catalog, target, { ...(options.today ? { today: options.today } : {}), ...(payload.s ? { submittedAt: payload.s } : {}), ...(payload.r ? { routes: payload.r } : {}) });
  } catch (e) {
    if (e instanceof GuideError) return { ok: false, error: e };
    return damaged('its date cannot be read');
  }
  // Replay in path order so answers that no longer fit are found and dropped.
  const answers: Record<string, AnswerValue> = {};
  const dropped = new Set(Object.keys(payload.a));
  const walk = walkJourney(state.journey, payload.a, { today: state.today, submission: state.submittedAt?.slice(0, 10) ?? state.today });
  for (const step of walk.asked) {
    if (step.carriedFrom !== undefined) continue;
    answers[step.key] = step.value;
    dropped.delete(step.key);
  }
  state = { ...state, answers, ...(payload.e && answers[payload.e] !== undefined ? { editing: payload.e } : {}) };
  const restored: Restored = { state, dropped: [...dropped] };
  if (payload.v !== state.version) restored.changed = { from: payload.v, to: state.version };
  return { ok: true, value: restored };
}

function isPayload(p: unknown): p is Payload {
  if (!p || typeof p !== 'object') return false;
  const o = p as Record<string, unknown>;
  const answersOk =
    !!o.a && typeof o.a === 'object' && !Array.isArray(o.a) &&
    Object.values(o.a as object).every((v) => ['string', 'number', 'boolean'].includes(typeof v) || (Array.isArray(v) && v.every((x) => typeof x === 'string')));
  return typeof o.c === 'string' && typeof o.v === 'string' && typeof o.t === 'string' && /^[pl]:[a-z0-9-]+$/.test(o.t) && answersOk &&
    (o.s === undefined || typeof o.s === 'string') && (o.e === undefined || typeof o.e === 'string') &&
    (o.r === undefined || (!!o.r && typeof o.r === 'object' && !Array.isArray(o.r) && Object.values(o.r as object).every((v) => typeof v === 'string')));
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
