/**
 * Runs the table of negative cases (problem-code-table.ts): for each, the validator reports the
 * code at the file, field path and line an editor must fix, with a message and a hint.
 */
import { describe, expect, it } from 'vitest';
import { loadSource } from '../../src/build.js';
import { CatalogDirError, loadCatalogDir, readSourceDir } from '../../src/node.js';
import { formatProblem, type CatalogProblem } from '../../src/index.js';
import { procedureWith } from '../fixtures/minimal-catalog.js';
import { AGENCY, agency, catalogFolder, DISK_ROWS, edit, fees, FOLDER_ROWS, GUIDE, GUIDE_FILE, LATE, load, replaces, ROWS, TODAY } from './problem-code-table.js';

describe('every problem code has a negative case', () => {
  it.each(ROWS)('$code: $file $path line $line', ({ code, reportedAs, changes, file, path, line, message, severity = 'error' }) => {
    const problems = load(changes);
    const found = problems.filter((p) => p.code === (reportedAs ?? code) && (message === undefined || formatProblem(p).includes(message)));
    const shown = problems.map(formatProblem).join('\n');
    expect(found.map((p: CatalogProblem) => ({ file: p.file, path: p.path, line: p.line, severity: p.severity })), shown).toContainEqual({ file, path, line, severity });
    expect(found.every((p) => p.message.length > 0 && p.hint), shown).toBe(true);
  });
});

describe('every problem code of reading a catalog folder has a negative case', () => {
  it.each(DISK_ROWS)('$code: $file', ({ code, breakFolder, file, message }) => {
    const { dir, done } = catalogFolder();
    try {
      const disk = breakFolder(dir);
      const { problems } = loadSource(readSourceDir(dir, disk ?? undefined), { today: TODAY });
      const line = file.endsWith('/') ? 0 : 1;
      expect(problems.filter((p) => p.code === code).map((p) => ({ file: p.file, line: p.line, path: p.path, message: p.message.slice(0, message.length) })), problems.map(formatProblem).join('\n'))
        .toEqual([{ file, line, path: '', message }]);
    } finally {
      done();
    }
  });

  it('the unbroken folder reads without problems', () => {
    const { dir, done } = catalogFolder();
    try {
      expect(loadCatalogDir(dir, { today: TODAY }).problems).toEqual([]);
    } finally {
      done();
    }
  });

  it.each(FOLDER_ROWS)('$code: $message', ({ code, read, message }) => {
    const { dir, done } = catalogFolder();
    try {
      expect(() => read(dir)).toThrow(CatalogDirError);
      try {
        read(dir);
      } catch (e) {
        expect((e as CatalogDirError).problem).toMatchObject({ code, message, line: 0, path: '' });
        expect((e as CatalogDirError).problem.hint).toBeTruthy();
      }
    } finally {
      done();
    }
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

  it('a guide in its own file, with a question that shares its topic, needs nothing more', () => {
    expect(load({ [GUIDE_FILE]: `${GUIDE}    shared: parents\n` })).toEqual([]);
  });

  it('a succession with a scope beside a whole one is not ambiguous, and a procedure may name the agency that took over', () => {
    const partial = `replaces:\n  - agency: old\n    since: 2025-07-01\n    scope: { vi: Hộ tịch, en: Civil status }\n`;
    const changes = { 'agencies/old.yaml': agency('old'), 'agencies/new.yaml': agency('new', replaces('old')), ...edit(AGENCY, 'hotline: "1022"\n', `hotline: "1022"\n${partial}`) };
    expect(load({ ...changes, ...procedureWith('competentAgency: center', 'competentAgency: new\npreviousCompetentAgency: old') })).toEqual([]);
  });
});
