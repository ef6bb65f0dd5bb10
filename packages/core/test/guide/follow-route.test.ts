/**
 * "This is another procedure": the guide goes on with the routed procedure, carrying the answers
 * that still apply there.
 */
import { describe, expect, it } from 'vitest';
import { followRoute, type GuideError, type GuideState } from '../../src/index.js';
import { answerAll, current, startGuide } from '../../src/guide/index.js';
import { sampleCatalog } from '../helpers.js';
import { fixtureCatalog, PERMIT_GUIDE, TODAY } from './fixture.js';

const ok = <T>(r: { ok: true; value: T } | { ok: false; error: GuideError }): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};
// The permit flow asking the channel first, so an answer exists before the route.
const CHANNEL_FIRST = PERMIT_GUIDE.replace('start: origin', 'start: channel')
  .replace('        quantity: { answer: copies, minus: 2 }\n    next: channel\n', '        quantity: { answer: copies, minus: 2 }\n')
  .replace('\nrules:\n', '\n    next: origin\nrules:\n');
const catalog = fixtureCatalog({ 'guides/permit.yaml': CHANNEL_FIRST });
const given = (target: string, answers: Record<string, unknown>, c = catalog): GuideState =>
  ok(answerAll(startGuide(c, target, { today: TODAY, submittedAt: '2026-12-30T10:00' }), answers));
const nextKey = (s: GuideState) => {
  const step = current(s);
  return step.status === 'question' ? step.question.key : step.outcome.kind;
};

describe('following a route into the other procedure', () => {
  it.each([
    { name: 'in person carries over: only "who is applying" is asked', answers: { channel: 'in-person', origin: 'abroad' }, carried: ['channel'], next: 'applicant' },
    { name: 'online does not fit the other procedure: its channel is asked too', answers: { channel: 'online', origin: 'abroad' }, carried: [], next: 'applicant' },
  ])('$name', ({ answers, carried, next }) => {
    const routed = given('permit', answers);
    expect(current(routed)).toMatchObject({ status: 'outcome', outcome: { kind: 'route', routeTo: { id: 'other-permit' } } });
    const followed = ok(followRoute(routed));
    expect(followed.from).toBe('permit');
    expect(followed.carried).toEqual(carried);
    expect(followed.state.journey.target).toEqual({ kind: 'procedure', id: 'other-permit' });
    expect(nextKey(followed.state)).toBe(next);
  });

  it('keeps the dates, so the plan counts from the same submission', () => {
    const followed = ok(followRoute(given('permit', { channel: 'in-person', origin: 'abroad' }))).state;
    expect(followed.submittedAt).toBe('2026-12-30T10:00');
    expect(followed.today).toBe(TODAY);
    const done = ok(answerAll(followed, { applicant: 'individual' }));
    expect(current(done)).toMatchObject({ status: 'outcome', outcome: { kind: 'plan', procedures: [{ id: 'other-permit', channel: { id: 'in-person' } }] } });
  });

  it('follows a route inside a life event with the answers given to that procedure', () => {
    const s = given('big-day', { 'permit.channel': 'in-person', 'permit.origin': 'abroad', 'other-permit.applicant': 'organisation' });
    const followed = ok(followRoute(s, 'permit'));
    expect(followed.carried.sort()).toEqual(['applicant', 'channel']);
    expect(followed.state.answers).toEqual({ applicant: 'organisation', channel: 'in-person' });
  });

  it('says clearly when there is no route to follow', () => {
    for (const s of [given('permit', {}), given('permit', { channel: 'in-person', origin: 'here', expiry: '2027-06-01', groups: ['none'], copies: 1 })]) {
      const r = followRoute(s);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error).toMatchObject({ code: 'no-route', message: 'this guide has not ended with "this is another procedure"' });
    }
    expect(followRoute(given('big-day', { 'permit.channel': 'in-person', 'permit.origin': 'abroad' }), 'stamp').ok).toBe(false);
  });

  it('the sample driving licence route opens the foreign licence exchange', () => {
    const sample = sampleCatalog();
    const routed = given('driving-license-exchange', { 'issued-in': 'abroad' }, sample);
    const followed = ok(followRoute(routed));
    expect(followed.state.journey.target.id).toBe('foreign-driving-license-exchange');
    expect(current(followed.state).status).toBe('outcome');
  });
});
