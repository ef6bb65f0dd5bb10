import { describe, expect, it } from 'vitest';
import { compileCatalog, diffCatalogs, formatChanges, loadSource } from '../../src/build.js';
import { minimalFiles, MINIMAL_FILES, procedureWith } from '../fixtures/minimal-catalog.js';

const compiled = (changes: Parameters<typeof minimalFiles>[0] = {}) => compileCatalog(loadSource(minimalFiles(changes), { today: '2026-11-25' }).catalog!);

describe('the change list', () => {
  it('reports a raised fee with before and after', () => {
    const changes = diffCatalogs(compiled(), compiled(procedureWith('amount: 8000', 'amount: 10000')), { from: 'a', to: 'b' });
    expect(changes.procedures.changed).toEqual([
      { id: 'birth-registration', name: { vi: 'Đăng ký khai sinh', en: 'Birth registration' }, changes: [{ path: 'fees[late].amount', before: 8000, after: 10000 }] },
    ]);
    expect(formatChanges(changes, 'en')).toContain('fees[late].amount: 8,000 → 10,000');
  });

  it('reports added and removed procedures', () => {
    const second = MINIMAL_FILES['procedures/birth-registration.yaml']!.replace('id: birth-registration', 'id: death-registration').replace('Đăng ký khai sinh', 'Đăng ký khai tử');
    const changes = diffCatalogs(compiled(), compiled({ 'procedures/death-registration.yaml': second }), { from: 'a', to: 'b' });
    expect(changes.procedures.added.map((p) => p.id)).toEqual(['death-registration']);
    const back = diffCatalogs(compiled({ 'procedures/death-registration.yaml': second }), compiled(), { from: 'b', to: 'a' });
    expect(back.procedures.removed.map((p) => p.id)).toEqual(['death-registration']);
    expect(formatChanges(back, 'vi')).toContain('- removed  death-registration  Đăng ký khai tử');
  });

  it('compares rich text as the words a reader sees', () => {
    const changes = diffCatalogs(compiled(), compiled(procedureWith('vi: Đăng ký khai sinh cho trẻ em.', 'vi: Đăng ký khai sinh cho **trẻ em** mới sinh.')), { from: 'a', to: 'b' });
    expect(changes.procedures.changed[0]!.changes).toEqual([{ path: 'summary.vi', before: 'Đăng ký khai sinh cho trẻ em.', after: 'Đăng ký khai sinh cho trẻ em mới sinh.' }]);
  });

  it('reports agency changes such as a new address', () => {
    const changes = diffCatalogs(compiled(), compiled({ 'agencies/center.yaml': MINIMAL_FILES['agencies/center.yaml']!.replace('Đường Lê Lợi', 'Số 1 Đường Lê Lợi') }), { from: 'a', to: 'b' });
    expect(changes.agencies.changed[0]!.changes).toEqual([{ path: 'address.vi', before: 'Đường Lê Lợi', after: 'Số 1 Đường Lê Lợi' }]);
  });

  it('says so when nothing changed', () => {
    expect(formatChanges(diffCatalogs(compiled(), compiled(), { from: 'a', to: 'a' }), 'en')).toContain('No changes.');
  });
});
