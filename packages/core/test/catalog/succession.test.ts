import { describe, expect, it } from 'vitest';
// Modules, not the package entries: the mutation run imports this suite once per mutant.
import { loadSource } from '../../src/build/load-source.js';
import { compileCatalog } from '../../src/build/compile.js';
import { publish } from '../../src/build/publication.js';
import { diffCatalogs, formatChanges } from '../../src/catalog/changes.js';
import { resolveAgency, successorsOf } from '../../src/catalog/succession.js';
import { minimalFiles, procedureWith } from '../fixtures/minimal-catalog.js';

const agency = (id: string, vi: string, en: string, extra = '') => `id: ${id}
name: { vi: ${vi}, en: ${en} }
level: [province]
address: { vi: Đường Lê Lợi, en: Le Loi Street }
openingHours:
  - days: [mon, tue, wed, thu, fri]
    opens: "07:30"
    closes: "16:30"
hotline: "1022"
${extra}`;

// The 2025 reorganisation in small: the transport department merged into construction, and its
// driving licences went to the police.
const REORGANISED = {
  'agencies/transport.yaml': agency('transport', 'Sở Giao thông vận tải', 'Department of Transport'),
  'agencies/construction.yaml': agency('construction', 'Sở Xây dựng', 'Department of Construction', `replaces:
  - agency: transport
    since: 2025-07-01
`),
  'agencies/police.yaml': agency('police', 'Công an tỉnh', 'Provincial Police', `replaces:
  - agency: transport
    since: 2025-03-01
    scope: { vi: giấy phép lái xe, en: driving licences }
    notice: { vi: Giấy phép lái xe nay do công an cấp, en: Driving licences are now handled by the police }
`),
};

const load = (changes: Record<string, string | null> = {}, today = '2026-11-25') => loadSource(minimalFiles({ ...REORGANISED, ...changes }), { today });
const codes = (changes: Record<string, string | null>, today?: string) => load(changes, today).problems.map((p) => `${p.severity} ${p.code} ${p.file} ${p.path}`);

describe('agency succession', () => {
  it('resolves a succeeded agency id to the agency that does the work now', () => {
    const catalog = compileCatalog(load().catalog!);
    const resolved = resolveAgency(catalog.agencies, 'transport')!;
    expect(resolved.agency.id).toBe('construction');
    expect(resolved.agency.name.en).toBe('Department of Construction');
    expect(resolved.path).toEqual(['transport', 'construction']);
    expect(resolved.since).toBe('2025-07-01');
    expect(resolveAgency(catalog.agencies, 'police')).toMatchObject({ agency: { id: 'police' }, path: ['police'] });
    expect(resolveAgency(catalog.agencies, 'nowhere')).toBeUndefined();
    expect(successorsOf(catalog.agencies, 'transport').map((s) => s.agency)).toEqual(['construction', 'police']);
  });

  it('follows several reorganisations, and none that has not happened yet', () => {
    const later = { 'agencies/infrastructure.yaml': agency('infrastructure', 'Sở Hạ tầng', 'Department of Infrastructure', 'replaces:\n  - agency: construction\n    since: 2027-01-01\n') };
    const catalog = compileCatalog(load(later).catalog!);
    expect(resolveAgency(catalog.agencies, 'transport')!.path).toEqual(['transport', 'construction', 'infrastructure']);
    expect(resolveAgency(catalog.agencies, 'transport', '2026-11-25')!.agency.id).toBe('construction');
  });

  it('accepts a reference to a succeeded agency with a warning that names the successor', () => {
    const problems = load(procedureWith('competentAgency: center', 'competentAgency: transport')).problems;
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const warning = problems.find((p) => p.code === 'succeeded-agency')!;
    expect(warning).toMatchObject({ severity: 'warning', file: 'procedures/birth-registration.yaml', path: 'competentAgency' });
    expect(warning.message).toBe('"transport" was succeeded by "construction" on 2025-07-01');
    expect(warning.hint).toContain('refer to "construction" (or "police" for giấy phép lái xe)');
  });

  it('does not warn before the succession takes effect, nor about the old agency file itself', () => {
    expect(codes(procedureWith('competentAgency: center', 'competentAgency: transport'), '2025-06-30').filter((c) => c.includes('succeeded'))).toEqual([]);
    expect(codes({ 'agencies/transport.yaml': agency('transport', 'Sở GTVT', 'Transport', 'parent: center\n') })).toEqual([]);
  });

  it.each([
    ['an unknown agency', { 'agencies/police.yaml': agency('police', 'Công an', 'Police', 'replaces:\n  - agency: transpor\n    since: 2025-03-01\n') }, 'error unknown-agency agencies/police.yaml replaces[0].agency'],
    ['itself', { 'agencies/police.yaml': agency('police', 'Công an', 'Police', 'replaces:\n  - agency: police\n    since: 2025-03-01\n') }, 'error self-reference agencies/police.yaml replaces[0].agency'],
    ['two whole successors', { 'agencies/police.yaml': agency('police', 'Công an', 'Police', 'replaces:\n  - agency: transport\n    since: 2025-03-01\n') }, 'error ambiguous-successor agencies/police.yaml replaces[0]'],
    ['a loop', { 'agencies/transport.yaml': agency('transport', 'Sở GTVT', 'Transport', 'replaces:\n  - agency: construction\n    since: 2025-01-01\n') }, 'error succession-cycle agencies/transport.yaml replaces'],
    ['a bad date', { 'agencies/police.yaml': agency('police', 'Công an', 'Police', 'replaces:\n  - agency: transport\n    since: 1/3/2025\n    scope: { vi: GPLX, en: licences }\n') }, 'error malformed-value agencies/police.yaml replaces[0].since'],
  ])('rejects a succession naming %s', (_what, files, expected) => {
    expect(codes(files).some((c) => c.startsWith(expected)), codes(files).join('\n')).toBe(true);
  });

  it('publishes a procedure\'s move with the sentence citizens read, in every language', () => {
    const moved = procedureWith('competentAgency: center', 'competentAgency: police\npreviousCompetentAgency: transport');
    const loaded = load(moved);
    expect(loaded.problems).toEqual([]);
    const files = publish(compileCatalog(loaded.catalog!));
    const en = JSON.parse(files.get('en/procedures/birth-registration.json')!);
    expect(en.agencyChange).toEqual({ from: 'transport', to: 'police', since: '2025-03-01', text: { en: 'Driving licences are now handled by the police (since 1 March 2025)' } });
    const vi = JSON.parse(files.get('vi/procedures/birth-registration.json')!);
    expect(vi.agencyChange.text).toEqual({ vi: 'Giấy phép lái xe nay do công an cấp (từ ngày 1/3/2025)' });
  });

  it('words a move without a recorded succession from the procedure and agency names', () => {
    const catalog = compileCatalog(load(procedureWith('competentAgency: center', 'competentAgency: police\npreviousCompetentAgency: center')).catalog!);
    expect(catalog.procedures[0]!.agencyChange).toEqual({
      from: 'center', to: 'police',
      text: { vi: 'Đăng ký khai sinh nay do Công an tỉnh giải quyết', en: 'Birth registration is now handled by Provincial Police' },
    });
  });

  it('headlines a change of competent agency in the change list', () => {
    const before = compileCatalog(load(procedureWith('competentAgency: center', 'competentAgency: transport')).catalog!);
    const after = compileCatalog(load(procedureWith('competentAgency: center', 'competentAgency: police')).catalog!);
    const changes = diffCatalogs(before, after, { from: 'a', to: 'b' });
    expect(changes.procedures.changed[0]!.agencyChange!.text.en).toBe('Driving licences are now handled by the police (since 1 March 2025)');
    expect(formatChanges(changes, 'en')).toContain('~ changed  birth-registration  Birth registration\n      Driving licences are now handled by the police (since 1 March 2025)\n      competentAgency: "transport" → "police"');
    expect(formatChanges(changes, 'vi')).toContain('Giấy phép lái xe nay do công an cấp (từ ngày 1/3/2025)');
  });

});
