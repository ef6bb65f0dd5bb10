import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { compileCatalog, loadSource, publish } from '../../src/build.js';
import type { LocaleIndex, Manifest, Procedure } from '../../src/index.js';
import { minimalFiles, procedureWith } from '../fixtures/minimal-catalog.js';

function build(changes: Parameters<typeof minimalFiles>[0] = {}) {
  const { catalog, problems } = loadSource(minimalFiles(changes), { today: '2026-11-25' });
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  return publish(compileCatalog(catalog!));
}

describe('the publication', () => {
  it('is byte-identical for the same input, whatever the file order', () => {
    const a = build();
    const reversed = loadSource(minimalFiles().reverse(), { today: '2026-11-25' });
    const b = publish(compileCatalog(reversed.catalog!));
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [path, text] of a) expect(b.get(path), path).toBe(text);
  });

  it('lists every file in the manifest with its size and sha256', () => {
    const files = build();
    const manifest = JSON.parse(files.get('manifest.json')!) as Manifest;
    expect(manifest.locales).toEqual(['vi', 'en']);
    expect(manifest.counts).toEqual({ procedures: 1, agencies: 1, lifeEvents: 1, fields: 1, calendars: 1 });
    expect(manifest.generated).toBe('2026-01-10');
    expect(manifest.sample).toBe(true);
    expect(manifest.files.map((f) => f.path).sort()).toEqual([...files.keys()].filter((p) => p !== 'manifest.json').sort());
    for (const f of manifest.files) {
      expect(f.sha256).toBe(createHash('sha256').update(files.get(f.path)!).digest('hex'));
      expect(f.bytes).toBe(Buffer.byteLength(files.get(f.path)!));
    }
  });

  it('changes its version when, and only when, the content changes', () => {
    const v = (files: Map<string, string>) => (JSON.parse(files.get('manifest.json')!) as Manifest).version;
    expect(v(build())).toBe(v(build()));
    expect(v(build(procedureWith('amount: 8000', 'amount: 10000')))).not.toBe(v(build()));
  });

  it('writes per-locale data holding only that locale, with rich text compiled', () => {
    const files = build();
    const en = JSON.parse(files.get('en/procedures/birth-registration.json')!) as Procedure;
    expect(en.name).toEqual({ en: 'Birth registration' });
    expect(en.summary).toEqual({ en: [{ t: 'p', c: [{ t: 'text', v: "Register a child's birth." }] }] });
    const index = JSON.parse(files.get('vi/index.json')!) as LocaleIndex;
    expect(index.procedures[0]).toMatchObject({ id: 'birth-registration', name: { vi: 'Đăng ký khai sinh' }, channelTypes: ['in-person', 'online'], feeFrom: 0, feeTo: 8000 });
    expect(index.procedures[0]!.documentNames).toEqual({ vi: ['Tờ khai đăng ký khai sinh'] });
    expect(index.info.sample).toBe(true);
  });

  it('falls back to the default locale where a translation is missing', () => {
    const files = build(procedureWith('result:\n  name: { vi: Giấy khai sinh, en: Birth certificate }', 'result:\n  name: { vi: Giấy khai sinh }'));
    const en = JSON.parse(files.get('en/procedures/birth-registration.json')!) as Procedure;
    expect(en.result.name).toEqual({ en: 'Giấy khai sinh' });
  });
});
