import { describe, expect, it } from 'vitest';
import {
  GuideError, planView, stepView, type GuideState, type GuideStep, type PersonalPlan, type GuideEnding,
} from '../../src/index.js';
import { answer, answerAll, back, current, edit, restart, setSubmission, startGuide } from '../../src/guide/index.js';
import { fixtureCatalog, TODAY } from './fixture.js';

const catalog = fixtureCatalog();
const start = (target = 'permit') => startGuide(catalog, target, { today: TODAY, submittedAt: '2026-12-30T10:00' });
const ok = <T>(r: { ok: true; value: T } | { ok: false; error: GuideError }): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};
const given = (answers: Record<string, unknown>, target = 'permit') => ok(answerAll(start(target), answers));
const question = (s: GuideState) => {
  const step = current(s);
  if (step.status !== 'question') throw new Error('expected a question');
  return step;
};
const outcome = (s: GuideState) => {
  const step = current(s);
  if (step.status !== 'outcome') throw new Error(`expected an outcome, got question ${step.question.key}`);
  return step.outcome;
};
const plan = (s: GuideState) => {
  const o = outcome(s);
  if (o.kind !== 'plan') throw new Error(`expected a plan, got ${o.kind}`);
  return o as PersonalPlan;
};
const en = (step: GuideStep) => stepView(step, { locale: 'en', text: 'plain' });
const RECENT = { origin: 'here', expiry: '2027-06-01', groups: ['none'], copies: 1, channel: 'in-person' };

describe('asking questions', () => {
  it('starts with the first question, in the citizen’s language', () => {
    const view = en(current(start()));
    expect(view).toMatchObject({
      status: 'question',
      question: {
        id: 'origin',
        type: 'single',
        prompt: 'Where was your permit issued?',
        help: 'Look at the back of the permit.',
        options: [{ value: 'here', label: 'In this country' }, { value: 'abroad', label: 'Abroad' }],
      },
    });
    expect(stepView(current(start()), { locale: 'vi', text: 'plain' })).toMatchObject({ question: { prompt: 'Giấy phép của bạn do đâu cấp?' } });
  });

  it('keeps rich text for elements', () => {
    const view = stepView(current(start()), { locale: 'en' });
    expect(view.status === 'question' && view.question.help).toEqual([{ t: 'p', c: [{ t: 'text', v: 'Look at the ' }, { t: 'strong', c: [{ t: 'text', v: 'back' }] }, { t: 'text', v: ' of the permit.' }] }]);
  });

  it('offers yes and no as options of a yes-no question', () => {
    const s = given({ origin: 'here', expiry: '2026-01-01' });
    expect(en(current(s))).toMatchObject({ question: { id: 'reason', type: 'yes-no', options: [{ value: true, label: 'Yes' }, { value: false, label: 'No' }] } });
  });

  it('gives numbers their bounds and unit', () => {
    const s = given({ origin: 'here', expiry: '2027-06-01', groups: ['none'] });
    expect(en(current(s))).toMatchObject({ question: { id: 'copies', type: 'number', min: 1, max: 10, integer: true, unit: 'copies' } });
  });

  it('branches on a date: more than 3 months before the submission day asks why', () => {
    // Submission 2026-12-30: 3 months before is 2026-09-30.
    expect(question(given({ origin: 'here', expiry: '2026-09-29' })).question.key).toBe('reason');
    expect(question(given({ origin: 'here', expiry: '2026-09-30' })).question.key).toBe('groups');
  });

  it('lists the answers given so far with their labels', () => {
    const view = en(current(given({ origin: 'here', expiry: '2026-01-01', reason: true })));
    expect(view.answered).toEqual([
      { id: 'origin', value: 'here', label: 'In this country' },
      { id: 'expiry', value: '2026-01-01', label: '2026-01-01' },
      { id: 'reason', value: true, label: 'Yes' },
    ]);
  });
});

describe('a bad answer gives a clear error and leaves the state unchanged', () => {
  const at = (answers: Record<string, unknown>) => given(answers);
  it.each([
    ['an unknown option', {}, 'origin', 'nowhere', 'unknown-option', '"nowhere" is not an option of "origin"'],
    ['a number for a choice', {}, 'origin', 5, 'wrong-type', 'the answer to "origin" should be one of its options, not 5'],
    ['a malformed date', { origin: 'here' }, 'expiry', '2026-02-30', 'malformed-date', '"2026-02-30" is not a date'],
    ['a date before the earliest', { origin: 'here' }, 'expiry', '1980-01-01', 'too-early', '1980-01-01 is before 1990-01-01, the earliest possible day'],
    ['text for yes/no', { origin: 'here', expiry: '2026-01-01' }, 'reason', 'yes', 'wrong-type', 'the answer to "reason" should be yes or no, not "yes"'],
    ['no choice at all', { origin: 'here', expiry: '2027-06-01' }, 'groups', [], 'empty-choice', 'choose at least one option for "groups"'],
    ['"none" with another option', { origin: 'here', expiry: '2027-06-01' }, 'groups', ['none', 'student'], 'exclusive-option', '"none" cannot be combined with other options'],
    ['an option twice', { origin: 'here', expiry: '2027-06-01' }, 'groups', ['student', 'student'], 'repeated-option', 'an option is chosen twice for "groups"'],
    ['below the minimum', { origin: 'here', expiry: '2027-06-01', groups: ['none'] }, 'copies', 0, 'below-min', '0 is less than 1'],
    ['above the maximum', { origin: 'here', expiry: '2027-06-01', groups: ['none'] }, 'copies', 11, 'above-max', '11 is more than 10'],
    ['a fraction for a whole number', { origin: 'here', expiry: '2027-06-01', groups: ['none'] }, 'copies', 2.5, 'not-whole', '2.5 is not a whole number'],
    ['text for a number', { origin: 'here', expiry: '2027-06-01', groups: ['none'] }, 'copies', '2', 'wrong-type', 'the answer to "copies" should be a number, not "2"'],
    ['an unknown question', {}, 'colour', 'red', 'unknown-question', 'there is no question "colour" in this guide'],
    ['a question not asked yet', {}, 'copies', 2, 'not-asked', 'the question "copies" is not asked with the answers given so far'],
  ])('%s', (_what, before, key, value, code, message) => {
    const state = at(before);
    const result = answer(state, key, value);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(GuideError);
    expect(result.error).toMatchObject({ code, message, path: key });
    expect(result.error.hint.length).toBeGreaterThan(5);
    expect(current(state)).toEqual(current(at(before)));
  });

  it('answerAll stops at the first bad answer', () => {
    const result = answerAll(start(), { origin: 'here', expiry: 'soon' });
    expect(!result.ok && result.error.code).toBe('malformed-date');
  });
});

describe('outcomes', () => {
  it('routes a foreign permit to the other procedure', () => {
    const o = outcome(given({ origin: 'abroad' })) as GuideEnding;
    expect(o).toMatchObject({ kind: 'route', procedure: { id: 'permit' }, routeTo: { id: 'other-permit', name: { en: 'Foreign permit exchange' } } });
    expect(stepView(current(given({ origin: 'abroad' })), { locale: 'en', text: 'plain' }).status).toBe('outcome');
  });

  it('ends as not eligible as soon as the answers say so, with what to do instead', () => {
    const view = en(current(given({ origin: 'here', expiry: '2026-01-01', reason: false })));
    expect(view).toMatchObject({
      status: 'outcome',
      outcome: {
        kind: 'not-eligible',
        reason: 'The permit expired more than 3 months ago.',
        instead: 'Apply for a new permit.',
        help: { hotline: '1022' },
      },
    });
  });

  it('builds the personal plan: documents, fees, channel, expected date, steps, law, hotline', () => {
    const p = plan(given(RECENT));
    const view = planView(p, { locale: 'vi', text: 'plain' });
    expect(view.documents).toEqual([
      { id: 'form', procedures: ['permit'], groups: ['standard'], name: 'Tờ khai', quantity: 1, form: 'original', formLabel: 'Bản chính', template: 'https://example.gov.vn/form.pdf' },
      { id: 'id-card', procedures: ['permit'], groups: ['standard'], name: 'Căn cước công dân', quantity: 1, form: 'copy', formLabel: 'Bản chụp' },
    ]);
    expect(view.fees).toMatchObject({ total: 200000, currency: 'VND', formattedTotal: '200.000\u00a0₫', items: [{ id: 'standard', total: 200000 }] });
    expect(view.fees.mayApply).toEqual([{ id: 'late', procedure: 'permit', label: 'Lệ phí quá hạn', amount: 50000, formatted: '50.000\u00a0₫', conditions: 'Khi quá hạn hơn 3 tháng.' }]);
    expect(view.channel).toMatchObject({ id: 'in-person', type: 'in-person', office: { name: 'Trung tâm Phục vụ hành chính công', address: 'Đường Lê Lợi', phone: '0274 3822 822', openingHours: [{ opens: '07:30', closes: '16:30' }] } });
    // Wednesday 30 Dec 2026 + 5 working days, skipping New Year and the weekend.
    expect(view.expectedDate).toBe('2027-01-07');
    expect(view.steps.map((s) => s.title)).toEqual(['Nộp hồ sơ', 'Nhận kết quả']);
    expect(view.legalBasis).toEqual([{ number: '1/2026/QH', title: 'Luật Giấy phép' }]);
    expect(view.help).toEqual({ name: 'Trung tâm Phục vụ hành chính công', hotline: '1022', phone: '0274 3822 822' });
  });

  it('applies option effects: a student discount, extra copies, online channel without the paper form', () => {
    const p = plan(given({ ...RECENT, groups: ['student'], copies: 4, channel: 'online' }));
    expect(p.fees.items.map((f) => [f.id, f.quantity, f.total])).toEqual([['standard', 1, 100000], ['extra-copy', 2, 10000]]);
    expect(p.fees.total).toBe(110000);
    expect(p.documents.map((d) => d.id)).toEqual(['id-card']);
    expect(p.channel).toMatchObject({ type: 'online', url: 'https://dichvucong.gov.vn' });
    expect(p.expectedDate).toBe('2027-01-05');
    expect(planView(p, { locale: 'en', text: 'plain' }).tips).toEqual(['Have a level-2 VNeID account ready.']);
  });

  it('waives a fee and asks for the proof, saying why', () => {
    const p = plan(given({ ...RECENT, groups: ['merit'] }));
    const fee = p.fees.items.find((f) => f.id === 'standard')!;
    expect(fee).toMatchObject({ amount: 200000, reduction: 200000, total: 0, waived: true });
    expect(planView(p, { locale: 'en', text: 'plain' }).fees.items[0]!.why).toBe('People with merit pay nothing.');
    const merit = planView(p, { locale: 'en', text: 'plain' }).documents.find((d) => d.id === 'merit');
    expect(merit).toMatchObject({ name: 'Certificate of merit', form: 'certified-copy', why: 'You are a person with merit.' });
  });

  it('adds a late fee and a note through rules', () => {
    const p = plan(given({ ...RECENT, expiry: '2026-01-01', reason: true }));
    expect(p.fees.items.map((f) => f.id)).toEqual(['standard', 'late']);
    expect(p.fees.mayApply).toEqual([]);
    expect(p.trace).toEqual(['copies', 'channel=in-person', 'rules[1]']);
  });

  it('reports a submission date beyond the calendars instead of guessing', () => {
    const s = ok(setSubmission(given({ ...RECENT, expiry: '2028-06-01' }), '2027-12-30T10:00'));
    const p = plan(s);
    expect(p.expectedDate).toBeUndefined();
    expect(p.dateProblem).toMatchObject({ code: 'outside-calendar', message: expect.stringContaining('2028') });
  });

  it('counts working hours for a procedure that gives them', () => {
    const p = plan(start('stamp'));
    // The office is open 07:30–16:30 without a break in the fixture.
    expect(p.procedures[0]!.expected).toEqual({ receivedOn: '2026-12-30', date: '2026-12-30', dateTime: '2026-12-30T14:00' });
  });
});

describe('moving around', () => {
  it('back takes the last answer back and offers it again', () => {
    const done = given(RECENT);
    const b = back(done);
    expect(question(b)).toMatchObject({ question: { key: 'channel' }, previous: 'in-person' });
    const bb = back(b);
    expect(question(bb)).toMatchObject({ question: { key: 'copies' }, previous: 1 });
    expect(current(ok(answer(bb, 'copies', 1))).status).toBe('question');
  });

  it('back at the first question stays there', () => {
    expect(question(back(start())).question.key).toBe('origin');
  });

  it('edit asks again and keeps the later answers that still apply', () => {
    const done = given(RECENT);
    const editing = ok(edit(done, 'groups'));
    expect(question(editing)).toMatchObject({ question: { key: 'groups' }, previous: ['none'] });
    const changed = ok(answer(editing, 'groups', ['student']));
    expect(plan(changed).fees.total).toBe(100000);
  });

  it('edit that changes the path asks the new questions only', () => {
    const editing = ok(edit(given(RECENT), 'expiry'));
    const changed = ok(answer(editing, 'expiry', '2026-01-01'));
    expect(question(changed).question.key).toBe('reason');
    const finished = ok(answer(changed, 'reason', true));
    expect(plan(finished).fees.items.map((f) => f.id)).toContain('late');
  });

  it('an answer on the path can be changed directly', () => {
    const changed = ok(answer(given(RECENT), 'channel', 'online'));
    expect(plan(changed).channel.id).toBe('online');
  });

  it('edit of a question that is not on the path is an error', () => {
    const r = edit(given({ origin: 'here', expiry: '2027-06-01' }), 'reason');
    expect(!r.ok && r.error.code).toBe('not-asked');
  });

  it('restart clears the answers', () => {
    expect(question(restart(given(RECENT))).question.key).toBe('origin');
  });

  it('a change of language re-renders the same state', () => {
    const s = given(RECENT);
    expect(stepView(current(s), { locale: 'en', text: 'plain' }).status).toBe('outcome');
    const vi = planView(plan(s), { locale: 'vi', text: 'plain' });
    const english = planView(plan(s), { locale: 'en', text: 'plain' });
    expect(vi.documents[0]!.name).toBe('Tờ khai');
    expect(english.documents[0]!.name).toBe('Application form');
    expect(english.fees.formattedTotal).toBe('VND\u00a0200,000');
  });

  it('an unknown target is a typed error', () => {
    expect(() => startGuide(catalog, 'permits')).toThrowError(expect.objectContaining({ code: 'unknown-target', hint: 'did you mean "permit"?' }));
  });
});

describe('default flow for a procedure without one', () => {
  it('asks who applies when people and organisations can, then the channel', () => {
    const first = question(start('other-permit'));
    expect(en(current(start('other-permit')))).toMatchObject({ question: { id: 'applicant', options: [{ value: 'individual', label: 'A person' }, { value: 'organisation', label: 'An organisation or business' }] } });
    expect(first.question.key).toBe('applicant');
    const s = given({ applicant: 'organisation' }, 'other-permit');
    expect(en(current(s))).toMatchObject({ question: { id: 'channel', options: [{ value: 'in-person', label: 'In person at the office' }, { value: 'postal', label: 'By post' }] } });
    const p = plan(ok(answer(s, 'channel', 'postal')));
    expect(p.channel).toMatchObject({ id: 'postal', homePickup: true, resultByPost: true, office: { id: 'center' } });
    expect(p.documents.map((d) => d.id)).toEqual(['form', 'citizen-id']);
    expect(p.fees.total).toBe(135000);
  });

  it('goes straight to the checklist when there is nothing to ask', () => {
    expect(plan(start('stamp')).documents.map((d) => d.id)).toEqual(['id-card']);
  });
});

describe('life-event journeys', () => {
  const journey = (answers: Record<string, unknown>) => given(answers, 'big-day');
  const all = {
    'permit.origin': 'here', 'permit.expiry': '2027-06-01', 'permit.groups': ['none'], 'permit.copies': 1, 'permit.channel': 'in-person',
    'other-permit.applicant': 'individual', 'other-permit.channel': 'in-person',
  };

  it('runs the procedures’ flows in order, with prefixed question ids', () => {
    expect(question(journey({})).question.key).toBe('permit.origin');
    expect(question(journey({ 'permit.origin': 'here', 'permit.expiry': '2027-06-01', 'permit.groups': ['none'], 'permit.copies': 1, 'permit.channel': 'online' })).question.key).toBe('other-permit.applicant');
  });

  it('merges the results into one plan: shared documents once, fees added up, the latest date', () => {
    const p = plan(journey(all));
    expect(p.procedures.map((x) => x.id)).toEqual(['permit', 'other-permit', 'stamp']);
    const idCard = p.documents.filter((d) => d.name.vi === 'Căn cước công dân');
    expect(idCard).toHaveLength(1);
    expect(idCard[0]).toMatchObject({ procedures: ['permit', 'other-permit', 'stamp'], groups: ['standard', 'standard', 'standard'], quantity: 2 });
    // Two forms with the same id but different names stay two documents.
    expect(p.documents.filter((d) => d.id === 'form')).toHaveLength(2);
    expect(p.fees.total).toBe(200000 + 135000);
    expect(p.procedures.map((x) => x.expected?.date)).toEqual(['2027-01-07', '2027-01-14', '2026-12-30']);
    expect(p.expectedDate).toBe('2027-01-14');
    expect(p.steps.map((s) => s.procedure)).toEqual(['permit', 'permit', 'other-permit', 'stamp']);
  });

  it('lists a procedure that ends early and goes on with the others', () => {
    const p = plan(journey({ 'permit.origin': 'abroad', 'other-permit.applicant': 'individual', 'other-permit.channel': 'in-person' }));
    expect(p.endings).toMatchObject([{ kind: 'route', procedure: { id: 'permit' }, routeTo: { id: 'other-permit' } }]);
    expect(p.procedures.map((x) => x.id)).toEqual(['other-permit', 'stamp']);
  });
});
