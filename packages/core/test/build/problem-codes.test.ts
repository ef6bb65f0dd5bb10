/**
 * One negative case per problem code of the cross-checks: the file an editor broke, and the code,
 * field path and line the validator must point at. The codes are read from the source, so a new
 * code without a row here fails the test.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadSource } from '../../src/build.js';
import { formatProblem, type CatalogProblem } from '../../src/index.js';
import { MINIMAL_FILES, minimalFiles, procedureWith } from '../fixtures/minimal-catalog.js';

const TODAY = '2026-11-25';
const PROCEDURE = 'procedures/birth-registration.yaml';
const AGENCY = 'agencies/center.yaml';
const CALENDAR = 'calendars/2026.yaml';

const edit = (path: string, find: string, replace: string): Record<string, string> => {
  const text = MINIMAL_FILES[path]!;
  if (!text.includes(find)) throw new Error(`fixture edit did not apply to ${path}: ${find}`);
  return { [path]: text.replace(find, replace) };
};
/** The minimal procedure with its one fee replaced by these YAML lines (fees start at line 31). */
const fees = (yaml: string) => procedureWith(/fees:\n[\s\S]*?processingTime/, `fees:\n${yaml}processingTime`);
const LATE = '  - id: late\n    label: { vi: Lệ phí, en: Fee }\n    amount: 8000\n    currency: VND\n';

interface Row {
  code: string;
  /** The code the editor sees when an earlier stage catches the same mistake first. */
  reportedAs?: string;
  changes: Record<string, string | null>;
  file: string;
  path: string;
  line: number;
}

const ROWS: Row[] = [
  { code: 'unknown-locale', changes: edit('catalog.yaml', 'defaultLocale: vi', 'defaultLocale: fr'), file: 'catalog.yaml', path: 'defaultLocale', line: 5 },
  { code: 'missing-translation', changes: procedureWith('name: { vi: Đăng ký khai sinh, en: Birth registration }', 'name: { vi: Đăng ký khai sinh }'), file: PROCEDURE, path: 'name', line: 3 },
  { code: 'undeclared-locale', changes: procedureWith('en: Birth registration }', 'en: Birth registration, fr: Naissance }'), file: PROCEDURE, path: 'name.fr', line: 3 },
  { code: 'empty-text', changes: procedureWith("en: Register a child's birth.", 'en: " "'), file: PROCEDURE, path: 'summary.en', line: 6 },
  { code: 'duplicate-id', changes: procedureWith('  - id: online', '  - id: in-person'), file: PROCEDURE, path: 'channels[1].id', line: 19 },
  { code: 'unknown-agency', changes: procedureWith('competentAgency: center', 'competentAgency: centre'), file: PROCEDURE, path: 'competentAgency', line: 13 },
  { code: 'self-reference', changes: edit(AGENCY, 'hotline: "1022"', 'hotline: "1022"\nparent: center'), file: AGENCY, path: 'parent', line: 10 },
  { code: 'bad-hours', changes: edit(AGENCY, 'closes: "16:30"', 'closes: "07:30"'), file: AGENCY, path: 'openingHours[0]', line: 6 },
  {
    code: 'parent-cycle',
    changes: {
      ...edit(AGENCY, 'hotline: "1022"', 'hotline: "1022"\nparent: ward'),
      'agencies/ward.yaml': 'id: ward\nname: { vi: Phường, en: Ward }\nlevel: [commune]\naddress: { vi: Phường 1, en: Ward 1 }\nopeningHours:\n  - days: [mon]\n    opens: "07:30"\n    closes: "11:30"\nparent: center\n',
    },
    file: AGENCY, path: 'parent', line: 10,
  },
  { code: 'unknown-procedure', changes: edit('life-events/having-a-baby.yaml', 'procedures: [birth-registration]', 'procedures: [birth-registration, birth-registrtion]'), file: 'life-events/having-a-baby.yaml', path: 'procedures[1]', line: 5 },
  { code: 'date-outside-year', changes: edit(CALENDAR, 'date: 2026-01-01', 'date: 2025-01-01'), file: CALENDAR, path: 'holidays[0].date', line: 4 },
  {
    code: 'duplicate-date',
    changes: edit(CALENDAR, "name: { vi: Tết Dương lịch, en: New Year's Day }", "name: { vi: Tết Dương lịch, en: New Year's Day }\n  - date: 2026-01-01\n    kind: holiday\n    name: { vi: Tết, en: New Year }"),
    file: CALENDAR, path: 'holidays[1].date', line: 7,
  },
  { code: 'no-procedures', changes: { [PROCEDURE]: null, 'life-events/having-a-baby.yaml': null }, file: 'procedures/', path: '', line: 0 },
  { code: 'unknown-field-id', changes: procedureWith('field: civil-status', 'field: civil-statuses'), file: PROCEDURE, path: 'field', line: 10 },
  { code: 'missing-field', changes: procedureWith('    url: https://dichvucong.gov.vn\n', ''), file: PROCEDURE, path: 'channels[1]', line: 19 },
  { code: 'unknown-channel', changes: procedureWith('channels: [in-person]', 'channels: [post]'), file: PROCEDURE, path: 'fees[0].channels[0]', line: 35 },
  { code: 'malformed-amount', changes: procedureWith('amount: 8000', 'amount: 8.000'), file: PROCEDURE, path: 'fees[0].amount', line: 33 },
  { code: 'out-of-range', changes: fees(`${LATE}    reductions:\n      - label: { vi: Miễn, en: Waiver }\n        amount: 8001\n`), file: PROCEDURE, path: 'fees[0].reductions[0].amount', line: 37 },
  { code: 'lonely-fee-group', changes: fees(`${LATE}    oneOf: speed\n`), file: PROCEDURE, path: 'fees[0].oneOf', line: 35 },
  { code: 'future-date', changes: procedureWith('updated: 2026-01-10', 'updated: 2026-11-26'), file: PROCEDURE, path: 'updated', line: 44 },
  { code: 'duplicate-alias', changes: procedureWith('vi: [làm giấy khai sinh]', 'vi: [làm giấy khai sinh, "Làm giấy khai sinh "]'), file: PROCEDURE, path: 'aliases.vi[1]', line: 8 },
  // The cross-check keeps its own date check for catalogs built in code; from files, loading reports the date first.
  { code: 'malformed-date', reportedAs: 'impossible-date', changes: fees(`${LATE}    validTo: 2026-02-29\n`), file: PROCEDURE, path: 'fees[0].validTo', line: 35 },
  { code: 'bad-period', changes: fees(`${LATE}    validFrom: 2026-07-01\n    validTo: 2026-06-30\n`), file: PROCEDURE, path: 'fees[0].validTo', line: 36 },
  // Same-day overlap: the old fee's last day is the new fee's first day.
  { code: 'overlapping-fees', changes: fees(`${LATE}    validTo: 2026-06-30\n${LATE}    validFrom: 2026-06-30\n`), file: PROCEDURE, path: 'fees[1]', line: 36 },
];

/** Problem codes the cross-checks can report, read from their source. */
function crossCheckCodes(): string[] {
  const source = readFileSync(new URL('../../src/build/cross-check.ts', import.meta.url), 'utf8');
  const codes = [...source.matchAll(/'(?:error|warning)',\s*'([a-z]+(?:-[a-z]+)*)'|\bcode:\s*'([a-z]+(?:-[a-z]+)*)'/g)].map((m) => m[1] ?? m[2]!);
  return [...new Set(codes)].sort();
}

const load = (changes: Row['changes']) => loadSource(minimalFiles(changes), { today: TODAY }).problems;

describe('every cross-check problem code has a negative case', () => {
  it('has a row for each code in cross-check.ts', () => {
    const codes = crossCheckCodes();
    expect(codes.length).toBeGreaterThan(20);
    expect(codes.filter((code) => !ROWS.some((r) => r.code === code))).toEqual([]);
  });

  it.each(ROWS)('$code: $file $path line $line', ({ code, reportedAs, changes, file, path, line }) => {
    const problems = load(changes);
    const found = problems.filter((p) => p.code === (reportedAs ?? code));
    const shown = problems.map(formatProblem).join('\n');
    expect(found.map((p: CatalogProblem) => ({ file: p.file, path: p.path, line: p.line })), shown).toContainEqual({ file, path, line });
    expect(found.every((p) => p.message.length > 0 && p.hint), shown).toBe(true);
  });
});

describe('boundaries the checks must get right', () => {
  it('a fee that starts the day after the old one ends does not overlap', () => {
    expect(load(fees(`${LATE}    validTo: 2026-06-30\n${LATE}    validFrom: 2026-07-01\n`))).toEqual([]);
  });

  it('fees of the same id on different channels do not overlap', () => {
    expect(load(fees(`${LATE}    channels: [in-person]\n${LATE}    channels: [online]\n`))).toEqual([]);
  });

  it('a one-day fee period (validFrom = validTo) is valid', () => {
    expect(load(fees(`${LATE}    validFrom: 2026-06-30\n    validTo: 2026-06-30\n`))).toEqual([]);
  });

  it('a reduction equal to the fee is allowed', () => {
    expect(load(fees(`${LATE}    reductions:\n      - label: { vi: Miễn, en: Waiver }\n        amount: 8000\n`))).toEqual([]);
  });

  it('updated today is not in the future', () => {
    expect(load(procedureWith('updated: 2026-01-10', `updated: ${TODAY}`))).toEqual([]);
  });

  it('an agency that opens at the minute it closes is reported; one minute later is fine', () => {
    expect(load(edit(AGENCY, 'opens: "07:30"', 'opens: "16:30"')).map((p) => p.code)).toEqual(['bad-hours']);
    expect(load(edit(AGENCY, 'opens: "07:30"', 'opens: "16:29"'))).toEqual([]);
  });

  it('an online channel with its url and an office channel with its agency need nothing more', () => {
    expect(load({})).toEqual([]);
  });
});
