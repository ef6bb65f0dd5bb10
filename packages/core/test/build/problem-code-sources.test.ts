/**
 * Every problem code in the sources of build/ and catalog/ has a row in problem-code-table.ts, so a
 * new code cannot be added untested. It reads the sources as text: the mutation run leaves it out
 * (packages/core/vitest.mutation.config.ts), because Stryker's instrumented copies no longer read so.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { SOURCE_FILE_KINDS, sourceSchema, type SourceFileKind } from '../../src/build.js';
import { DISK_ROWS, FOLDER_ROWS, ROWS } from './problem-code-table.js';

const CODE = String.raw`'([a-z]+(?:-[a-z]+)*)'`;
/** The ways the sources name a problem code: a severity then the code, `code: '…'`, and the helpers of each stage. */
const CODE_SITES = new RegExp(
  [String.raw`'(?:error|warning)',\s*${CODE}`, String.raw`\bcode:\s*${CODE}`, String.raw`\bcode = ${CODE}`, String.raw`\bwhole\(${CODE}`, String.raw`\btrouble\([^,]+,\s*${CODE}`, String.raw`\badd\([^,']+,\s*${CODE}`, String.raw`new CatalogDirError\([^;]*,\s*${CODE}\)`].join('|'),
  'g',
);

/**
 * Codes no input can reach today, each with the test that keeps it so. `schema` is the loader's
 * wording for a schema keyword it has no sentence for; the schemas use none (checked below).
 */
const UNREACHABLE: Record<string, string> = { schema: 'the schemas use only keywords the loader words' };

/** Schema keywords the loader turns into its own sentences, and the ones that only hold other schemas or notes. */
const WORDED = ['required', 'additionalProperties', 'type', 'enum', 'const', 'pattern', 'format', 'minLength', 'minItems', 'minProperties', 'minimum', 'maximum'];
const STRUCTURE = ['$schema', '$id', '$ref', '$defs', 'title', 'description', 'properties', 'patternProperties', 'items', 'anyOf', 'oneOf'];

/** Every keyword used in a schema, walking into the schemas it holds. */
function keywordsOf(schema: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(schema)) schema.forEach((s) => keywordsOf(s, into));
  else if (schema && typeof schema === 'object') {
    for (const [key, value] of Object.entries(schema)) {
      into.add(key);
      if (key === '$defs' || key === 'properties' || key === 'patternProperties') Object.values(value as object).forEach((s) => keywordsOf(s, into));
      else if (key === 'items' || key === 'anyOf' || key === 'oneOf' || key === 'additionalProperties') keywordsOf(value, into);
    }
  }
  return into;
}

/** Problem codes build/, catalog/ and richtext/ (Markdown checks) can report, read from their source. */
function sourceCodes(): Map<string, string[]> {
  const codes = new Map<string, string[]>();
  for (const folder of ['build', 'catalog', 'richtext']) {
    const dir = new URL(`../../src/${folder}/`, import.meta.url);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      for (const m of readFileSync(new URL(name, dir), 'utf8').matchAll(CODE_SITES)) {
        const code = m.slice(1).find((g) => g !== undefined)!;
        codes.set(code, [...(codes.get(code) ?? []), `${folder}/${name}`]);
      }
    }
  }
  return codes;
}

describe('every problem code in the sources has a negative case', () => {
  it('has a row for each code in build/ and catalog/', () => {
    const codes = sourceCodes();
    // Each stage is read: a pattern that stopped matching one of them would pass with no rows.
    expect([...new Set([...codes.values()].flat())].sort()).toEqual(
      ['build/check-guides.ts', 'build/check-succession.ts', 'build/cross-check.ts', 'build/load-source.ts', 'build/read-dir.ts', 'build/source-files.ts', 'build/value-checks.ts', 'richtext/markdown.ts'],
    );
    const rows = [...ROWS, ...DISK_ROWS, ...FOLDER_ROWS].map((r) => r.code);
    expect([...codes.keys()].filter((code) => !rows.includes(code) && !UNREACHABLE[code]).sort()).toEqual([]);
    expect(Object.keys(UNREACHABLE).filter((code) => !codes.has(code) || rows.includes(code))).toEqual([]);
  });

  it('the schemas use only keywords the loader words (so the fallback code "schema" is never shown)', () => {
    const used = new Set<string>();
    for (const kind of Object.keys(SOURCE_FILE_KINDS) as SourceFileKind[]) keywordsOf(sourceSchema(kind), used);
    expect(used).toContain('const');
    expect([...used].filter((k) => !WORDED.includes(k) && !STRUCTURE.includes(k))).toEqual([]);
  });

});
