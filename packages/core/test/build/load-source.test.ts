import { describe, expect, it } from 'vitest';
// Modules, not the package entries: the mutation run imports this suite once per mutant.
import { loadSource } from '../../src/build/load-source.js';
import { MAX_SOURCE_FILE_BYTES } from '../../src/build/source-files.js';
import { formatProblem, type CatalogProblem } from '../../src/catalog/problem.js';
import { minimalFiles, procedureWith } from '../fixtures/minimal-catalog.js';

const TODAY = '2026-11-25';
const load = (changes: Parameters<typeof minimalFiles>[0] = {}) => loadSource(minimalFiles(changes), { today: TODAY });
const errors = (problems: CatalogProblem[]) => problems.filter((p) => p.severity === 'error');
const only = (problems: CatalogProblem[], code: string) => {
  const found = problems.filter((p) => p.code === code);
  expect(found, `expected a "${code}" problem, got: ${problems.map(formatProblem).join(' | ')}`).not.toHaveLength(0);
  return found[0]!;
};

describe('loading a valid source catalog', () => {
  it('assembles the catalog without problems', () => {
    const { catalog, problems } = load();
    expect(problems).toEqual([]);
    expect(catalog!.procedures.map((p) => p.id)).toEqual(['birth-registration']);
    expect(catalog!.agencies[0]!.name.en).toBe('Public Administration Service Center');
    expect(catalog!.calendars[0]!.year).toBe(2026);
  });
});

describe('each kind of bad input gets a located, actionable message', () => {
  it('malformed YAML', () => {
    const p = only(load(procedureWith('field: civil-status', 'field: [civil-status')).problems, 'yaml-syntax');
    expect(p.file).toBe('procedures/birth-registration.yaml');
    expect(p.line).toBeGreaterThan(0);
    expect(p.message).toMatch(/^YAML syntax/);
  });

  it('a text with a comma inside { vi: …, en: … }', () => {
    const p = only(load(procedureWith('name: { vi: Đăng ký khai sinh, en: Birth registration }', 'name: { vi: Đăng ký khai sinh, cấp giấy, en: Birth registration }')).problems, 'unknown-locale-key');
    expect(p.hint).toMatch(/double quotes/);
    expect(p.line).toBe(3);
  });

  it('wrong types', () => {
    const p = only(load(procedureWith('quantity: 1', 'quantity: one')).problems, 'wrong-type');
    expect(p.path).toBe('documentGroups[0].documents[0].quantity');
    expect(p.message).toBe('should be a whole number, found the text "one"');
    expect(p.hint).toMatch(/digits only/);
  });

  it('an empty file', () => {
    const p = only(load({ 'agencies/center.yaml': '\n  \n# only a comment\n' }).problems, 'empty-file');
    expect(p.file).toBe('agencies/center.yaml');
  });

  it('a binary file', () => {
    only(load({ 'agencies/center.yaml': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) }).problems, 'binary-file');
  });

  it('invalid UTF-8', () => {
    const p = only(load({ 'agencies/center.yaml': new Uint8Array([0x69, 0x64, 0x3a, 0x20, 0xc3, 0x28]) }).problems, 'invalid-utf8');
    expect(p.hint).toMatch(/UTF-8/);
  });

  it('a huge file', () => {
    const huge = new Uint8Array(MAX_SOURCE_FILE_BYTES + 1).fill(0x61);
    const p = only(load({ 'procedures/birth-registration.yaml': huge }).problems, 'file-too-large');
    expect(p.message).toMatch(/limit is 1024 KiB/);
  });

  it('a file that is a list or a plain value instead of fields', () => {
    only(load({ 'agencies/center.yaml': '- a\n- b\n' }).problems, 'not-a-mapping');
  });

  it('a missing catalog.yaml', () => {
    only(load({ 'catalog.yaml': null }).problems, 'missing-catalog-file');
  });

  it('a missing required field, pointing at the object', () => {
    const p = only(load(procedureWith(/result:\n  name: .*\n/, '')).problems, 'missing-field');
    expect(p.message).toBe('the required field "result" is missing');
  });

  it('a misspelled field, with a suggestion', () => {
    const p = only(load(procedureWith('competentAgency:', 'competentAgncy:')).problems, 'unknown-field');
    expect(p.hint).toBe('did you mean "competentAgency"?');
  });

  it('a value outside the allowed list', () => {
    const p = only(load(procedureWith('form: original', 'form: photocopy')).problems, 'not-allowed-value');
    expect(p.hint).toMatch(/original, certified-copy, copy/);
  });

  it('an unknown agency reference, with the nearest id', () => {
    const p = only(load(procedureWith('competentAgency: center', 'competentAgency: centre')).problems, 'unknown-agency');
    expect(p.path).toBe('competentAgency');
    expect(p.hint).toBe('did you mean "center"?');
  });

  it('an unknown procedure in a life event', () => {
    const p = only(load({ 'life-events/having-a-baby.yaml': 'id: having-a-baby\nkind: life\nname: { vi: Có em bé, en: Baby }\nsummary: { vi: Tóm tắt, en: Summary }\nprocedures: [birth-registraton]\n' }).problems, 'unknown-procedure');
    expect(p.hint).toBe('did you mean "birth-registration"?');
  });

  it('duplicate ids', () => {
    const copy = minimalFiles()[3]!;
    const problems = loadSource([...minimalFiles(), { path: 'procedures/birth-registration-copy.yaml', bytes: copy.bytes }], { today: TODAY }).problems;
    expect(problems.map((p) => p.code)).toEqual(expect.arrayContaining(['duplicate-id', 'id-file-mismatch']));
  });

  it('a missing translation for a declared locale', () => {
    const p = only(load(procedureWith('result:\n  name: { vi: Giấy khai sinh, en: Birth certificate }', 'result:\n  name: { vi: Giấy khai sinh }')).problems, 'missing-translation');
    expect(p.severity).toBe('warning');
    expect(p.message).toBe('no en text');
    expect(p.path).toBe('result.name');
  });

  it('a missing default-locale text is an error', () => {
    const p = only(load(procedureWith('result:\n  name: { vi: Giấy khai sinh, en: Birth certificate }', 'result:\n  name: { en: Birth certificate }')).problems, 'missing-translation');
    expect(p.severity).toBe('error');
  });

  it('empty required text', () => {
    const p = only(load(procedureWith('en: Register a child\'s birth.', 'en: "   "')).problems, 'empty-text');
    expect(p.path).toBe('summary.en');
  });

  it('an amount written with a thousands separator', () => {
    const p = only(load(procedureWith('amount: 8000', 'amount: 8.000')).problems, 'malformed-amount');
    expect(p.message).toBe('the amount "8.000" has a separator, so it reads as 8');
    expect(p.hint).toBe('write whole đồng with digits only: 8000');
  });

  it('a negative amount', () => {
    only(load(procedureWith('amount: 8000', 'amount: -8000')).problems, 'out-of-range');
  });

  it('a malformed date and an impossible date', () => {
    expect(only(load(procedureWith('updated: 2026-01-10', 'updated: 10/01/2026')).problems, 'malformed-value').hint).toBe('A date written YYYY-MM-DD.');
    expect(only(load(procedureWith('updated: 2026-01-10', 'updated: 2026-02-30')).problems, 'impossible-date').message).toBe('2026-02-30 is not a date: February 2026 has no 30th');
    expect(only(load(procedureWith('updated: 2026-01-10', 'updated: 2026-13-01')).problems, 'impossible-date').message).toContain('there is no month 13');
    expect(only(load(procedureWith('updated: 2026-01-10', 'updated: 2028-02-30')).problems, 'impossible-date').message).toContain('February 2028 has no 30th');
    expect(errors(load(procedureWith('updated: 2026-01-10', 'updated: 2028-02-29')).problems)).toEqual([]);
  });

  it('a link that is not http(s)', () => {
    const p = only(load(procedureWith('url: https://dichvucong.gov.vn', 'url: javascript:alert(1)')).problems, 'malformed-value');
    expect(p.path).toBe('channels[1].url');
  });

  it('an unsafe link inside Markdown', () => {
    const p = only(load(procedureWith("en: Register a child's birth.", 'en: "See [the form](javascript:alert(1))."')).problems, 'unsafe-link');
    expect(p.path).toBe('summary.en');
  });

  /** The same fee written twice: the first ends on `firstEnds`, the second starts on `secondStarts`. */
  const feeChange = (firstEnds: string, secondStarts: string) =>
    procedureWith(
      /fees:\n(.*\n){4}    channels: \[in-person\]\n/,
      `fees:
  - id: late
    label: { vi: Lệ phí, en: Fee }
    amount: 8000
    currency: VND
    validTo: ${firstEnds}
  - id: late
    label: { vi: Lệ phí mới, en: New fee }
    amount: 10000
    currency: VND
    validFrom: ${secondStarts}
`,
    );

  it('fees that overlap in time for the same channel', () => {
    const p = only(load(feeChange('2026-12-31', '2026-12-01')).problems, 'overlapping-fees');
    expect(p.path).toBe('fees[1]');
  });

  it('a scheduled fee change that does not overlap is accepted', () => {
    expect(errors(load(feeChange('2026-12-31', '2027-01-01')).problems)).toEqual([]);
  });

  it('a fee scoped to a channel the procedure does not have', () => {
    only(load(procedureWith('channels: [in-person]', 'channels: [by-post]')).problems, 'unknown-channel');
  });

  it('an id that differs from the file name', () => {
    only(load({ 'agencies/center.yaml': new TextDecoder().decode(MINIMAL_CENTER).replace('id: center', 'id: centre') }).problems, 'id-file-mismatch');
  });

  it('a holiday outside its calendar year', () => {
    only(load({ 'calendars/2026.yaml': 'year: 2026\nworkingWeek: [mon]\nholidays:\n  - date: 2027-01-01\n    kind: holiday\n    name: { vi: Tết, en: New Year }\n' }).problems, 'date-outside-year');
  });

  it('never throws, whatever the bytes', () => {
    const garbage = [new Uint8Array([0xff, 0xfe, 0xfd]), new TextEncoder().encode('id: [\n{{{'), new TextEncoder().encode('a: &x [*x]\n'), new TextEncoder().encode('null'), new TextEncoder().encode('"just a string"')];
    for (const bytes of garbage) {
      expect(() => load({ 'procedures/birth-registration.yaml': bytes })).not.toThrow();
      expect(errors(load({ 'procedures/birth-registration.yaml': bytes }).problems).length).toBeGreaterThan(0);
    }
  });
});

const MINIMAL_CENTER = minimalFiles().find((f) => f.path === 'agencies/center.yaml')!.bytes;
