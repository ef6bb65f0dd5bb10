/**
 * A small catalog for engine tests: a permit with a flow that uses every question type, two
 * procedures without a flow (default flows) and a life event that joins them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileCatalog, loadSource, type SourceFile } from '../../src/build.js';
import type { Catalog, CatalogProblem } from '../../src/index.js';

const calendar = (year: number) => readFileSync(fileURLToPath(new URL(`../../../../catalog/calendars/${year}.yaml`, import.meta.url)), 'utf8');

export const TODAY = '2026-12-01';

export const PERMIT_GUIDE = `start: origin
questions:
  - id: origin
    type: single
    prompt: { vi: Giấy phép của bạn do đâu cấp?, en: Where was your permit issued? }
    help: { vi: "Xem **mặt sau** của giấy phép.", en: "Look at the **back** of the permit." }
    options:
      - value: here
        label: { vi: Trong nước, en: In this country }
      - value: abroad
        label: { vi: Nước ngoài, en: Abroad }
        effects:
          - route: other-permit
            why: { vi: Giấy phép nước ngoài được đổi theo thủ tục khác., en: Foreign permits are exchanged under another procedure. }
    next: expiry
  - id: expiry
    type: date
    prompt: { vi: Giấy phép hết hạn ngày nào?, en: When does the permit expire? }
    earliest: 1990-01-01
    next:
      - when: { answer: expiry, monthsBefore: submission, greaterThan: 3 }
        goto: reason
      - goto: groups
  - id: reason
    type: yes-no
    prompt: { vi: Bạn có lý do chính đáng cho việc chậm đổi không?, en: Did you have a good reason for the delay? }
    next: groups
  - id: groups
    type: multiple
    prompt: { vi: Bạn thuộc nhóm nào?, en: Which of these are you? }
    options:
      - value: student
        label: { vi: Sinh viên, en: A student }
        effects:
          - discountFee: standard
      - value: merit
        label: { vi: Người có công, en: A person with merit }
        effects:
          - require: merit
          - waiveFee: standard
            why: { vi: Người có công được miễn phí., en: People with merit pay nothing. }
      - value: none
        label: { vi: Không thuộc nhóm nào, en: None of these }
        exclusive: true
    next: copies
  - id: copies
    type: number
    prompt: { vi: Bạn cần mấy bản?, en: How many copies do you need? }
    min: 1
    max: 10
    integer: true
    unit: { vi: bản, en: copies }
    effects:
      - addFee: extra-copy
        quantity: { answer: copies, minus: 2 }
    next: channel
  - id: channel
    type: single
    prompt: { vi: Bạn nộp bằng cách nào?, en: How will you apply? }
    options:
      - value: in-person
        label: { vi: Trực tiếp, en: In person }
        effects: [{ channel: in-person }]
      - value: online
        label: { vi: Trực tuyến, en: Online }
        effects:
          - channel: online
          - drop: form
          - tip: { vi: Chuẩn bị tài khoản VNeID mức 2., en: Have a level-2 VNeID account ready. }
rules:
  - when:
      all:
        - { answer: expiry, monthsBefore: submission, greaterThan: 3 }
        - { answer: reason, equals: false }
    effects:
      - notEligible:
          reason: { vi: Giấy phép đã quá hạn hơn 3 tháng., en: The permit expired more than 3 months ago. }
          instead: { vi: Làm thủ tục cấp mới., en: Apply for a new permit. }
  - when: { answer: expiry, monthsBefore: submission, greaterThan: 3 }
    effects:
      - addFee: late
      - note: { vi: Bạn nộp thêm lệ phí quá hạn., en: A late fee applies. }
`;

export const FILES: Record<string, string> = {
  'catalog.yaml': `id: test-catalog
title: { vi: Danh mục thử, en: Test catalog }
publisher: { vi: Nhóm thử, en: Test team }
locales: [vi, en]
defaultLocale: vi
sample: true
helpAgency: center
`,
  'fields.yaml': `fields:
  - id: permits
    name: { vi: Giấy phép, en: Permits }
`,
  'agencies/center.yaml': `id: center
name: { vi: Trung tâm Phục vụ hành chính công, en: Public Administration Service Center }
level: [province]
address: { vi: Đường Lê Lợi, en: Le Loi Street }
openingHours:
  - days: [mon, tue, wed, thu, fri]
    opens: "07:30"
    closes: "16:30"
phone: "0274 3822 822"
hotline: "1022"
`,
  'procedures/permit.yaml': `id: permit
name: { vi: Đổi giấy phép, en: Permit exchange }
summary: { vi: Đổi giấy phép., en: Exchange a permit. }
aliases: { vi: [đổi giấy phép], en: [permit renewal] }
field: permits
level: [province]
audience: [individual]
competentAgency: center
receivingAgencies: [center]
channels:
  - id: in-person
    type: in-person
    agency: center
    processingTime: { value: 5, unit: working-days }
  - id: online
    type: online
    url: https://dichvucong.gov.vn
    processingTime: { value: 3, unit: working-days }
documentGroups:
  - id: standard
    title: { vi: Hồ sơ chung, en: Standard }
    documents:
      - id: form
        name: { vi: Tờ khai, en: Application form }
        quantity: 1
        form: original
        template: https://example.gov.vn/form.pdf
      - id: id-card
        name: { vi: Căn cước công dân, en: Citizen ID card }
        quantity: 1
        form: copy
  - id: merit-case
    title: { vi: Người có công, en: People with merit }
    appliesWhen: { vi: Bạn là người có công., en: You are a person with merit. }
    documents:
      - id: merit
        name: { vi: Giấy xác nhận người có công, en: Certificate of merit }
        quantity: 1
        form: certified-copy
fees:
  - id: standard
    label: { vi: Lệ phí, en: Fee }
    amount: 200000
    currency: VND
    reductions:
      - label: { vi: Sinh viên, en: Students }
        percent: 50
  - id: extra-copy
    label: { vi: Bản thứ 3 trở đi, en: Each copy beyond the second }
    amount: 5000
    currency: VND
    applies: on-request
    per: { vi: mỗi bản, en: per copy }
  - id: late
    label: { vi: Lệ phí quá hạn, en: Late fee }
    amount: 50000
    currency: VND
    applies: case
    conditions: { vi: Khi quá hạn hơn 3 tháng., en: When more than 3 months late. }
processingTime: { value: 5, unit: working-days }
steps:
  - title: { vi: Nộp hồ sơ, en: Apply }
  - title: { vi: Nhận kết quả, en: Collect the result }
result:
  name: { vi: Giấy phép mới, en: New permit }
legalBasis:
  - number: 1/2026/QH
    title: { vi: Luật Giấy phép, en: Permit Law }
updated: 2026-01-10
`,
  'guides/permit.yaml': PERMIT_GUIDE,
  'procedures/other-permit.yaml': `id: other-permit
name: { vi: Đổi giấy phép nước ngoài, en: Foreign permit exchange }
summary: { vi: Đổi giấy phép nước ngoài., en: Exchange a foreign permit. }
aliases: { vi: [giấy phép nước ngoài], en: [foreign permit] }
field: permits
level: [province]
audience: [individual, organisation]
competentAgency: center
receivingAgencies: [center]
channels:
  - id: in-person
    type: in-person
    agency: center
  - id: postal
    type: postal
    agency: center
    homePickup: true
    resultByPost: true
documentGroups:
  - id: standard
    title: { vi: Hồ sơ chung, en: Standard }
    documents:
      - id: form
        name: { vi: Tờ khai đổi giấy phép nước ngoài, en: Foreign permit form }
        quantity: 1
        form: original
      - id: citizen-id
        name: { vi: Căn cước công dân, en: Citizen ID card }
        quantity: 2
        form: copy
fees:
  - id: standard
    label: { vi: Lệ phí, en: Fee }
    amount: 135000
    currency: VND
processingTime: { value: 10, unit: working-days }
steps:
  - title: { vi: Nộp hồ sơ, en: Apply }
result:
  name: { vi: Giấy phép, en: Permit }
legalBasis:
  - number: 1/2026/QH
    title: { vi: Luật Giấy phép, en: Permit Law }
updated: 2026-01-10
`,
  'procedures/stamp.yaml': `id: stamp
name: { vi: Đóng dấu, en: Stamp }
summary: { vi: Đóng dấu., en: Get a stamp. }
aliases: { vi: [đóng dấu], en: [stamp] }
field: permits
level: [commune]
audience: [individual]
competentAgency: center
receivingAgencies: [center]
channels:
  - id: in-person
    type: in-person
    agency: center
documentGroups:
  - id: standard
    title: { vi: Hồ sơ chung, en: Standard }
    documents:
      - id: id-card
        name: { vi: Căn cước công dân, en: Citizen ID card }
        quantity: 1
        form: copy
fees: []
processingTime: { value: 4, unit: working-hours }
steps:
  - title: { vi: Đóng dấu, en: Get the stamp }
result:
  name: { vi: Dấu, en: Stamp }
legalBasis:
  - number: 2/2026/NĐ-CP
    title: { vi: Nghị định, en: Decree }
updated: 2026-01-10
`,
  'life-events/big-day.yaml': `id: big-day
kind: life
name: { vi: Ngày trọng đại, en: The big day }
summary: { vi: Mọi việc., en: Everything. }
procedures: [permit, other-permit, stamp]
`,
  'calendars/2026.yaml': calendar(2026),
  'calendars/2027.yaml': calendar(2027),
};

const encoder = new TextEncoder();

export function fixtureFiles(changes: Record<string, string | null> = {}): SourceFile[] {
  return Object.entries({ ...FILES, ...changes })
    .filter((e): e is [string, string] => e[1] !== null)
    .map(([path, text]) => ({ path, bytes: encoder.encode(text) }));
}

/** Loads and compiles the fixture; fails loudly when it does not load. */
export function fixtureCatalog(changes: Record<string, string | null> = {}): Catalog {
  const loaded = loadSource(fixtureFiles(changes), { today: TODAY });
  const errors = loaded.problems.filter((p) => p.severity === 'error');
  if (!loaded.catalog || errors.length) throw new Error(`fixture has errors:\n${errors.map(describe).join('\n')}`);
  return compileCatalog(loaded.catalog);
}

export function fixtureProblems(changes: Record<string, string | null> = {}): CatalogProblem[] {
  return loadSource(fixtureFiles(changes), { today: TODAY }).problems;
}

function describe(p: CatalogProblem): string {
  return `${p.file}:${p.line}:${p.column} ${p.path} ${p.message}`;
}
