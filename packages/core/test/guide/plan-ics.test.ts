import { describe, expect, it } from 'vitest';
import { planIcs, type PersonalPlan } from '../../src/index.js';
import { answerAll, current, startGuide } from '../../src/guide/index.js';
import { sampleCatalog } from '../helpers.js';
import { fixtureCatalog, TODAY } from './fixture.js';

const planOf = (catalog = fixtureCatalog(), target = 'permit', answers: Record<string, unknown> = { origin: 'here', expiry: '2027-06-01', groups: ['none'], copies: 1, channel: 'in-person' }) => {
  const r = answerAll(startGuide(catalog, target, { today: TODAY, submittedAt: '2026-12-30T10:00' }), answers);
  if (!r.ok) throw r.error;
  const step = current(r.value);
  if (step.status !== 'outcome' || step.outcome.kind !== 'plan') throw new Error('expected a plan');
  return step.outcome as PersonalPlan;
};
/** Unfolds lines and reads `NAME[;params]:value` pairs, as a calendar app does. */
const unfold = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
const NOW = new Date('2026-12-30T03:04:05Z');

describe('the .ics reminder of the expected result date', () => {
  it('is one all-day event on the expected date, at the office, with the link and an alarm', () => {
    const plan = planOf();
    const ics = planIcs(plan, { locale: 'en', summary: 'Result due: Permit exchange', description: 'Bring your ID card, to collect it.', url: 'https://agency.example/guide#g1.abc', now: NOW })!;
    const lines = unfold(ics);
    expect(plan.expectedDate).toBe('2027-01-07');
    expect(lines).toContain('DTSTART;VALUE=DATE:20270107');
    expect(lines).toContain('DTEND;VALUE=DATE:20270108');
    expect(lines).toContain('SUMMARY:Result due: Permit exchange');
    expect(lines).toContain('LOCATION:Public Administration Service Center\\, Le Loi Street');
    expect(lines).toContain('DESCRIPTION:Bring your ID card\\, to collect it.\\n\\nhttps://agency.example/guide#g1.abc');
    expect(lines).toContain('URL:https://agency.example/guide#g1.abc');
    expect(lines).toContain('DTSTAMP:20261230T030405Z');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines.filter((l) => l === 'BEGIN:VALARM')).toHaveLength(1);
    expect(ics.endsWith('\r\n')).toBe(true);
  });

  it('folds long lines at 75 octets without cutting a Vietnamese letter in two', () => {
    const summary = 'Ngày nhận kết quả: Đăng ký khai sinh, đăng ký thường trú và cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi';
    const ics = planIcs(planOf(), { locale: 'vi', summary, now: NOW })!;
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(unfold(ics)).toContain(`SUMMARY:${summary.replace(/,/g, '\\,')}`);
    expect(unfold(ics)).toContain('LOCATION:Trung tâm Phục vụ hành chính công\\, Đường Lê Lợi');
  });

  it('is the same file for the same plan, and a new one when the date moves', () => {
    const a = planIcs(planOf(), { locale: 'en', summary: 'x', now: NOW });
    expect(planIcs(planOf(), { locale: 'en', summary: 'x', now: NOW })).toBe(a);
    const uid = (s: string) => unfold(s).find((l) => l.startsWith('UID:'));
    const online = planOf(undefined, 'permit', { origin: 'here', expiry: '2027-06-01', groups: ['none'], copies: 1, channel: 'online' });
    expect(uid(planIcs(online, { locale: 'en', summary: 'x', now: NOW })!)).not.toBe(uid(a!));
  });

  it('reminds of the latest date of a life event', () => {
    const plan = planOf(sampleCatalog(), 'having-a-baby', {
      'birth-registration.born-in': 'vietnam', 'birth-registration.parents-nationality': 'both-vietnamese', 'birth-registration.birth-notice': 'hospital',
      'birth-registration.birth-date': '2026-12-01', 'birth-registration.parents-married': true, 'birth-registration.who-registers': 'parent',
      'birth-registration.extra-copies': 1, 'birth-registration.channel': 'in-person', 'permanent-residence-registration.case': 'newborn',
      'permanent-residence-registration.linked': true, 'child-health-insurance.birth-registered': 'linked', 'child-health-insurance.channel': 'ward-office',
    });
    const ics = planIcs(plan, { locale: 'en', summary: 'Having a baby', now: NOW })!;
    expect(unfold(ics)).toContain(`DTSTART;VALUE=DATE:${plan.expectedDate!.replace(/-/g, '')}`);
  });

  it('has nothing to remind of when the date could not be counted', () => {
    const plan = { ...planOf(), expectedDate: undefined };
    expect(planIcs(plan, { locale: 'en', summary: 'x' })).toBeUndefined();
  });
});
