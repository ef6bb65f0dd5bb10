import { createHash } from 'node:crypto';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { compileCatalog, loadSource, publish } from '../../src/build.js';
import { entrySchema, isPublicationEntry } from '../../src/catalog/entry.js';
import type { LocaleDirectory, LocaleIndex, Manifest, Procedure, PublicationEntry } from '../../src/index.js';
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

  it('lists the chunked search folder once, with its number of files, bytes and the hash of its sha256sum listing', () => {
    const { catalog } = loadSource(minimalFiles(), { today: '2026-11-25' });
    const files = publish(compileCatalog(catalog!), undefined, { searchChunks: 'always' });
    const manifest = JSON.parse(files.get('manifest.json')!) as Manifest;
    const sha = (text: string) => createHash('sha256').update(text).digest('hex');
    const folders = manifest.files.filter((f) => f.path.endsWith('/'));
    expect(folders.map((f) => f.path)).toEqual(['en', 'vi'].map((l) => `${l}/${JSON.parse(files.get(`${l}/search-chunks.json`)!).base}`));
    for (const folder of folders) {
      const inside = [...files.keys()].filter((p) => p.startsWith(folder.path)).sort();
      expect(inside.length).toBeGreaterThan(3);
      expect(folder.files).toBe(inside.length);
      expect(folder.bytes).toBe(inside.reduce((n, p) => n + Buffer.byteLength(files.get(p)!), 0));
      expect(folder.sha256).toBe(sha(inside.map((p) => `${sha(files.get(p)!)}  ${p.slice(folder.path.length)}\n`).join('')));
    }
    // Every other file is listed by itself, and nothing twice.
    const single = manifest.files.filter((f) => !f.path.endsWith('/')).map((f) => f.path);
    expect(single.sort()).toEqual([...files.keys()].filter((p) => p !== 'manifest.json' && !folders.some((f) => p.startsWith(f.path))).sort());
    expect(single).toContain('vi/search-chunks.json');
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

  it('starts with a small publication.json that says where each locale\'s files are, and matches its JSON Schema', () => {
    const files = build();
    const entry = JSON.parse(files.get('publication.json')!) as PublicationEntry;
    expect(isPublicationEntry(entry)).toBe(true);
    const validate = new Ajv2020({ strict: false }).compile(entrySchema());
    expect(validate(entry), JSON.stringify(validate.errors)).toBe(true);
    expect(entry.version).toBe((JSON.parse(files.get('manifest.json')!) as Manifest).version);
    for (const locale of entry.locales) {
      const paths = entry.files[locale]!;
      for (const path of [paths.search, paths.index, paths.directory, paths.procedure.replace('{id}', 'birth-registration')]) expect(files.has(path), path).toBe(true);
    }
    expect(entry).not.toHaveProperty('files.vi.catalog');
    expect(Buffer.byteLength(files.get('publication.json')!)).toBeLessThan(1024);
  });

  it('writes a per-locale directory of agencies, fields and calendars for procedure pages', () => {
    const directory = JSON.parse(build().get('en/directory.json')!) as LocaleDirectory;
    expect(directory.agencies.map((a) => a.id)).toHaveLength(1);
    expect(directory.calendars[0]!.year).toBeTypeOf('number');
    expect(directory.fields[0]!.name).toHaveProperty('en');
    // A guide runs a life-event journey from the directory, without the index of every procedure.
    expect(directory.lifeEvents.map((e) => e.id)).toContain('having-a-baby');
    expect(directory).not.toHaveProperty('procedures');
  });

  it('refuses a publication.json that is not one', () => {
    for (const bad of [null, 42, {}, { format: 'onestop-entry', schemaVersion: 1, version: 'x', locales: ['vi'], defaultLocale: 'vi', files: {} }]) expect(isPublicationEntry(bad)).toBe(false);
  });
});
