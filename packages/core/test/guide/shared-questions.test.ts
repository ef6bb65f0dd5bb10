/**
 * In a life event a question on a shared topic ("who is applying", "how will you submit") is
 * asked once: a later procedure reuses the answer when it is a valid answer there.
 */
import { describe, expect, it } from 'vitest';
import {
  stepView, type GuideError, type GuideState, type PersonalPlan,
} from '../../src/index.js';
import { answer, answerAll, back, current, deserialize, edit, progress, serialize, startGuide } from '../../src/guide/index.js';
import { sampleCatalog } from '../helpers.js';
import { fixtureCatalog, PERMIT_GUIDE, TODAY } from './fixture.js';

const ok = <T>(r: { ok: true; value: T } | { ok: false; error: GuideError }): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};
const PERMIT = { 'permit.origin': 'here', 'permit.expiry': '2027-06-01', 'permit.groups': ['none'], 'permit.copies': 1 };

function journey(catalog = fixtureCatalog(), answers: Record<string, unknown> = {}): GuideState {
  return ok(answerAll(startGuide(catalog, 'big-day', { today: TODAY, submittedAt: '2026-12-30T10:00' }), answers));
}
const nextKey = (s: GuideState) => {
  const step = current(s);
  return step.status === 'question' ? step.question.key : step.outcome.kind;
};

describe('a shared question is asked once in a life event', () => {
  it.each([
    {
      name: 'in person for the permit: the other permit reuses it and asks only who applies',
      answers: { ...PERMIT, 'permit.channel': 'in-person', 'other-permit.applicant': 'individual' },
      next: 'plan',
      carried: { 'other-permit.channel': 'permit.channel' },
    },
    {
      name: 'online for the permit: the other permit has no online channel, so it asks',
      answers: { ...PERMIT, 'permit.channel': 'online', 'other-permit.applicant': 'individual' },
      next: 'other-permit.channel',
      carried: {},
    },
  ])('$name', ({ answers, next, carried }) => {
    const s = journey(undefined, answers);
    expect(nextKey(s)).toBe(next);
    const step = current(s);
    const reused = Object.fromEntries(step.answered.filter((a) => a.carriedFrom).map((a) => [a.key, a.carriedFrom]));
    expect(reused).toEqual(carried);
  });

  it('uses the reused answer in the plan: the channel’s office and processing time', () => {
    const step = current(journey(undefined, { ...PERMIT, 'permit.channel': 'in-person', 'other-permit.applicant': 'individual' }));
    const plan = (step.status === 'outcome' ? step.outcome : undefined) as PersonalPlan;
    expect(plan.procedures.map((p) => [p.id, p.channel.id])).toEqual([['permit', 'in-person'], ['other-permit', 'in-person'], ['stamp', 'in-person']]);
  });

  it('lets the citizen change a reused answer for one procedure only', () => {
    const s = journey(undefined, { ...PERMIT, 'permit.channel': 'in-person', 'other-permit.applicant': 'individual' });
    const editing = ok(edit(s, 'other-permit.channel'));
    expect(nextKey(editing)).toBe('other-permit.channel');
    const changed = ok(answer(editing, 'other-permit.channel', 'postal'));
    const step = current(changed);
    expect(step.answered.find((a) => a.key === 'other-permit.channel')).toMatchObject({ value: 'postal' });
    expect(step.answered.find((a) => a.key === 'other-permit.channel')?.carriedFrom).toBeUndefined();
    expect(step.answered.find((a) => a.key === 'permit.channel')).toMatchObject({ value: 'in-person' });
  });

  it('follows a changed earlier answer: the reused one changes with it', () => {
    const s = journey(undefined, { ...PERMIT, 'permit.channel': 'in-person', 'other-permit.applicant': 'individual' });
    const online = ok(answer(ok(edit(s, 'permit.channel')), 'permit.channel', 'online'));
    expect(nextKey(online)).toBe('other-permit.channel');
  });

  it('goes back over a reused answer to the last question the citizen answered', () => {
    const s = journey(undefined, { ...PERMIT, 'permit.channel': 'in-person', 'other-permit.applicant': 'individual' });
    expect(nextKey(back(s))).toBe('other-permit.applicant');
  });

  it('keeps reused answers out of saved links and derives them again on reopening', () => {
    const s = journey(undefined, { ...PERMIT, 'permit.channel': 'in-person', 'other-permit.applicant': 'individual' });
    const link = serialize(s);
    const payload = JSON.parse(atob(link.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { a: Record<string, unknown> };
    expect(Object.keys(payload.a)).not.toContain('other-permit.channel');
    const reopened = ok(deserialize(fixtureCatalog(), link, { today: TODAY })).state;
    expect(stepView(current(reopened), { locale: 'en', text: 'plain' })).toEqual(stepView(current(s), { locale: 'en', text: 'plain' }));
  });

  it('does not reuse answers between questions that opt out with shared: false', () => {
    const optOut = fixtureCatalog({ 'guides/permit.yaml': PERMIT_GUIDE.replace('  - id: channel\n    type: single\n', '  - id: channel\n    type: single\n    shared: false\n') });
    const s = journey(optOut, { ...PERMIT, 'permit.channel': 'in-person', 'other-permit.applicant': 'individual' });
    expect(nextKey(s)).toBe('other-permit.channel');
  });

  it('shares a topic named with shared: between questions with different ids', () => {
    const named = fixtureCatalog({ 'guides/permit.yaml': PERMIT_GUIDE.replace('  - id: channel\n    type: single\n', '  - id: how\n    type: single\n    shared: channel\n').replace('next: channel', 'next: how') });
    const s = journey(named, { ...PERMIT, 'permit.how': 'in-person', 'other-permit.applicant': 'individual' });
    expect(nextKey(s)).toBe('plan');
  });

  it('a single procedure is never affected', () => {
    const s = ok(answerAll(startGuide(fixtureCatalog(), 'other-permit', { today: TODAY }), { applicant: 'individual' }));
    expect(nextKey(s)).toBe('channel');
  });
});

describe('having a baby: "how will you submit" is asked once when it fits every procedure', () => {
  const catalog = sampleCatalog();
  const birth = {
    'birth-registration.born-in': 'vietnam', 'birth-registration.parents-nationality': 'both-vietnamese', 'birth-registration.birth-notice': 'hospital',
    'birth-registration.birth-date': '2026-12-01', 'birth-registration.parents-married': true, 'birth-registration.who-registers': 'parent',
    'birth-registration.extra-copies': 1,
  };
  const run = (answers: Record<string, unknown>) => ok(answerAll(startGuide(catalog, 'having-a-baby', { today: '2026-12-28', submittedAt: '2026-12-30T10:00' }), answers));
  const asked = (answers: Record<string, unknown>) => {
    const step = current(run(answers));
    return step.answered.filter((a) => !a.carriedFrom).map((a) => a.key);
  };

  it('online once for all three', () => {
    const s = run({ ...birth, 'birth-registration.channel': 'online', 'permanent-residence-registration.case': 'newborn', 'permanent-residence-registration.linked': true, 'child-health-insurance.birth-registered': 'linked' });
    const step = current(s);
    expect(step.status).toBe('outcome');
    expect(asked({ ...birth, 'birth-registration.channel': 'online', 'permanent-residence-registration.case': 'newborn', 'permanent-residence-registration.linked': true, 'child-health-insurance.birth-registered': 'linked' }).filter((k) => k.endsWith('.channel'))).toEqual(['birth-registration.channel']);
    expect(step.answered.filter((a) => a.carriedFrom).map((a) => a.key)).toEqual(['permanent-residence-registration.channel', 'child-health-insurance.channel']);
  });

  it('in person is reused for residence but asked again for health insurance, which has two offices', () => {
    const s = run({ ...birth, 'birth-registration.channel': 'in-person', 'permanent-residence-registration.case': 'newborn', 'permanent-residence-registration.linked': true, 'child-health-insurance.birth-registered': 'linked' });
    expect(nextKey(s)).toBe('child-health-insurance.channel');
  });
});

describe('progress: "question n of about m"', () => {
  it.each([
    { name: 'the first question of the permit', target: 'permit', answers: {}, want: { number: 1, about: 5 } },
    { name: 'after two answers, on the usual way', target: 'permit', answers: { origin: 'here', expiry: '2027-06-01' }, want: { number: 3, about: 5 } },
    { name: 'a late permit asks one more', target: 'permit', answers: { origin: 'here', expiry: '2026-01-01' }, want: { number: 3, about: 6 } },
    { name: 'a life event counts the procedures after this one', target: 'big-day', answers: {}, want: { number: 1, about: 7 } },
    { name: 'reused answers are not counted as questions', target: 'big-day', answers: { ...PERMIT, 'permit.channel': 'in-person' }, want: { number: 6, about: 6 } },
  ])('$name', ({ target, answers, want }) => {
    const s = ok(answerAll(startGuide(fixtureCatalog(), target, { today: TODAY, submittedAt: '2026-12-30T10:00' }), answers));
    expect(progress(s)).toEqual(want);
  });

  it('has no progress once the plan is shown', () => {
    expect(progress(journey(undefined, { ...PERMIT, 'permit.channel': 'in-person', 'other-permit.applicant': 'individual' }))).toBeUndefined();
  });
});
