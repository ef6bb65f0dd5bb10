/**
 * A procedure or channel with its own cut-off hour: birth registration counts a dossier handed in
 * after 15:00 from the next working day, although the calendar's cut-off is 16:00.
 */
import { describe, expect, it } from 'vitest';
import { countingStart, resultDate, type Catalog, type PersonalPlan } from '../../src/index.js';
import { answerAll, current, startGuide } from '../../src/guide/index.js';
import { sampleCatalog } from '../helpers.js';
import { fixtureCatalog, FILES, fixtureProblems, TODAY } from './fixture.js';

const planAt = (catalog: Catalog, target: string, submittedAt: string, answers: Record<string, unknown>): PersonalPlan => {
  const r = answerAll(startGuide(catalog, target, { today: TODAY, submittedAt }), answers);
  if (!r.ok) throw r.error;
  const step = current(r.value);
  if (step.status !== 'outcome' || step.outcome.kind !== 'plan') throw new Error('expected a plan');
  return step.outcome;
};

describe('the counting start with a cut-off of its own', () => {
  const calendars = sampleCatalog().calendars;
  it.each([
    ['before 15:00: that day', '2026-12-30T14:59', '15:00', '2026-12-30'],
    ['at 15:00 exactly: still that day', '2026-12-30T15:00', '15:00', '2026-12-30'],
    ['after 15:00: the next working day', '2026-12-30T15:01', '15:00', '2026-12-31'],
    ['after 15:00 on a Thursday before New Year and a weekend', '2026-12-31T15:30', '15:00', '2027-01-04'],
    ['a later cut-off than the calendar’s: 16:30 still counts that day', '2026-12-30T16:20', '17:00', '2026-12-30'],
    ['without its own: the calendar’s 16:00', '2026-12-30T15:30', undefined, '2026-12-30'],
  ])('%s', (_what, at, cutoff, expected) => {
    expect(countingStart(calendars, at, cutoff)).toBe(expected);
    expect(resultDate(calendars, at, { value: 0, unit: 'working-days' }, undefined, cutoff)).toEqual({ receivedOn: expected, date: expected });
  });
});

describe('the plan’s expected date uses the procedure’s or channel’s cut-off', () => {
  const birth = {
    'born-in': 'vietnam', 'parents-nationality': 'both-vietnamese', 'birth-notice': 'hospital', 'birth-date': '2026-12-01',
    'parents-married': true, 'who-registers': 'parent', 'extra-copies': 0, channel: 'in-person',
  };
  it.each([
    ['14:30, before the 15:00 cut-off: the same day', '2026-12-30T14:30', '2026-12-30'],
    ['15:30, after 15:00 (but before the calendar’s 16:00): the next working day', '2026-12-30T15:30', '2026-12-31'],
  ])('birth registration in person at %s', (_what, at, expected) => {
    const plan = planAt(sampleCatalog(), 'birth-registration', at, birth);
    expect(plan.expectedDate).toBe(expected);
    expect(plan.procedures[0]!.expected?.receivedOn).toBe(expected);
  });

  const withCutoffs = (procedure: string, channel: string) =>
    fixtureCatalog({
      'procedures/permit.yaml': FILES['procedures/permit.yaml']!
        .replace('processingTime: { value: 5, unit: working-days }\nsteps:', `processingTime: { value: 5, unit: working-days }\n${procedure}steps:`)
        .replace('    url: https://dichvucong.gov.vn\n', `    url: https://dichvucong.gov.vn\n${channel}`),
    });
  const permit = (channel: string) => ({ origin: 'here', expiry: '2027-06-01', groups: ['none'], copies: 1, channel });

  it.each([
    { name: 'no cut-off of its own: the calendar’s 16:00', procedure: '', channel: '', via: 'in-person', receivedOn: '2026-12-30' },
    { name: 'the procedure’s 15:00', procedure: 'cutoff: "15:00"\n', channel: '', via: 'in-person', receivedOn: '2026-12-31' },
    { name: 'the procedure’s 15:00 applies to every channel', procedure: 'cutoff: "15:00"\n', channel: '', via: 'online', receivedOn: '2026-12-31' },
    { name: 'the online channel’s 23:59 wins over the procedure’s', procedure: 'cutoff: "15:00"\n', channel: '    cutoff: "23:59"\n', via: 'online', receivedOn: '2026-12-30' },
    { name: 'the channel’s cut-off is only for that channel', procedure: 'cutoff: "15:00"\n', channel: '    cutoff: "23:59"\n', via: 'in-person', receivedOn: '2026-12-31' },
  ])('$name', ({ procedure, channel, via, receivedOn }) => {
    const plan = planAt(withCutoffs(procedure, channel), 'permit', '2026-12-30T15:30', permit(via));
    expect(plan.procedures[0]!.expected?.receivedOn).toBe(receivedOn);
  });

  it('rejects a cut-off that is not an hour of the day, naming the field', () => {
    const problems = fixtureProblems({ 'procedures/permit.yaml': FILES['procedures/permit.yaml']!.replace('processingTime: { value: 5, unit: working-days }\nsteps:', 'processingTime: { value: 5, unit: working-days }\ncutoff: "3pm"\nsteps:') });
    expect(problems.filter((p) => p.severity === 'error').map((p) => [p.file, p.path])).toEqual([['procedures/permit.yaml', 'cutoff']]);
  });
});
