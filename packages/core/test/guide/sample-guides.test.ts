import { describe, expect, it } from 'vitest';
import { flowDiagram, journeyFor, planView, type PersonalPlan } from '../../src/index.js';
import { answerAll, ask, current, startGuide } from '../../src/guide/index.js';
import { loadCatalogDir } from '../../src/node.js';
import { SAMPLE_CATALOG_DIR, sampleCatalog } from '../helpers.js';

const catalog = sampleCatalog();
const TODAY = '2026-12-28';

describe('the sample guides', () => {
  it('pass every flow lint', () => {
    const { problems } = loadCatalogDir(SAMPLE_CATALOG_DIR, { today: TODAY });
    expect(problems.filter((p) => p.file.startsWith('guides/'))).toEqual([]);
  });

  it('are compiled to rich text with the catalog', () => {
    const flow = journeyFor(catalog, 'judicial-record-card').parts[0]!.flow;
    expect(flow.questions[0]!.help!.en![0]).toMatchObject({ t: 'p' });
    expect(journeyFor(catalog, 'judicial-record-card').parts[0]!.isDefault).toBe(false);
  });
});

describe('the having-a-baby journey', () => {
  const linked = {
    'birth-registration.born-in': 'vietnam',
    'birth-registration.parents-nationality': 'both-vietnamese',
    'birth-registration.birth-notice': 'hospital',
    'birth-registration.birth-date': '2026-12-01',
    'birth-registration.parents-married': true,
    'birth-registration.who-registers': 'parent',
    'birth-registration.extra-copies': 1,
    'birth-registration.channel': 'online',
    'permanent-residence-registration.case': 'newborn',
    'permanent-residence-registration.linked': true,
    'permanent-residence-registration.channel': 'online',
    'child-health-insurance.birth-registered': 'linked',
    'child-health-insurance.channel': 'online',
  };
  const run = (answers: Record<string, unknown>) => {
    const r = answerAll(startGuide(catalog, 'having-a-baby', { today: TODAY, submittedAt: '2026-12-30T10:00' }), answers);
    if (!r.ok) throw r.error;
    return current(r.value);
  };

  it('asks the birth registration first, then residence, then health insurance', () => {
    const first = run({});
    expect(first.status === 'question' && first.question.key).toBe('birth-registration.born-in');
    const { 'child-health-insurance.birth-registered': _c, 'child-health-insurance.channel': _d, ...twoDone } = linked;
    const third = run(twoDone);
    expect(third.status === 'question' && third.question).toMatchObject({ key: 'child-health-insurance.birth-registered', procedure: 'child-health-insurance' });
  });

  it('merges the three into one plan: one checklist, one total, the latest date', () => {
    const step = run(linked);
    expect(step.status).toBe('outcome');
    const plan = (step.status === 'outcome' ? step.outcome : undefined) as PersonalPlan;
    const view = planView(plan, { locale: 'vi', text: 'plain' });
    expect(view.procedures.map((p) => [p.id, p.expectedDate])).toEqual([
      ['birth-registration', '2026-12-31'],
      ['permanent-residence-registration', '2027-01-11'],
      ['child-health-insurance', '2027-01-04'],
    ]);
    expect(view.expectedDate).toBe('2027-01-11');
    expect(view.documents.map((d) => [d.id, d.procedures])).toEqual([
      ['birth-notice', ['birth-registration']],
      ['parent-id', ['birth-registration']],
      ['linked-form', ['child-health-insurance']],
    ]);
    expect(view.fees.items.map((f) => [f.procedure, f.id, f.total])).toEqual([
      ['birth-registration', 'extra-copy', 8000],
      ['permanent-residence-registration', 'registration-fee', 0],
    ]);
    expect(view.fees.formattedTotal).toBe('8.000\u00a0₫');
    expect(view.help).toMatchObject({ hotline: '1022' });
  });

  it('goes on with the other procedures when one is not needed', () => {
    const step = run({
      'birth-registration.born-in': 'abroad',
      'birth-registration.registered-abroad': 'vietnamese-mission',
      'permanent-residence-registration.case': 'newborn',
      'permanent-residence-registration.linked': false,
      'permanent-residence-registration.channel': 'in-person',
      'child-health-insurance.birth-registered': 'already',
      'child-health-insurance.channel': 'ward-office',
    });
    expect(step.status === 'outcome' && step.outcome.kind).toBe('plan');
    const plan = (step.status === 'outcome' ? step.outcome : undefined) as PersonalPlan;
    expect(plan.endings.map((e) => [e.kind, e.procedure.id])).toEqual([['not-needed', 'birth-registration']]);
    expect(plan.procedures.map((p) => p.id)).toEqual(['permanent-residence-registration', 'child-health-insurance']);
  });
});

describe('onestop graph: a Mermaid flowchart of every branch', () => {
  it('draws questions, labelled branches and every kind of end', () => {
    const chart = flowDiagram(journeyFor(catalog, 'driving-license-exchange'), { locale: 'en' });
    expect(chart.startsWith('flowchart TD\n')).toBe(true);
    expect(chart).toContain('p0_q_issued_in{"Who issued your driving licence?"}');
    expect(chart).toContain('p0_q_issued_in -->|"A foreign authority"| p0_end1');
    expect(chart).toContain('p0_end1[["→ foreign-driving-license-exchange"]]');
    expect(chart).toContain('p0_q_licence_class -->|"licence-class = Car or any class with an expiry date (B1, B2, B, C1, C, D, E, F…)"| p0_q_expired');
    expect(chart).toContain('p0_q_expiry_date -->|"expiry-date less than 1 months before submission"| p0_q_force_majeure');
    expect(chart).toContain('p0_q_channel -->|"Online on the National Public Service Portal (fee VND 135,000) / In person at the police: the traffic police or a designated ward police station (fee VND 135,0…"| p0_plan');
  });

  it('draws rule endings from the last question they read', () => {
    const chart = flowDiagram(journeyFor(catalog, 'judicial-record-card'), { locale: 'vi' });
    expect(chart).toMatch(/p0_q_applicant -->\|"card = Phiếu số 2 and applicant in .*"\| p0_end\d/);
    expect(chart).toContain('✗ Phiếu lý lịch tư pháp số 2 không được ủy quyền');
  });

  it('draws a life event as one box per procedure, chained', () => {
    const chart = flowDiagram(journeyFor(catalog, 'having-a-baby'), { locale: 'vi' });
    expect(chart).toContain('subgraph p0_box["Đăng ký khai sinh"]');
    expect(chart).toContain('p0_plan --> p1_q_case');
    expect(chart).toContain('p1_plan --> p2_q_birth_registered');
  });
});

describe('ask: free text to the procedure a citizen means', () => {
  it('finds the procedure for a clear question', () => {
    const r = ask(catalog, 'lý lịch tư pháp');
    expect(r.candidates[0]!.id).toBe('judicial-record-card');
    expect(r.clarify).toBeUndefined();
  });

  it('finds a life event', () => {
    expect(ask(catalog, 'mới sinh con cần làm gì').candidates[0]).toMatchObject({ id: 'having-a-baby', kind: 'life-event' });
  });

  it('asks which one when two are about as good', () => {
    const r = ask(catalog, 'bằng lái');
    expect(r.clarify).toBeDefined();
    expect(r.clarify!.choices.map((c) => c.value)).toEqual(expect.arrayContaining(['driving-license-exchange', 'driving-license-reissue']));
    expect(r.clarify!.choices.length).toBeLessThanOrEqual(4);
    expect(r.clarify!.choices[0]!.label.vi).toBeTruthy();
  });

  it('works in English', () => {
    expect(ask(catalog, 'lost driving licence', { locale: 'en' }).candidates[0]!.id).toBe('driving-license-reissue');
  });

  it('gives nothing for nonsense or an empty question, without throwing', () => {
    expect(ask(catalog, '').candidates).toEqual([]);
    expect(ask(catalog, 'qqqxxzz').candidates).toEqual([]);
  });
});
