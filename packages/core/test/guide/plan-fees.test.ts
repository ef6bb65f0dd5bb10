/**
 * What a citizen reads in the plan of a trading licence (licence-fixture.ts): each fee line with
 * its reduction and reason, the fees that may apply, the checklist and the due date, for every way
 * the flow's effects change them, on both sides of a fee's change of amount on 1 January 2027.
 */
import { describe, expect, it } from 'vitest';
import { endingView, planView, type Catalog, type GuideEnding, type GuideOutcome, type PersonalPlan } from '../../src/index.js';
import { answerAll, current, startGuide } from '../../src/guide/index.js';
import { fixtureCatalog, FILES, TODAY } from './fixture.js';
import { LICENCE, LICENCE_FILES, LICENCE_GUIDE } from './licence-fixture.js';

const catalog = fixtureCatalog(LICENCE_FILES);

const outcomeOf = (answers: Record<string, unknown>, options: { at?: string; target?: string; from?: Catalog } = {}): GuideOutcome => {
  const r = answerAll(startGuide(options.from ?? catalog, options.target ?? 'licence', { today: TODAY, submittedAt: options.at ?? '2026-12-30T10:00' }), answers);
  if (!r.ok) throw r.error;
  const step = current(r.value);
  if (step.status !== 'outcome') throw new Error(`expected an outcome, got question ${step.question.key}`);
  return step.outcome;
};
const planOf = (answers: Record<string, unknown>, options: { at?: string; target?: string; from?: Catalog } = {}): PersonalPlan => {
  const o = outcomeOf(answers, options);
  if (o.kind !== 'plan') throw new Error(`expected a plan, got ${o.kind}`);
  return o;
};
const en = (p: PersonalPlan) => planView(p, { locale: 'en', text: 'plain' });

const HOME = { premises: 'home', speed: 'normal', 'copies-wanted': false, group: 'none', channel: 'in-person' };
const line = (id: string, unitAmount: number, extra: Record<string, unknown> = {}) => {
  const quantity = (extra.quantity as number | undefined) ?? 1;
  const reduction = (extra.reduction as number | undefined) ?? 0;
  return { id, procedure: 'licence', quantity, unitAmount, amount: unitAmount * quantity, reduction, total: unitAmount * quantity - reduction, waived: false, ...extra };
};

describe('fee lines of the plan', () => {
  it('the standard case: the charge and the default of a group of alternatives; the rest may apply', () => {
    const p = planOf(HOME);
    expect(en(p).fees.items).toMatchObject([line('licence', 300000, { label: 'Licence charge' }), line('normal', 50000, { label: 'Normal handling' })]);
    expect(p.fees.items.map((f) => [f.id, f.kind])).toEqual([['licence', 'charge'], ['normal', undefined]]);
    expect(p.fees.total).toBe(350000);
    expect(en(p).fees.mayApply).toEqual([
      { id: 'express', procedure: 'licence', label: 'Express handling', amount: 150000, formatted: 'VND\u00a0150,000' },
      { id: 'copy', procedure: 'licence', label: 'Extra copy', amount: 20000, formatted: 'VND\u00a020,000', per: 'per copy' },
      { id: 'inspection', procedure: 'licence', label: 'Site inspection', amount: 70000, formatted: 'VND\u00a070,000', conditions: 'When you have a shop.' },
    ]);
  });

  it.each([
    ['on the last day of the old amount', '2026-12-31T10:00', 300000],
    ['after the cut-off on that last day: the amount of the day it was handed in', '2026-12-31T16:30', 300000],
    ['on the first working day of the new amount', '2027-01-04T10:00', 400000],
  ])('a charge that changes on 1 January 2027, %s', (_what, at, amount) => {
    const p = planOf(HOME, { at });
    expect(p.fees.items[0]).toMatchObject({ id: 'licence', unitAmount: amount, amount, total: amount });
    expect(p.fees.total).toBe(amount + 50000);
  });

  it('express handling replaces its alternative, says why, and shortens the due date', () => {
    const p = planOf({ ...HOME, speed: 'express' });
    expect(en(p).fees.items.map((f) => [f.id, f.total, f.why])).toEqual([['licence', 300000, undefined], ['express', 150000, 'You chose express handling.']]);
    expect(en(p).fees.mayApply.map((f) => f.id)).toEqual(['copy', 'inspection']);
    expect(en(p).procedures[0]!.processingTime).toEqual({ value: 1, unit: 'working-days', from: 'From a complete dossier', why: 'Express handling takes one day.' });
    expect(p.expectedDate).toBe('2026-12-31');
  });

  it('waived: the whole amount is taken off, with the reason, and no reduction label', () => {
    const p = planOf({ ...HOME, group: 'veteran' });
    expect(en(p).fees.items[0]).toEqual({
      ...line('licence', 300000, { reduction: 300000 }), label: 'Licence charge', formatted: 'VND\u00a00', waived: true, why: 'Veterans pay nothing.',
    });
    expect(p.fees.total).toBe(50000);
  });

  it.each([
    ['the last day of 2026', '2026-12-31T10:00', 300000, 100000, 'Poor households', 'With a poor-household book.'],
    ['the first working day of 2027: the reduction of the amount then in force', '2027-01-04T10:00', 400000, 150000, 'Poor households (from 2027)', 'With a poor or near-poor household book.'],
  ])('the fee’s own listed reduction, with its label and condition as the reason, on %s', (_what, at, amount, reduction, reductionLabel, why) => {
    const p = planOf({ ...HOME, group: 'poor' }, { at });
    expect(en(p).fees.items[0]).toMatchObject({ ...line('licence', amount, { reduction }), reductionLabel, why });
    expect(p.fees.total).toBe(amount - reduction + 50000);
  });

  it('a percentage from the flow, without a label', () => {
    const p = planOf({ ...HOME, group: 'student' });
    const licence = en(p).fees.items[0]!;
    expect(licence).toMatchObject(line('licence', 300000, { reduction: 30000 }));
    expect(licence.reductionLabel).toBeUndefined();
    expect(licence.why).toBeUndefined();
  });

  it('an amount from the flow larger than the fee takes off the fee, never more', () => {
    const p = planOf({ ...HOME, group: 'partner' });
    expect(en(p).fees.items[0]).toMatchObject({ ...line('licence', 300000, { reduction: 300000 }), waived: false, why: 'Partners get a reduction.' });
    // Waiving express handling that was not chosen changes nothing: there is no line for it.
    expect(p.fees.items.map((f) => f.id)).toEqual(['licence', 'normal']);
    expect(p.fees.total).toBe(50000);
  });
});

describe('a flow that settles a fee twice', () => {
  const POOR = '        effects:\n          - discountFee: licence\n      - value: veteran\n';
  const POOR_WITH_REASON = '        effects:\n          - discountFee: licence\n            why: { vi: Giảm theo sổ hộ nghèo., en: Reduced with your household book. }\n      - value: veteran\n';
  const withReason = { ...LICENCE_FILES, 'guides/licence.yaml': LICENCE_GUIDE.replace(POOR, POOR_WITH_REASON) };
  // The charge in force from 2027 lists no reduction of its own.
  const REDUCTION_2027 = '    reductions:\n      - label: { vi: Hộ nghèo (từ 2027), en: Poor households (from 2027) }\n        amount: 150000\n        condition: { vi: Có sổ hộ nghèo hoặc cận nghèo., en: With a poor or near-poor household book. }\n';
  const noReduction2027 = (files: Record<string, string>) => ({ ...files, 'procedures/licence.yaml': LICENCE.replace(REDUCTION_2027, '') });

  it('a rule that adds express handling again keeps the partner’s waiver of it', () => {
    const rerun = fixtureCatalog({ ...LICENCE_FILES, 'guides/licence.yaml': `${LICENCE_GUIDE}  - when: { answer: group, equals: partner }\n    effects:\n      - addFee: express\n` });
    const p = planOf({ ...HOME, speed: 'express', group: 'partner' }, { from: rerun });
    expect(p.fees.items.map((f) => [f.id, f.waived, f.total])).toEqual([['licence', false, 0], ['express', true, 0]]);
    expect(p.fees.total).toBe(0);
  });

  it('the flow’s reason for a listed reduction wins over the reduction’s own condition', () => {
    const p = planOf({ ...HOME, group: 'poor' }, { from: fixtureCatalog(withReason) });
    expect(en(p).fees.items[0]).toMatchObject({ ...line('licence', 300000, { reduction: 100000 }), reductionLabel: 'Poor households', why: 'Reduced with your household book.' });
  });

  it.each([
    ['without a reason: a plain line', LICENCE_FILES, undefined],
    ['with the flow’s reason: the line keeps it', withReason, 'Reduced with your household book.'],
  ])('a listed reduction asked when the amount in force lists none takes nothing off, %s', (_what, files, why) => {
    const p = planOf({ ...HOME, group: 'poor' }, { at: '2027-01-04T10:00', from: fixtureCatalog(noReduction2027(files)) });
    const licence = en(p).fees.items[0]!;
    expect(licence).toMatchObject(line('licence', 400000));
    expect(licence.reductionLabel).toBeUndefined();
    expect(licence.why).toBe(why);
    expect(p.fees.total).toBe(450000);
  });
});

describe('fees counted from an answer', () => {
  it('copies beyond the first, with the listed percentage off each', () => {
    const p = planOf({ ...HOME, 'copies-wanted': true, copies: 3, group: 'veteran' });
    const copy = en(p).fees.items.find((f) => f.id === 'copy')!;
    expect(copy).toMatchObject({ ...line('copy', 20000, { quantity: 2, reduction: 10000 }), per: 'per copy', reductionLabel: 'Students', why: 'Copies are charged one by one.' });
  });

  it('a fraction of a copy is not charged', () => {
    const p = planOf({ ...HOME, 'copies-wanted': true, copies: 2.7 });
    expect(p.fees.items.find((f) => f.id === 'copy')).toMatchObject({ quantity: 1, amount: 20000 });
  });

  it('one copy, the free one: no line, and not listed as a fee that may apply', () => {
    const p = planOf({ ...HOME, 'copies-wanted': true, copies: 1 });
    expect(p.fees.items.map((f) => f.id)).toEqual(['licence', 'normal']);
    expect(p.fees.mayApply.map((f) => f.id)).toEqual(['express', 'inspection']);
  });

  it('an amount off per copy is counted for each copy', () => {
    const p = planOf({ ...HOME, 'copies-wanted': true, copies: 4, group: 'partner' });
    expect(p.fees.items.find((f) => f.id === 'copy')).toMatchObject({ quantity: 3, amount: 60000, reduction: 15000, total: 45000 });
  });

  it('a market stall pays for every copy, keeping the reduction already given', () => {
    const p = planOf({ ...HOME, premises: 'stall', 'copies-wanted': true, copies: 2, group: 'student' });
    expect(p.fees.items.find((f) => f.id === 'copy')).toMatchObject({ quantity: 2, amount: 40000, reduction: 10000, total: 30000 });
    // The rule gives no reason of its own, so the question's reason stays.
    expect(en(p).fees.items.find((f) => f.id === 'copy')!.why).toBe('Copies are charged one by one.');
    expect(p.fees.total).toBe(270000 + 50000 + 30000);
  });

  it('counted from a question that was never asked: no fee at all', () => {
    const p = planOf({ ...HOME, premises: 'stall' });
    expect(p.fees.items.map((f) => f.id)).toEqual(['licence', 'normal']);
    // The flow settled the copies and the inspection, so they are not "may apply" either.
    expect(p.fees.mayApply.map((f) => f.id)).toEqual(['express']);
    expect(en(p).tips).toEqual(['Bring the stall lease.']);
  });
});

describe('fees for one channel', () => {
  it('an inspection at the office is charged in person', () => {
    const p = planOf({ ...HOME, premises: 'shop' });
    expect(en(p).fees.items.map((f) => [f.id, f.total, f.why])).toEqual([['licence', 300000, undefined], ['normal', 50000, undefined], ['inspection', 140000, 'Shops are inspected twice.']]);
    expect(p.fees.items[2]).toMatchObject({ quantity: 2, unitAmount: 70000, amount: 140000 });
    expect(p.fees.items[2]!.kind).toBe('fee');
    expect(p.fees.mayApply.map((f) => f.id)).toEqual(['express', 'copy']);
  });

  it('and not online, where it does not apply', () => {
    const p = planOf({ ...HOME, premises: 'shop', channel: 'online' });
    expect(p.fees.items.map((f) => f.id)).toEqual(['licence', 'normal']);
    expect(p.fees.total).toBe(350000);
  });

  it('a fee for one channel is not listed as possible on another', () => {
    const p = planOf({ ...HOME, channel: 'online' });
    expect(p.fees.mayApply.map((f) => f.id)).toEqual(['express', 'copy']);
  });
});

describe('the checklist', () => {
  it('drops a document the flow says is not needed', () => {
    expect(planOf(HOME).documents.map((d) => d.id)).toEqual(['form', 'citizen-card']);
  });

  it('a whole group, in the procedure’s order, with the group’s case as the reason', () => {
    const docs = en(planOf({ ...HOME, premises: 'shop' })).documents;
    expect(docs.map((d) => [d.id, d.groups, d.why])).toEqual([
      ['form', ['standard'], undefined], ['photo', ['standard'], undefined], ['citizen-card', ['standard'], undefined],
      ['lease', ['shop'], 'You have a shop.'], ['floor-plan', ['shop'], 'You have a shop.'],
    ]);
  });

  it('one document of a group, with the flow’s reason', () => {
    const docs = en(planOf({ ...HOME, premises: 'stall' })).documents;
    // A rule then asks for the shop's papers without a reason: the lease keeps the flow's reason.
    expect(docs.map((d) => [d.id, d.why])).toEqual([
      ['form', undefined], ['photo', undefined], ['citizen-card', undefined], ['lease', 'A rented stall needs its lease.'], ['floor-plan', 'You have a shop.'],
    ]);
  });
});

describe('the rest of the plan', () => {
  it('channel, office, due date, steps, law once per number, notes', () => {
    const p = planOf(HOME);
    expect(p.channel).toMatchObject({ id: 'in-person', type: 'in-person', homePickup: false, resultByPost: false, office: { id: 'center', phone: '0274 3822 822', hotline: '1022' } });
    expect(en(p).procedures[0]!.processingTime).toEqual({ value: 5, unit: 'working-days', from: 'From a complete dossier' });
    expect(p.procedures[0]!.expected).toEqual({ receivedOn: '2026-12-30', date: '2027-01-07' });
    expect(p.expectedDate).toBe('2027-01-07');
    expect(en(p).steps).toEqual([{ procedure: 'licence', title: 'Apply', description: 'At counter 3.' }]);
    expect(p.legalBasis.map((l) => l.number)).toEqual(['1/2026/QH', '9/2026/NĐ-CP']);
    expect(p.notes).toEqual([]);
    expect(p.trace).toEqual(['premises=home', 'channel=in-person']);
  });

  it('online: the channel’s own processing time, no office, the flow’s note', () => {
    const p = planOf({ ...HOME, channel: 'online' });
    expect(p.channel).toEqual({ id: 'online', type: 'online', url: 'https://dichvucong.gov.vn', homePickup: false, resultByPost: false });
    // The channel's own time, without the procedure's words about it.
    expect(p.procedures[0]!.processingTime).toEqual({ value: 2, unit: 'working-days' });
    expect(p.expectedDate).toBe('2027-01-04');
    expect(en(p).notes).toEqual(['Upload scans.']);
    expect(p.documents.map((d) => d.id)).toEqual(['form']);
  });

  it.each([
    ['in person after the procedure’s 15:00 cut-off: received the next working day', 'in-person', '2026-12-31', '2027-01-08'],
    ['online, where the channel’s 23:59 cut-off wins: received that day', 'online', '2026-12-30', '2027-01-04'],
  ])('%s', (_what, channel, receivedOn, date) => {
    const p = planOf({ ...HOME, channel }, { at: '2026-12-30T15:30' });
    expect(p.procedures[0]!.expected).toEqual({ receivedOn, date });
  });

  it('a journey: one checklist entry for a document named alike (case, spaces), and traces per procedure', () => {
    const p = planOf(
      {
        'licence.premises': 'home', 'licence.speed': 'normal', 'licence.copies-wanted': false, 'licence.group': 'none', 'licence.channel': 'in-person',
        'permit.origin': 'here', 'permit.expiry': '2027-06-01', 'permit.groups': ['none'], 'permit.copies': 1, 'permit.channel': 'in-person',
      },
      { target: 'opening-a-shop' },
    );
    const card = p.documents.find((d) => d.id === 'citizen-card');
    expect(card).toMatchObject({ procedures: ['licence', 'permit'], groups: ['standard', 'standard'], quantity: 2, name: { vi: 'căn cước  công dân ' } });
    expect(p.documents.filter((d) => d.id === 'id-card')).toEqual([]);
    expect(p.trace).toEqual(['licence:premises=home', 'licence:channel=in-person', 'permit:copies', 'permit:channel=in-person']);
    expect(p.legalBasis.map((l) => l.number)).toEqual(['1/2026/QH', '9/2026/NĐ-CP']);
    expect(p.fees.total).toBe(350000 + 200000);
  });
});

describe('endings', () => {
  it('not needed: the reason, what to do instead, and who to call', () => {
    const o = outcomeOf({ premises: 'online-only' }) as GuideEnding;
    expect(o).toMatchObject({ kind: 'not-needed', at: 'premises=online-only', help: { agency: 'center' } });
    expect(endingView(o, { locale: 'en', text: 'plain' })).toEqual({
      kind: 'not-needed', procedure: 'licence', procedureName: 'Trading licence', trace: ['premises=online-only'],
      reason: 'Selling online needs no such licence.', instead: 'Register with the marketplace.',
      help: { name: 'Public Administration Service Center', hotline: '1022', phone: '0274 3822 822' },
    });
  });

  it('a route to a procedure the catalog no longer lists names it by its id', () => {
    const partial = { ...catalog, procedures: catalog.procedures.filter((p) => p.id !== 'other-permit') };
    const o = outcomeOf({ origin: 'abroad' }, { target: 'permit', from: partial }) as GuideEnding;
    expect(o.routeTo).toEqual({ id: 'other-permit', name: { vi: 'other-permit' } });
    expect(endingView(o, { locale: 'en', text: 'plain' })).toMatchObject({ kind: 'route', routeTo: { id: 'other-permit', name: 'other-permit' }, reason: 'Foreign permits are exchanged under another procedure.' });
    expect('instead' in o).toBe(false);
  });

  it('the help line falls back to the phone and the catalog’s website', () => {
    const noHotline = fixtureCatalog({
      ...LICENCE_FILES,
      'catalog.yaml': `${FILES['catalog.yaml']!}website: https://dichvucong.example.vn\n`,
      'agencies/center.yaml': FILES['agencies/center.yaml']!.replace('hotline: "1022"\n', ''),
    });
    const o = outcomeOf({ premises: 'online-only' }, { from: noHotline }) as GuideEnding;
    expect(o.help).toEqual({ agency: 'center', name: expect.objectContaining({ en: 'Public Administration Service Center' }), hotline: '0274 3822 822', phone: '0274 3822 822', website: 'https://dichvucong.example.vn' });
  });

  it('without a help agency there is no help line', () => {
    const noHelp = fixtureCatalog({ ...LICENCE_FILES, 'catalog.yaml': FILES['catalog.yaml']!.replace('helpAgency: center\n', '') });
    expect('help' in outcomeOf({ premises: 'online-only' }, { from: noHelp })).toBe(false);
    expect('help' in planOf(HOME, { from: noHelp })).toBe(false);
  });
});
