import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as root from '../src/index.js';
import * as guide from '../src/guide/index.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** The entries of @onestop/core that browsers load (package.json "exports" with a source file outside build). */
const BROWSER_ENTRIES = ['../src/index.ts', '../src/guide/index.ts', '../src/search/index.ts'];

describe('the browser entries of @onestop/core', () => {
  it.each(BROWSER_ENTRIES)('%s bundles for platform=browser with no Node built-in and nothing from build/', async (entry) => {
    const result = await build({
      entryPoints: [here(entry)], bundle: true, platform: 'browser', format: 'esm', write: false, metafile: true, logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((path) => NODE_BUILTINS.has(path))).toEqual([]);
    expect(inputs.filter((path) => path.includes('packages/core/src/build'))).toEqual([]);
    const code = result.outputFiles[0]!.text;
    expect(code).not.toMatch(/from\s*["']node:|import\(\s*["']node:|require\(\s*["'](node:|fs["']|path["']|crypto["'])/);
  });

  it('fails the bundle when a Node module is reached (the check can fail)', async () => {
    await expect(build({
      stdin: { contents: "import { createHash } from 'node:crypto'; export const h = createHash;", resolveDir: here('../src') },
      bundle: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent',
    })).rejects.toThrow(/node:crypto/);
  });
});

describe('names the package root exports', () => {
  const VERBS = ['startGuide', 'current', 'answer', 'answerAll', 'back', 'edit', 'restart', 'setSubmission', 'serialize', 'deserialize', 'progress', 'ask', 'holds'];

  it('leaves the guide session verbs to @onestop/core/guide', () => {
    expect(VERBS.filter((name) => name in root)).toEqual([]);
    expect(VERBS.filter((name) => typeof (guide as Record<string, unknown>)[name] !== 'function')).toEqual([]);
  });
});

describe('package exports and the type-check', () => {
  it('gives every source entry of package.json a line in the root tsconfig paths', () => {
    const pkg = JSON.parse(readFileSync(here('../package.json'), 'utf8')) as { name: string; exports: Record<string, unknown> };
    const tsconfig = JSON.parse(readFileSync(here('../../../tsconfig.json'), 'utf8')) as { compilerOptions: { paths: Record<string, string[]> } };
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      const source = typeof target === 'object' && target ? (target as Record<string, string>)['@onestop/source'] : undefined;
      if (!source) continue;
      const name = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
      expect(tsconfig.compilerOptions.paths[name], name).toEqual([`./packages/core/${source.slice(2)}`]);
    }
  });
});
