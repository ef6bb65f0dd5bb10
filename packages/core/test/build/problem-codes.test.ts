/**
 * Runs the table of negative cases (problem-code-table.ts): for each, the validator reports the
 * code at the file, field path and line an editor must fix, with a message and a hint.
 */
import { describe, expect, it } from 'vitest';
// Modules, not the package entries: the mutation run imports this suite once per mutant.
import { loadSource } from '../../src/build/load-source.js';
import { CatalogDirError, loadCatalogDir, readSourceDir } from '../../src/build/read-dir.js';
import { formatProblem, type CatalogProblem } from '../../src/catalog/problem.js';
import { MINIMAL_FILES, procedureWith } from '../fixtures/minimal-catalog.js';
import { AGENCY, agency, catalogFolder, PROCEDURE, DISK_ROWS, edit, fees, FOLDER_ROWS, GUIDE, GUIDE_FILE, LATE, load, replaces, ROWS, TODAY } from './problem-code-table.js';

describe('every problem code has a negative case', () => {
  it.each(ROWS)('$code: $file $path line $line', ({ code, changes, file, path, line, message, severity = 'error' }) => {
    const problems = load(changes);
    const found = problems.filter((p) => p.code === code && (message === undefined || formatProblem(p).includes(message)));
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
  it('a guide in its own file, with a question that shares its topic, needs nothing more', () => {
    expect(load({ [GUIDE_FILE]: `${GUIDE}    shared: parents\n` })).toEqual([]);
  });

  it('a succession with a scope beside a whole one is not ambiguous, and a procedure may name the agency that took over', () => {
    const partial = `replaces:\n  - agency: old\n    since: 2025-07-01\n    scope: { vi: Hộ tịch, en: Civil status }\n`;
    const changes = { 'agencies/old.yaml': agency('old'), 'agencies/new.yaml': agency('new', replaces('old')), ...edit(AGENCY, 'hotline: "1022"\n', `hotline: "1022"\n${partial}`) };
    expect(load({ ...changes, ...procedureWith('competentAgency: center', 'competentAgency: new\npreviousCompetentAgency: old') })).toEqual([]);
  });

  it('nesting is refused from one level past the limit, and then only that is said of the file', () => {
    const nested = (levels: number) => ({ [PROCEDURE]: MINIMAL_FILES[PROCEDURE]!.replace('updated: 2026-01-10', `updated: 2026-01-10\nnotes: ${'['.repeat(levels)}${']'.repeat(levels)}`) });
    // The list under notes is level 1: 64 nested lists reach level 64, the limit.
    expect(load(nested(64)).map((p) => p.code)).toEqual(['unknown-field']);
    expect(load(nested(65)).map((p) => `${p.code} ${p.path}`)).toEqual([`too-deep notes${'[0]'.repeat(63)}`]);
  });

  it('a value the value checks report is not reported again by the schema', () => {
    expect(load(procedureWith('amount: 8000', 'amount: .nan')).map((p) => p.code)).toEqual(['not-a-number']);
    expect(load(procedureWith('amount: 8000', 'amount: 90000000000000000000')).map((p) => p.code)).toEqual(['out-of-range']);
  });

  it('a value problem does not hide the schema\'s problems elsewhere in the file, even under a look-alike field name', () => {
    // "sum~mary" and "sum/mary" are not "summary": the check of summary still runs.
    const changes = procedureWith(/summary:\n.*\n.*\n/, 'summary: {}\n"sum~mary": .nan\n"sum/mary": .nan\n');
    expect(load(changes).map((p) => `${p.code} ${p.path}`).sort()).toEqual([
      'empty-text summary', 'not-a-number sum/mary', 'not-a-number sum~mary', 'unknown-field sum/mary', 'unknown-field sum~mary',
    ]);
  });

  it('a percentage with decimals and the largest whole number stored exactly are accepted', () => {
    expect(load(fees(`${LATE}    reductions:\n      - label: { vi: Giảm, en: Reduction }\n        percent: 12.5\n`))).toEqual([]);
    expect(load(procedureWith('amount: 8000', `amount: ${Number.MAX_SAFE_INTEGER}`))).toEqual([]);
    expect(load(procedureWith('amount: 8000', 'amount: 9007199254740993')).map((p) => p.code)).toEqual(['out-of-range']);
  });
});

describe('succession checks, told apart from their neighbours', () => {
  const moved = { 'agencies/old.yaml': agency('old'), 'agencies/new.yaml': agency('new', replaces('old')) };

  it('a reference to an agency whose own file is broken is not reported again as unknown', () => {
    const problems = load({ 'agencies/old.yaml': agency('old').replace('level: [province]', 'level: province'), 'agencies/new.yaml': agency('new', replaces('old')) });
    expect(problems.map((p) => `${p.code} ${p.file}`)).toEqual(['wrong-type agencies/old.yaml']);
  });

  it('every place that names a succeeded agency warns, but the succeeded agency\'s own parent does not', () => {
    const changes = {
      ...moved,
      'agencies/old.yaml': agency('old', 'parent: center\n'),
      ...edit('catalog.yaml', 'helpAgency: center', 'helpAgency: old'),
      ...procedureWith(/competentAgency: center\nreceivingAgencies: \[center\]\n([\s\S]*?)agency: center/, 'competentAgency: old\nreceivingAgencies: [old]\n$1agency: old'),
    };
    expect(load(changes).map((p) => `${p.severity} ${p.code} ${p.file} ${p.path}`)).toEqual([
      'warning succeeded-agency catalog.yaml helpAgency',
      'warning succeeded-agency procedures/birth-registration.yaml competentAgency',
      'warning succeeded-agency procedures/birth-registration.yaml receivingAgencies[0]',
      'warning succeeded-agency procedures/birth-registration.yaml channels[0].agency',
    ]);
    const parentMoved = { ...moved, ...edit(AGENCY, 'hotline: "1022"\n', 'hotline: "1022"\nparent: old\n') };
    expect(load(parentMoved).map((p) => `${p.code} ${p.file} ${p.path}`)).toEqual(['succeeded-agency agencies/center.yaml parent']);
  });

  it('a succession that takes effect after today does not warn yet; on its first day it does', () => {
    const later = { 'agencies/old.yaml': agency('old'), 'agencies/new.yaml': agency('new', replaces('old', '2026-11-26')), ...procedureWith('competentAgency: center', 'competentAgency: old') };
    expect(load(later)).toEqual([]);
    const today = { ...later, 'agencies/new.yaml': agency('new', replaces('old', TODAY)) };
    expect(load(today).map((p) => p.code)).toEqual(['succeeded-agency']);
  });

  it('a loop of successions is reported once', () => {
    const loop = { 'agencies/ward.yaml': agency('ward', replaces('center')), ...edit(AGENCY, 'hotline: "1022"\n', `hotline: "1022"\n${replaces('ward')}`) };
    expect(load(loop).filter((p) => p.code === 'succession-cycle')).toHaveLength(1);
  });

  it('a broken file of another kind with the same name does not excuse an unknown agency', () => {
    const changes = { 'procedures/old.yaml': 'id: old\nname: Old\n', ...edit(AGENCY, 'hotline: "1022"\n', `hotline: "1022"\n${replaces('old')}`) };
    expect(load(changes).map((p) => `${p.code} ${p.file} ${p.path}`)).toContain('unknown-agency agencies/center.yaml replaces[0].agency');
  });

  it('problems of a misnamed agency file are reported in that file', () => {
    const changes = { [AGENCY]: null, 'agencies/archive.yaml': agency('archive'), 'agencies/centre.yaml': MINIMAL_FILES[AGENCY]!.replace('hotline: "1022"\n', `hotline: "1022"\n${replaces('center')}`) };
    expect(load(changes).map((p) => `${p.code} ${p.file} ${p.path}`)).toEqual(['id-file-mismatch agencies/centre.yaml id', 'self-reference agencies/centre.yaml replaces[0].agency']);
  });

  it('of two files declaring one id, the one named after it gets its problems', () => {
    const changes = { 'agencies/a.yaml': MINIMAL_FILES[AGENCY]!, ...edit(AGENCY, 'hotline: "1022"\n', `hotline: "1022"\n${replaces('center')}`) };
    expect(load(changes).filter((p) => p.code === 'self-reference').map((p) => p.file)).toEqual(['agencies/center.yaml']);
  });

  it('a procedure named like an agency gets its warnings in its own file', () => {
    const changes = { ...moved, 'agencies/birth-registration.yaml': agency('birth-registration'), ...procedureWith('competentAgency: center', 'competentAgency: old') };
    expect(load(changes).map((p) => `${p.code} ${p.file} ${p.path}`)).toEqual(['succeeded-agency procedures/birth-registration.yaml competentAgency']);
  });

  it('a misnamed procedure file gets its warnings, even beside an agency of the same id in a file that sorts first', () => {
    const changes = { ...moved, [PROCEDURE]: null, 'procedures/birth.yaml': procedureWith('competentAgency: center', 'competentAgency: old')[PROCEDURE]!, 'agencies/birth-registration.yaml': agency('birth-registration') };
    expect(load(changes).map((p) => `${p.code} ${p.file} ${p.path}`)).toEqual(['id-file-mismatch procedures/birth.yaml id', 'succeeded-agency procedures/birth.yaml competentAgency']);
  });

  it('a succeeded agency whose parent was succeeded too is history: no warning', () => {
    const changes = { 'agencies/old.yaml': agency('old', 'parent: old2\n'), 'agencies/old2.yaml': agency('old2'), 'agencies/new.yaml': agency('new', `${replaces('old')}${replaces('old2').replace('replaces:\n', '')}`) };
    expect(load(changes)).toEqual([]);
  });

  it('the hint without partial successors names the whole one only; several partial ones are listed', () => {
    const [plain] = load({ ...moved, ...procedureWith('competentAgency: center', 'competentAgency: old') });
    expect(plain!.hint).toBe('refer to "new"; the old id keeps resolving for saved links');
    const scoped = (id: string, vi: string) => ({ [`agencies/${id}.yaml`]: agency(id, `replaces:\n  - agency: old\n    since: 2025-01-01\n    scope: { vi: ${vi}, en: ${vi} }\n`) });
    const [listed] = load({ ...moved, ...scoped('part', 'Hộ tịch'), ...scoped('piece', 'Đất đai'), ...procedureWith('competentAgency: center', 'competentAgency: old') });
    expect(listed!.hint).toBe('refer to "new" (or "part" for Hộ tịch, "piece" for Đất đai); the old id keeps resolving for saved links');
  });

  it('the hint names the partial successors beside the whole one', () => {
    const partial = { 'agencies/part.yaml': agency('part', `replaces:\n  - agency: old\n    since: 2025-01-01\n    scope: { vi: Hộ tịch, en: Civil status }\n`) };
    const [warning] = load({ ...moved, ...partial, ...procedureWith('competentAgency: center', 'competentAgency: old') });
    expect(warning!.hint).toBe('refer to "new" (or "part" for Hộ tịch); the old id keeps resolving for saved links');
  });
});

describe('succession problems of a second file declaring an id already used', () => {
  const moved = { 'agencies/old.yaml': agency('old'), 'agencies/new.yaml': agency('new', replaces('old')) };
  const at = (changes: Parameters<typeof load>[0]) => load(changes).map((p) => `${p.severity} ${p.code} ${p.file}:${p.line} ${p.path}`);

  it('an agency file copied under another name gets its own replaces entry, at its own line', () => {
    const changes = { 'agencies/a.yaml': MINIMAL_FILES[AGENCY]!.replace('hotline: "1022"\n', `hotline: "1022"\n${replaces('center')}`) };
    expect(at(changes)).toEqual([
      'error id-file-mismatch agencies/a.yaml:1 id',
      'error duplicate-id agencies/center.yaml:1 id',
      'error self-reference agencies/a.yaml:11 replaces[0].agency',
    ]);
  });

  it('a procedure file copied under another name gets its own warning for a succeeded agency', () => {
    const changes = { ...moved, 'procedures/a.yaml': procedureWith('competentAgency: center', 'competentAgency: old')[PROCEDURE]! };
    expect(at(changes)).toEqual([
      'error id-file-mismatch procedures/a.yaml:1 id',
      `error duplicate-id ${PROCEDURE}:1 id`,
      'warning succeeded-agency procedures/a.yaml:13 competentAgency',
    ]);
  });

  it('the file named after the id keeps its own warning', () => {
    const changes = { ...moved, 'procedures/a.yaml': MINIMAL_FILES[PROCEDURE]!, ...procedureWith('competentAgency: center', 'competentAgency: old') };
    expect(at(changes)).toEqual([
      'error id-file-mismatch procedures/a.yaml:1 id',
      `error duplicate-id ${PROCEDURE}:1 id`,
      `warning succeeded-agency ${PROCEDURE}:13 competentAgency`,
    ]);
  });
});
