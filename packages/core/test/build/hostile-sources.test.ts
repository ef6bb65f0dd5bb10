import * as fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSource, MAX_SOURCE_FILE_BYTES } from '../../src/build.js';
import { readSourceDir } from '../../src/build/read-dir.js';
import { formatProblem, type CatalogProblem } from '../../src/index.js';
import { MINIMAL_FILES, minimalFiles, procedureWith } from '../fixtures/minimal-catalog.js';

// Bad data that used to pass validation or end in a stack trace: each gets one clear message.
const TODAY = '2026-11-25';
const load = (changes: Parameters<typeof minimalFiles>[0] = {}) => loadSource(minimalFiles(changes), { today: TODAY });
const errors = (problems: CatalogProblem[]) => problems.filter((p) => p.severity === 'error');
const text = (problems: CatalogProblem[]) => problems.map(formatProblem).join('\n');

const agency = (id: string, parent?: string) => ({
  [`agencies/${id}.yaml`]: MINIMAL_FILES['agencies/center.yaml']!.replace('id: center', `id: ${id}${parent ? `\nparent: ${parent}` : ''}`),
});

describe('numbers must be finite and in range', () => {
  it.each([
    ['amount: 1e309', 'amount: 8000', 'fees[0].amount', 'infinite'],
    ['amount: .inf', 'amount: 8000', 'fees[0].amount', 'infinite'],
    ['amount: -.Inf', 'amount: 8000', 'fees[0].amount', 'infinite'],
    ['amount: .nan', 'amount: 8000', 'fees[0].amount', 'NaN'],
    ['quantity: 1e309', 'quantity: 1', 'documentGroups[0].documents[0].quantity', 'infinite'],
    ['value: 1e309', 'value: 1', 'processingTime.value', 'infinite'],
  ])('%s gets one message at its field', (bad, good, path, word) => {
    const { problems, catalog } = load(procedureWith(good, bad));
    expect(catalog).toBeUndefined();
    const found = errors(problems);
    expect(found, text(problems)).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'not-a-number', path, file: 'procedures/birth-registration.yaml' });
    expect(found[0]!.message).toContain(word);
  });

  it('a whole number too large to store exactly is out of range', () => {
    const found = errors(load(procedureWith('amount: 8000', 'amount: 90000000000000000000')).problems);
    expect(found).toMatchObject([{ code: 'out-of-range', path: 'fees[0].amount' }]);
  });
});

describe('agency parents', () => {
  it('reports a loop of two, naming both agencies', () => {
    const found = errors(load({ ...agency('a', 'b'), ...agency('b', 'a') }).problems);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'parent-cycle', file: 'agencies/a.yaml', path: 'parent' });
    expect(found[0]!.message).toContain('a → b → a');
  });

  it('reports a longer loop once, and the agencies below it not at all', () => {
    const found = errors(load({ ...agency('a', 'c'), ...agency('b', 'a'), ...agency('c', 'b'), ...agency('d', 'a') }).problems);
    expect(found.map((p) => p.message)).toEqual(['the parents of these agencies go round in a loop: a → c → b → a']);
  });

  it('still reports an agency that is its own parent', () => {
    expect(errors(load(agency('a', 'a')).problems).map((p) => p.code)).toEqual(['self-reference']);
  });
});

describe('control characters in catalog text', () => {
  it.each([
    ['ESC (terminal title)', '"Birth\\e]0;pwned\\a registration"', 'U+001B'],
    ['BEL', '"Birth\\a registration"', 'U+0007'],
    ['C1 CSI', '"Birth\\x9B2J registration"', 'U+009B'],
    ['right-to-left override', '"Birth \\u202Enoitartsiger"', 'U+202E'],
  ])('%s is rejected, named by its code', (_name, value, code) => {
    const found = errors(load(procedureWith('en: Birth registration }', `en: ${value} }`)).problems);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'control-character', path: 'name.en' });
    expect(found[0]!.message).toContain(code);
    expect(found[0]!.message).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
  });

  it('allows tabs and line breaks in Markdown', () => {
    const { problems } = load(procedureWith("en: Register a child's birth.", 'en: "Register\\ta child\'s birth.\\n\\nThen collect the certificate."'));
    expect(errors(problems)).toEqual([]);
  });
});

describe('messages worth a second look', () => {
  it('10,000 levels of nesting: one message, no stack overflow', () => {
    const { problems } = load({ 'procedures/deep.yaml': `id: deep\nname: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n` });
    const found = problems.filter((p) => p.file === 'procedures/deep.yaml');
    expect(found).toMatchObject([{ code: 'too-deep' }]);
    expect(text(problems)).not.toMatch(/call stack/i);
  });

  it('nesting that parses but is deeper than any catalog file', () => {
    const { problems } = load({ 'procedures/deep.yaml': `id: deep\nname: ${'['.repeat(200)}${']'.repeat(200)}\n` });
    expect(problems.filter((p) => p.file === 'procedures/deep.yaml').map((p) => p.code)).toEqual(['too-deep']);
  });

  it('raw HTML and an image with a javascript: target in Markdown are reported', () => {
    const { problems } = load(procedureWith("en: Register a child's birth.", 'en: "Register <b>a</b> <i>child</i> ![birth](javascript:alert(1))"'));
    const found = errors(problems);
    expect(found.map((p) => p.code)).toEqual(['unsupported-markdown', 'unsupported-markdown']);
    expect(found[0]!.message).toContain('HTML is not allowed');
    expect(found[1]!.message).toContain('"javascript:alert(1)" is dropped');
  });

  it('a file over the limit is reported with its real size', () => {
    const files = minimalFiles().map((f) => (f.path === 'procedures/birth-registration.yaml' ? { ...f, bytes: new Uint8Array(MAX_SOURCE_FILE_BYTES + 1), size: 5 * 1024 * 1024 } : f));
    const p = loadSource(files, { today: TODAY }).problems.find((x) => x.code === 'file-too-large');
    expect(p?.message).toBe('the file is 5120 KiB; the limit is 1024 KiB');
  });
});

describe('cross-checks run on every file that passed the schema', () => {
  it('reports a wrong type in one file and an unknown agency in another in the same round', () => {
    const second = MINIMAL_FILES['procedures/birth-registration.yaml']!.replace('id: birth-registration', 'id: death-registration').replace('competentAgency: center', 'competentAgency: centre');
    const { problems, catalog } = load({ ...procedureWith('quantity: 1', 'quantity: one'), 'procedures/death-registration.yaml': second });
    expect(catalog).toBeUndefined();
    expect(errors(problems).map((p) => `${p.file} ${p.code}`)).toEqual([
      'procedures/birth-registration.yaml wrong-type',
      'procedures/death-registration.yaml unknown-agency',
    ]);
  });

  it('does not report references to a file that is itself broken', () => {
    const broken = MINIMAL_FILES['agencies/center.yaml']!.replace('level: [province]', 'level: province');
    const { problems } = load({ 'agencies/center.yaml': broken });
    expect(errors(problems).map((p) => `${p.file} ${p.code}`)).toEqual(['agencies/center.yaml wrong-type']);
  });
});

describe('reading the catalog folder', () => {
  let tmp: string;
  let catalog: string;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'onestop-read-'));
    catalog = join(tmp, 'catalog');
    for (const [path, content] of Object.entries(MINIMAL_FILES)) {
      mkdirSync(join(catalog, path, '..'), { recursive: true });
      writeFileSync(join(catalog, path), content);
    }
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const loadDir = (disk?: Parameters<typeof readSourceDir>[1]) => loadSource(readSourceDir(catalog, disk), { today: TODAY });

  it('follows a link that stays inside the catalog folder', () => {
    mkdirSync(join(catalog, 'drafts'), { recursive: true });
    writeFileSync(join(catalog, 'drafts', 'center.yaml'), MINIMAL_FILES['agencies/center.yaml']!.replace('id: center', 'id: annex'));
    symlinkSync('../drafts/center.yaml', join(catalog, 'agencies', 'annex.yaml'));
    try {
      const { problems, catalog: loaded } = loadDir();
      expect(errors(problems)).toEqual([]);
      expect(loaded!.agencies.map((a) => a.id).sort()).toEqual(['annex', 'center']);
    } finally {
      rmSync(join(catalog, 'agencies', 'annex.yaml'));
    }
  });

  it('reports links that leave the folder, loop, or point at nothing, by name', () => {
    writeFileSync(join(tmp, 'elsewhere.yaml'), MINIMAL_FILES['agencies/center.yaml']!.replace('id: center', 'id: outside'));
    symlinkSync(join(tmp, 'elsewhere.yaml'), join(catalog, 'agencies', 'outside.yaml'));
    symlinkSync('loop-b.yaml', join(catalog, 'agencies', 'loop-a.yaml'));
    symlinkSync('loop-a.yaml', join(catalog, 'agencies', 'loop-b.yaml'));
    symlinkSync('missing.yaml', join(catalog, 'agencies', 'dangling.yaml'));
    try {
      const found = errors(loadDir().problems).map((p) => `${p.file}: ${p.message}`);
      expect(found).toEqual([
        'agencies/dangling.yaml: this link points to nothing (its target is missing)',
        'agencies/loop-a.yaml: cannot follow this link (the symbolic links go round in a loop)',
        'agencies/loop-b.yaml: cannot follow this link (the symbolic links go round in a loop)',
        `agencies/outside.yaml: this link leads outside the catalog folder (to ${fs.realpathSync(join(tmp, 'elsewhere.yaml'))})`,
      ]);
    } finally {
      for (const name of ['outside', 'loop-a', 'loop-b', 'dangling']) rmSync(join(catalog, 'agencies', `${name}.yaml`));
    }
  });

  it('reports a file or folder it may not read as "cannot read (permission denied)"', () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const disk = {
      ...fs,
      readFileSync: ((path: fs.PathOrFileDescriptor, options?: unknown) => {
        if (String(path).endsWith('birth-registration.yaml')) throw denied;
        return fs.readFileSync(path, options as undefined);
      }) as typeof fs.readFileSync,
      readdirSync: ((path: fs.PathLike, options?: unknown) => {
        if (String(path).endsWith('life-events')) throw denied;
        return fs.readdirSync(path, options as undefined);
      }) as typeof fs.readdirSync,
    };
    const found = errors(loadDir(disk).problems).map((p) => `${p.file}: ${p.message}`);
    expect(found).toEqual(['life-events/: cannot read (permission denied)', 'procedures/birth-registration.yaml: cannot read (permission denied)']);
  });

  it('reports a folder or a pipe where a file should be, without blocking on the pipe', () => {
    mkdirSync(join(catalog, 'procedures', 'folder.yaml'));
    execFileSync('mkfifo', [join(catalog, 'procedures', 'pipe.yaml')]);
    try {
      const found = errors(loadDir().problems).map((p) => `${p.file}: ${p.message}`);
      expect(found).toEqual([
        'procedures/folder.yaml: cannot read (it is a folder, not a file)',
        'procedures/pipe.yaml: cannot read (it is not a plain file (a pipe or a device))',
      ]);
    } finally {
      rmSync(join(catalog, 'procedures', 'folder.yaml'), { recursive: true });
      rmSync(join(catalog, 'procedures', 'pipe.yaml'));
    }
  });
});
