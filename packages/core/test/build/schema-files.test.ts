import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderSchemaFiles } from '../../src/build/schema-files.js';

const dir = fileURLToPath(new URL('../../schema/', import.meta.url));

describe('the published JSON Schema files', () => {
  it('match the schema the validator uses (run npm run schema after changing it)', () => {
    const expected = renderSchemaFiles();
    expect(readdirSync(dir).filter((f) => f.endsWith('.schema.json')).sort()).toEqual([...expected.keys()].sort());
    for (const [name, text] of expected) expect(readFileSync(dir + name, 'utf8'), name).toBe(text);
  });
});
