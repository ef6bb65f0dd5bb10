/**
 * "This is another procedure": the guide goes on with the routed procedure, carrying the answers
 * that still apply there.
 */
import { describe, expect, it } from 'vitest';
import { followRoute, type GuideError, type GuideState } from '../../src/index.js';
import { answerAll, current, deserialize, restart, serialize, startGuide } from '../../src/guide/index.js';
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

  it('inside a life event that has the routed procedure, drops the routing one and stays in the life event', () => {
    const s = given('big-day', { 'permit.channel': 'in-person', 'permit.origin': 'abroad', 'other-permit.applicant': 'organisation' });
    const followed = ok(followRoute(s, 'permit'));
    expect(followed.from).toBe('permit');
    expect(followed.state.journey.target).toEqual({ kind: 'life-event', id: 'big-day' });
    expect(followed.state.journey.parts.map((p) => p.procedure.id)).toEqual(['other-permit', 'stamp']);
    // The citizen's own answer to the other permit stays; "how will you apply" moves over from the permit.
    expect(followed.carried).toEqual(['other-permit.channel']);
    expect(followed.state.answers).toMatchObject({ 'other-permit.applicant': 'organisation', 'other-permit.channel': 'in-person' });
    const step = current(followed.state);
    expect(step.status === 'outcome' && step.outcome.kind === 'plan' && step.outcome.procedures.map((p) => p.id)).toEqual(['other-permit', 'stamp']);
  });

  it('inside a life event, the routed procedure takes the routing one\'s place and the plan stays merged', () => {
    const c = fixtureCatalog({
      'guides/permit.yaml': CHANNEL_FIRST,
      'life-events/big-day.yaml': 'id: big-day\nkind: life\nname: { vi: Ngày trọng đại, en: The big day }\nsummary: { vi: Mọi việc., en: Everything. }\nprocedures: [permit, stamp]\n',
    });
    const s = given('big-day', { 'permit.channel': 'in-person', 'permit.origin': 'abroad' }, c);
    const before = current(s);
    expect(before.status === 'outcome' && before.outcome.kind === 'plan' && before.outcome.endings.map((e) => e.kind)).toEqual(['route']);
    const followed = ok(followRoute(s, 'permit')).state;
    expect(followed.journey.parts.map((p) => p.procedure.id)).toEqual(['other-permit', 'stamp']);
    expect(followed.journey.routes).toEqual({ permit: 'other-permit' });
    expect(nextKey(followed)).toBe('other-permit.applicant');
    const done = ok(answerAll(followed, { 'other-permit.applicant': 'individual' }));
    const step = current(done);
    expect(step.status === 'outcome' && step.outcome.kind === 'plan' && step.outcome.procedures.map((p) => p.id)).toEqual(['other-permit', 'stamp']);
    expect(step.status === 'outcome' && step.outcome.kind === 'plan' && step.outcome.endings).toEqual([]);
    // The link keeps the routed journey; starting over brings the life event back as it was.
    const reopened = ok(deserialize(c, serialize(done), { today: TODAY })).state;
    expect(reopened.journey.parts.map((p) => p.procedure.id)).toEqual(['other-permit', 'stamp']);
    expect(current(reopened).status).toBe('outcome');
    expect(restart(done).journey.parts.map((p) => p.procedure.id)).toEqual(['permit', 'stamp']);
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
