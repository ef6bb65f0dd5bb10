/**
 * Which office's hours count a result due in working hours, and how a journey's checklist joins
 * documents named alike: two papers of one procedure stay two lines, another procedure's paper of
 * the same name joins the first.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog, PersonalPlan } from '../../src/index.js';
import { answerAll, current, startGuide } from '../../src/guide/index.js';
import { fixtureCatalog, FILES, TODAY } from './fixture.js';

const planOf = (catalog: Catalog, target: string, answers: Record<string, unknown> = {}): PersonalPlan => {
  const r = answerAll(startGuide(catalog, target, { today: TODAY, submittedAt: '2026-12-30T10:00' }), answers);
  if (!r.ok) throw r.error;
  const step = current(r.value);
  if (step.status !== 'outcome' || step.outcome.kind !== 'plan') throw new Error('expected a plan');
  return step.outcome;
};

const agency = (id: string, days: string, opens: string, closes: string) => `id: ${id}
name: { vi: Chi nhánh ${id}, en: Branch ${id} }
level: [commune]
address: { vi: Đường ${id}, en: ${id} Street }
openingHours:
  - days: [${days}]
    opens: "${opens}"
    closes: "${closes}"
phone: "0274 3000 000"
`;

/** The stamp (4 working hours) received at `office` although its receiving agency is the center. */
const stampAt = (office: string) =>
  fixtureCatalog({
    'agencies/branch.yaml': agency('branch', 'mon, tue, wed, thu, fri', '08:00', '12:00'),
    'agencies/weekend.yaml': agency('weekend', 'sat', '08:00', '12:00'),
    'procedures/stamp.yaml': FILES['procedures/stamp.yaml']!.replace('  - id: in-person\n    type: in-person\n    agency: center\n', `  - id: in-person\n    type: in-person\n    agency: ${office}\n`),
  });

describe('working hours are counted in the hours of the office that receives the dossier', () => {
  it.each([
    ['the channel’s own office, open mornings only: two hours today, two tomorrow', 'branch', '2026-12-31T10:00'],
    ['the receiving agency (07:30–16:30 without a break)', 'center', '2026-12-30T14:00'],
    ['an office without weekday hours: the usual 07:30–11:30, 13:00–17:00', 'weekend', '2026-12-30T15:30'],
  ])('%s', (_what, office, dateTime) => {
    const p = planOf(stampAt(office), 'stamp');
    expect(p.procedures[0]!.expected?.dateTime).toBe(dateTime);
    expect(p.channel.office?.id).toBe(office);
  });
});

describe('a journey’s checklist', () => {
  // The permit asks for both sides of the ID card as two papers with the same name.
  const twoSides = fixtureCatalog({
    'procedures/permit.yaml': FILES['procedures/permit.yaml']!.replace(
      '      - id: id-card\n        name: { vi: Căn cước công dân, en: Citizen ID card }\n        quantity: 1\n        form: copy\n',
      '      - id: id-card\n        name: { vi: Căn cước công dân, en: Citizen ID card }\n        quantity: 1\n        form: copy\n'
        + '      - id: id-card-back\n        name: { vi: Căn cước công dân, en: Citizen ID card }\n        quantity: 1\n        form: copy\n',
    ),
    'procedures/other-permit.yaml': FILES['procedures/other-permit.yaml']!.replace('name: { vi: Căn cước công dân, en: Citizen ID card }', 'name: { vi: Thẻ căn cước, en: Citizen ID card }'),
  });
  const answers = {
    'permit.origin': 'here', 'permit.expiry': '2027-06-01', 'permit.groups': ['none'], 'permit.copies': 1, 'permit.channel': 'in-person',
    'other-permit.applicant': 'individual', 'other-permit.channel': 'in-person',
  };

  it('keeps two papers of one procedure, and joins the next procedure’s paper to the first of them, by any language’s name', () => {
    const p = planOf(twoSides, 'big-day', answers);
    const cards = p.documents.filter((d) => d.name.en === 'Citizen ID card');
    expect(cards.map((d) => [d.id, d.procedures, d.quantity])).toEqual([
      ['id-card', ['permit', 'other-permit', 'stamp'], 2],
      ['id-card-back', ['permit'], 1],
    ]);
  });

  it('keeps apart two forms whose names differ only in where their spaces are', () => {
    const card = 'name: { vi: Căn cước công dân, en: Citizen ID card }';
    const forms = fixtureCatalog({
      'procedures/permit.yaml': FILES['procedures/permit.yaml']!.replace(card, 'name: { vi: Tờ khai mẫu 12 B, en: Form 12 B }'),
      'procedures/other-permit.yaml': FILES['procedures/other-permit.yaml']!.replace(card, 'name: { vi: Tờ khai mẫu 1 2B, en: Form 1 2B }'),
    });
    const p = planOf(forms, 'big-day', answers);
    expect(p.documents.filter((d) => d.name.en?.includes('Form')).map((d) => [d.procedures, d.name.en])).toEqual([
      [['permit'], 'Form 12 B'],
      [['other-permit'], 'Form 1 2B'],
    ]);
  });
});
