/**
 * The table of negative cases, one or more per problem code the validator has — reading folders,
 * loading (YAML, schema, values), cross-checks, succession and guides: the file an editor broke,
 * and the code, field path and line the validator must point at. problem-codes.test.ts runs it;
 * problem-code-sources.test.ts checks that every code in the sources has a row.
 */
import * as nodeFs from 'node:fs';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadSource } from '../../src/build/load-source.js';
import { MAX_SOURCE_FILE_BYTES } from '../../src/build/source-files.js';
import { loadAnyCatalog, readPublication, readSourceDir } from '../../src/build/read-dir.js';
import { AGENCY, agency, CALENDAR, edit, fees, LATE, MINIMAL_FILES, minimalFiles, PROCEDURE, procedureWith, replaces, TODAY } from '../fixtures/minimal-catalog.js';

export { AGENCY, agency, CALENDAR, edit, fees, LATE, PROCEDURE, replaces, TODAY } from '../fixtures/minimal-catalog.js';

/** A small valid guide: one yes-or-no question, then the plan. */
export const GUIDE = 'start: married\nquestions:\n  - id: married\n    type: yes-no\n    prompt: { vi: Cha mẹ đã kết hôn chưa?, en: Are the parents married? }\n';
export const GUIDE_FILE = 'guides/birth-registration.yaml';
/** A procedure field indented as the guide inside the procedure file. */
const inlineGuide = `guide:\n${GUIDE.replace(/^/gm, '  ')}`;
const bytes = (...b: number[]) => new Uint8Array(b);
/** A document entry as the minimal procedure writes them (four lines). */
const DECLARATION = '      - id: declaration\n        name: { vi: Tờ khai, en: Form }\n        quantity: 1\n        form: original\n';

export interface Row {
  code: string;
  changes: Record<string, string | Uint8Array | null>;
  file: string;
  path: string;
  line: number;
  /** Part of the message and hint as printed, where one code is reported by several checks. */
  message?: string;
  /** What the editor is told; an error unless said. */
  severity?: 'warning';
}

export const ROWS: Row[] = [
  { code: 'unknown-locale', changes: edit('catalog.yaml', 'defaultLocale: vi', 'defaultLocale: fr'), file: 'catalog.yaml', path: 'defaultLocale', line: 5 },
  { severity: 'warning', code: 'missing-translation', changes: procedureWith('name: { vi: Đăng ký khai sinh, en: Birth registration }', 'name: { vi: Đăng ký khai sinh }'), file: PROCEDURE, path: 'name', line: 3 },
  { code: 'missing-translation', message: 'no vi text', changes: procedureWith('name: { vi: Đăng ký khai sinh, en: Birth registration }', 'name: { en: Birth registration }'), file: PROCEDURE, path: 'name', line: 3 },
  { code: 'unsafe-link', changes: procedureWith("en: Register a child's birth.", 'en: "[Pay here](javascript:alert(1))"'), file: PROCEDURE, path: 'summary.en', line: 6 },
  { code: 'unsupported-markdown', changes: procedureWith("en: Register a child's birth.", 'en: "Register <b>now</b>"'), file: PROCEDURE, path: 'summary.en', line: 6 },
  { code: 'undeclared-locale', severity: 'warning', changes: procedureWith('en: Birth registration }', 'en: Birth registration, fr: Naissance }'), file: PROCEDURE, path: 'name.fr', line: 3 },
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
  { code: 'no-procedures', severity: 'warning', changes: { [PROCEDURE]: null, 'life-events/having-a-baby.yaml': null }, file: 'procedures/', path: '', line: 0 },
  { code: 'unknown-field-id', changes: procedureWith('field: civil-status', 'field: civil-statuses'), file: PROCEDURE, path: 'field', line: 10 },
  { code: 'missing-field', changes: procedureWith('    url: https://dichvucong.gov.vn\n', ''), file: PROCEDURE, path: 'channels[1]', line: 19 },
  { code: 'unknown-channel', changes: procedureWith('channels: [in-person]', 'channels: [post]'), file: PROCEDURE, path: 'fees[0].channels[0]', line: 35 },
  { code: 'malformed-amount', changes: procedureWith('amount: 8000', 'amount: 8.000'), file: PROCEDURE, path: 'fees[0].amount', line: 33 },
  { code: 'out-of-range', changes: fees(`${LATE}    reductions:\n      - label: { vi: Miễn, en: Waiver }\n        amount: 8001\n`), file: PROCEDURE, path: 'fees[0].reductions[0].amount', line: 37 },
  { code: 'lonely-fee-group', severity: 'warning', changes: fees(`${LATE}    oneOf: speed\n`), file: PROCEDURE, path: 'fees[0].oneOf', line: 35 },
  { code: 'future-date', severity: 'warning', changes: procedureWith('updated: 2026-01-10', 'updated: 2026-11-26'), file: PROCEDURE, path: 'updated', line: 44 },
  { code: 'duplicate-alias', severity: 'warning', changes: procedureWith('vi: [làm giấy khai sinh]', 'vi: [làm giấy khai sinh, "Làm giấy khai sinh "]'), file: PROCEDURE, path: 'aliases.vi[1]', line: 8 },
  { code: 'impossible-date', message: '2026-02-29', changes: fees(`${LATE}    validTo: 2026-02-29\n`), file: PROCEDURE, path: 'fees[0].validTo', line: 35 },
  { code: 'bad-period', changes: fees(`${LATE}    validFrom: 2026-07-01\n    validTo: 2026-06-30\n`), file: PROCEDURE, path: 'fees[0].validTo', line: 36 },
  // Same-day overlap: the old fee's last day is the new fee's first day.
  { code: 'overlapping-fees', changes: fees(`${LATE}    validTo: 2026-06-30\n${LATE}    validFrom: 2026-06-30\n`), file: PROCEDURE, path: 'fees[1]', line: 36 },
  { severity: 'warning', code: 'missing-field', message: 'should name the office', changes: procedureWith('    agency: center\n  - id: online', '  - id: online'), file: PROCEDURE, path: 'channels[0]', line: 16 },
  { code: 'missing-field', message: 'needs percent or amount', changes: fees(`${LATE}    reductions:\n      - label: { vi: Miễn, en: Waiver }\n`), file: PROCEDURE, path: 'fees[0].reductions[0]', line: 36 },
  { severity: 'warning', code: 'missing-field', message: 'should say which', changes: fees(`${LATE}    applies: case\n`), file: PROCEDURE, path: 'fees[0].applies', line: 35 },
  { code: 'duplicate-id', message: 'listed twice', changes: edit('life-events/having-a-baby.yaml', 'procedures: [birth-registration]', 'procedures: [birth-registration, birth-registration]'), file: 'life-events/having-a-baby.yaml', path: 'procedures[1]', line: 5 },
  { code: 'duplicate-date', message: 'both a holiday and a working day', changes: edit(CALENDAR, 'workingWeek: [mon, tue, wed, thu, fri]', 'workingWeek: [mon, tue, wed, thu, fri]\nextraWorkingDays:\n  - date: 2026-01-01'), file: CALENDAR, path: 'extraWorkingDays[0].date', line: 4 },

  { code: 'empty-text', message: 'the text is blank', changes: procedureWith('vi: [làm giấy khai sinh]', 'vi: [" "]'), file: PROCEDURE, path: 'aliases.vi[0]', line: 8 },
  { severity: 'warning', code: 'missing-translation', message: 'no en text', changes: procedureWith('name: { vi: Tờ khai đăng ký khai sinh, en: Birth registration form }', 'name: { vi: Tờ khai đăng ký khai sinh }'), file: PROCEDURE, path: 'documentGroups[0].documents[0].name', line: 27 },
  { code: 'duplicate-id', message: 'the field id "civil-status" is used twice', changes: edit('fields.yaml', '    name: { vi: Hộ tịch, en: Civil status }\n', `    name: { vi: Hộ tịch, en: Civil status }\n  - id: civil-status\n    name: { vi: Hộ tịch, en: Civil status }\n`), file: 'fields.yaml', path: 'fields[1].id', line: 4 },
  // A second file declaring the same id (its name does not match either).
  { code: 'duplicate-id', message: 'the agency id "center" is used twice', changes: { 'agencies/centre.yaml': MINIMAL_FILES[AGENCY]! }, file: 'agencies/centre.yaml', path: 'id', line: 1 },
  { code: 'duplicate-id', message: 'the document id "declaration" is used twice', changes: procedureWith('        form: original\n', `        form: original\n${DECLARATION}`), file: PROCEDURE, path: 'documentGroups[0].documents[1].id', line: 30 },
  { code: 'duplicate-id', message: 'the document group id "standard" is used twice', changes: procedureWith('        form: original\n', `        form: original\n  - id: standard\n    title: { vi: Hồ sơ khác, en: Other documents }\n    documents:\n${DECLARATION.replace('declaration', 'photo')}`), file: PROCEDURE, path: 'documentGroups[1].id', line: 30 },
  { code: 'bad-period', message: 'validTo 2026-06-30 is before validFrom 2026-07-01', changes: procedureWith('updated: 2026-01-10\n', 'updated: 2026-01-10\nvalidFrom: 2026-07-01\nvalidTo: 2026-06-30\n'), file: PROCEDURE, path: 'validTo', line: 46 },

  // Reading a file: what stops it before any field is looked at.
  { code: 'file-too-large', changes: { [PROCEDURE]: new Uint8Array(MAX_SOURCE_FILE_BYTES + 1).fill(0x20) }, file: PROCEDURE, path: '', line: 1 },
  { code: 'binary-file', changes: { [PROCEDURE]: bytes(0x69, 0x64, 0x3a, 0x00) }, file: PROCEDURE, path: '', line: 1 },
  { code: 'invalid-utf8', changes: { [PROCEDURE]: bytes(0x69, 0x64, 0x3a, 0x20, 0xc3, 0x28) }, file: PROCEDURE, path: '', line: 1 },
  { code: 'empty-file', changes: { [PROCEDURE]: '# to do\n\n' }, file: PROCEDURE, path: '', line: 1 },
  { code: 'too-deep', message: 'too deeply to read', changes: { [PROCEDURE]: `id: birth-registration\nname: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n` }, file: PROCEDURE, path: '', line: 1 },
  { code: 'yaml-syntax', changes: procedureWith('field: civil-status', 'field: civil-status\nfield: civil-status'), file: PROCEDURE, path: '', line: 11 },
  { code: 'not-a-mapping', changes: { [PROCEDURE]: '- id: birth-registration\n' }, file: PROCEDURE, path: '', line: 1 },
  { code: 'missing-catalog-file', changes: { 'catalog.yaml': null }, file: 'catalog.yaml', path: '', line: 0 },
  { code: 'id-file-mismatch', changes: procedureWith('id: birth-registration', 'id: birth-registrations'), file: PROCEDURE, path: 'id', line: 1 },
  { code: 'id-file-mismatch', message: 'the year 2027', changes: edit(CALENDAR, 'year: 2026', 'year: 2027'), file: CALENDAR, path: 'year', line: 1 },

  // The schema.
  { code: 'missing-field', message: 'the required field "field"', changes: procedureWith('field: civil-status\n', ''), file: PROCEDURE, path: '', line: 1 },
  { code: 'unknown-locale-key', changes: procedureWith('en: Birth registration }', 'en: Birth registration, of a child }'), file: PROCEDURE, path: 'name.of a child', line: 3 },
  { code: 'unknown-field', changes: procedureWith('updated: 2026-01-10', 'updated: 2026-01-10\nupdatd: 2026-01-10'), file: PROCEDURE, path: 'updatd', line: 45 },
  { code: 'wrong-type', changes: procedureWith('quantity: 1', 'quantity: one'), file: PROCEDURE, path: 'documentGroups[0].documents[0].quantity', line: 28 },
  { code: 'not-allowed-value', changes: procedureWith('form: original', 'form: photocopy'), file: PROCEDURE, path: 'documentGroups[0].documents[0].form', line: 29 },
  { code: 'impossible-date', changes: procedureWith('updated: 2026-01-10', 'updated: 2026-02-30'), file: PROCEDURE, path: 'updated', line: 44 },
  { code: 'malformed-value', changes: procedureWith('updated: 2026-01-10', 'updated: 10/01/2026'), file: PROCEDURE, path: 'updated', line: 44 },
  { code: 'empty-text', message: 'the text is empty', changes: procedureWith('number: 60/2014/QH13', 'number: ""'), file: PROCEDURE, path: 'legalBasis[0].number', line: 42 },
  { code: 'empty-text', message: 'no text is given', changes: procedureWith('title: { vi: Luật Hộ tịch, en: Law on Civil Status }', 'title: {}'), file: PROCEDURE, path: 'legalBasis[0].title', line: 43 },
  { code: 'empty-list', changes: procedureWith('level: [commune]', 'level: []'), file: PROCEDURE, path: 'level', line: 11 },
  { code: 'out-of-range', message: 'too small', changes: procedureWith('quantity: 1', 'quantity: 0'), file: PROCEDURE, path: 'documentGroups[0].documents[0].quantity', line: 28 },
  { code: 'out-of-range', message: 'too large', changes: edit(CALENDAR, 'year: 2026', 'year: 2101'), file: CALENDAR, path: 'year', line: 1 },
  // `shared` is a topic id or false: the editor is told which value is allowed, in words, with a hint.
  { code: 'not-allowed-value', message: 'boolean true is not allowed here  (use false)', changes: { [GUIDE_FILE]: `${GUIDE}    shared: true\n` }, file: GUIDE_FILE, path: 'questions[0].shared', line: 6 },
  { code: 'unknown-procedure', message: 'for this guide', changes: { 'guides/birth-registrtion.yaml': GUIDE }, file: 'guides/birth-registrtion.yaml', path: '', line: 1 },

  // Values no schema can check.
  { code: 'too-deep', message: 'more than 64 levels', changes: { [PROCEDURE]: `id: birth-registration\nname: ${'['.repeat(200)}${']'.repeat(200)}\n` }, file: PROCEDURE, path: `name${'[0]'.repeat(63)}`, line: 2 },
  { code: 'not-a-number', message: 'not a number (NaN)', changes: procedureWith('amount: 8000', 'amount: .nan'), file: PROCEDURE, path: 'fees[0].amount', line: 33 },
  { code: 'not-a-number', message: 'infinite', changes: procedureWith('amount: 8000', 'amount: -.inf'), file: PROCEDURE, path: 'fees[0].amount', line: 33 },
  { code: 'out-of-range', message: 'stored exactly', changes: procedureWith('amount: 8000', 'amount: 90000000000000000000'), file: PROCEDURE, path: 'fees[0].amount', line: 33 },
  { code: 'control-character', changes: procedureWith('en: Birth registration }', 'en: "Birth\\a registration" }'), file: PROCEDURE, path: 'name.en', line: 3 },
  { code: 'control-character', message: 'the field name contains the invisible control character U+001B', changes: procedureWith('field: civil-status', '"fie\\eld": civil-status'), file: PROCEDURE, path: 'fie\u001bld', line: 10 },

  // Guides and agency succession.
  // A field holding a group of fields points at the group's first line (`guide:` is line 45).
  { code: 'duplicate-guide', severity: 'warning', changes: { ...procedureWith('updated: 2026-01-10\n', `updated: 2026-01-10\n${inlineGuide}`), [GUIDE_FILE]: GUIDE }, file: PROCEDURE, path: 'guide', line: 46 },
  { code: 'self-reference', message: 'cannot replace itself', changes: edit(AGENCY, 'hotline: "1022"\n', `hotline: "1022"\n${replaces('center')}`), file: AGENCY, path: 'replaces[0].agency', line: 11 },
  { code: 'unknown-agency', message: "keep the old agency's file", changes: edit(AGENCY, 'hotline: "1022"\n', `hotline: "1022"\n${replaces('centre')}`), file: AGENCY, path: 'replaces[0].agency', line: 11 },
  {
    code: 'ambiguous-successor',
    // Reported at the entry that names the agency: the second of new's two.
    changes: { 'agencies/old.yaml': agency('old'), 'agencies/gone.yaml': agency('gone'), 'agencies/new.yaml': agency('new', `${replaces('gone')}${replaces('old').replace('replaces:\n', '')}`), ...edit(AGENCY, 'hotline: "1022"\n', `hotline: "1022"\n${replaces('old')}`) },
    file: 'agencies/new.yaml', path: 'replaces[1]', line: 13,
  },
  { code: 'succession-cycle', message: 'the agencies "center" → "ward" → "center" replace each other in a loop', changes: { 'agencies/ward.yaml': agency('ward', replaces('center')), ...edit(AGENCY, 'hotline: "1022"\n', `hotline: "1022"\n${replaces('ward')}`) }, file: 'agencies/ward.yaml', path: 'replaces', line: 11 },
  {
    code: 'succeeded-agency', severity: 'warning',
    changes: { 'agencies/old.yaml': agency('old'), 'agencies/new.yaml': agency('new', replaces('old')), ...procedureWith('competentAgency: center', 'competentAgency: old') },
    file: PROCEDURE, path: 'competentAgency', line: 13,
  },
  { code: 'unknown-agency', message: 'there is no agency "centre"', changes: procedureWith('competentAgency: center', 'competentAgency: center\npreviousCompetentAgency: centre'), file: PROCEDURE, path: 'previousCompetentAgency', line: 14 },
  { code: 'same-agency', severity: 'warning', changes: procedureWith('competentAgency: center', 'competentAgency: center\npreviousCompetentAgency: center'), file: PROCEDURE, path: 'previousCompetentAgency', line: 14 },
];

/** The minimal catalog written to a fresh folder (removed after the test). */
export function catalogFolder(): { dir: string; done: () => void } {
  const base = mkdtempSync(join(tmpdir(), 'onestop-codes-'));
  const dir = join(base, 'catalog');
  for (const [path, text] of Object.entries(MINIMAL_FILES)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { dir, done: () => rmSync(base, { recursive: true, force: true }) };
}

const denied = (path: string) => Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
/** node:fs, with reads of paths ending in `end` refused as for a file the editor may not read. */
const refusing = (end: string) => ({
  ...nodeFs,
  readFileSync: (path: string) => { if (path.endsWith(end)) throw denied(path); return nodeFs.readFileSync(path); },
  readdirSync: ((path: string, options?: { withFileTypes: true }) => {
    if (path.endsWith(end)) throw denied(path);
    return options ? nodeFs.readdirSync(path, options) : nodeFs.readdirSync(path);
  }) as typeof nodeFs.readdirSync,
});

export interface DiskRow {
  code: string;
  /** Breaks the catalog folder; returns the file-system calls to read it with, when they must fail. */
  breakFolder: (dir: string) => Parameters<typeof readSourceDir>[1] | void;
  file: string;
  message: string;
}

/** Problems of one file or folder that reading the catalog folder finds; the rest of the catalog is still read. */
export const DISK_ROWS: DiskRow[] = [
  { code: 'broken-link', breakFolder: (dir) => symlinkSync(join(dir, 'procedures/gone.yaml'), join(dir, 'procedures/moved.yaml')), file: 'procedures/moved.yaml', message: 'this link points to nothing (its target is missing)' },
  {
    code: 'link-outside',
    breakFolder: (dir) => {
      writeFileSync(join(dir, '../elsewhere.yaml'), MINIMAL_FILES[AGENCY]!);
      symlinkSync(join(dir, '../elsewhere.yaml'), join(dir, 'agencies/elsewhere.yaml'));
    },
    file: 'agencies/elsewhere.yaml', message: 'this link leads outside the catalog folder',
  },
  { code: 'not-a-file', breakFolder: (dir) => mkdirSync(join(dir, 'procedures/permit.yaml')), file: 'procedures/permit.yaml', message: 'cannot read (it is a folder, not a file)' },
  { code: 'unreadable', breakFolder: () => refusing('birth-registration.yaml'), file: PROCEDURE, message: 'cannot read (permission denied)' },
  { code: 'unreadable', breakFolder: () => refusing('life-events'), file: 'life-events/', message: 'cannot read (permission denied)' },
];

/** Folders that cannot be read at all: an error naming the folder, not a list of problems. */
export const FOLDER_ROWS: { code: string; read: (dir: string) => unknown; message: string }[] = [
  { code: 'missing-folder', read: (dir) => readSourceDir(join(dir, 'catalogue')), message: 'the folder does not exist' },
  { code: 'not-a-folder', read: (dir) => readSourceDir(join(dir, 'catalog.yaml')), message: 'this is a file, not a folder' },
  { code: 'unreadable', read: (dir) => readSourceDir(dir, { ...nodeFs, realpathSync: (path: string) => { throw denied(path); } }), message: 'cannot read the folder (permission denied)' },
  { code: 'not-a-build', read: (dir) => readPublication(dir), message: 'this folder is not an Onestop build (no manifest.json)' },
  {
    code: 'damaged-build',
    read: (dir) => {
      writeFileSync(join(dir, 'manifest.json'), '{"format":"another-tool"}');
      return readPublication(dir);
    },
    message: 'the build files are damaged or from another tool',
  },
  { code: 'not-a-catalog', read: (dir) => loadAnyCatalog(join(dir, 'procedures')), message: 'this folder is neither a catalog (no catalog.yaml) nor a build (no manifest.json)' },
];

export const load = (changes: Row['changes']) => loadSource(minimalFiles(changes), { today: TODAY }).problems;
