// The committed custom-elements.json and docs/element-reference.md must match the sources: run `npm run manifest`.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error — a plain ES module script shared with `npm run manifest`
import { elementReference } from '../scripts/element-reference.mjs';

const elements = fileURLToPath(new URL('..', import.meta.url));
const repo = fileURLToPath(new URL('../../..', import.meta.url));
const scratch = 'node_modules/.cache/onestop/manifest-check';

const committed = JSON.parse(readFileSync(`${elements}custom-elements.json`, 'utf8'));
const tags = (manifest: any): string[] =>
  manifest.modules.flatMap((m: any) => (m.exports ?? []).filter((e: any) => e.kind === 'custom-element-definition').map((e: any) => e.name));

afterAll(() => rmSync(`${repo}${scratch}`, { recursive: true, force: true }));

describe('custom-elements.json', () => {
  it('matches what the analyzer makes from the sources now', () => {
    const run = spawnSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet', '--outdir', `../../${scratch}`], {
      cwd: elements,
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const fresh = JSON.parse(readFileSync(`${repo}${scratch}/custom-elements.json`, 'utf8'));
    expect(fresh, 'custom-elements.json is out of date: run `npm run manifest`').toEqual(committed);
  });

  it('defines every element registered in src/define/ with its tag on the class', () => {
    const defined = readFileSync(`${elements}src/index.ts`, 'utf8').match(/define\/(onestop-[a-z-]+)\.js/g)?.map((s) => s.slice(7, -3)) ?? [];
    expect(defined.length).toBeGreaterThan(0);
    expect(tags(committed).sort()).toEqual(defined.sort());
    for (const tag of defined) {
      const declaration = committed.modules.flatMap((m: any) => m.declarations ?? []).find((d: any) => d.tagName === tag);
      expect(declaration?.customElement, tag).toBe(true);
      expect(declaration?.summary, `${tag} needs a @summary in its JSDoc`).toBeTruthy();
    }
  });

  it('is the "customElements" of the package and is published', () => {
    const pkg = JSON.parse(readFileSync(`${elements}package.json`, 'utf8'));
    expect(pkg.customElements).toBe('custom-elements.json');
    expect(pkg.files).toContain('custom-elements.json');
  });
});

describe('docs/theming.md and the @cssprop lists', () => {
  const theming = readFileSync(`${repo}docs/theming.md`, 'utf8');
  const cssProps = (tag: string): string[] =>
    committed.modules.flatMap((m: any) => m.declarations ?? []).find((d: any) => d.tagName === tag)?.cssProperties?.map((p: any) => p.name) ?? [];
  // Table rows only, and not the `-dark` twins, which each colour's description names.
  const documented = [...new Set([...theming.matchAll(/^\| `(--onestop-[a-z-]+)`/gm)].map((m) => m[1]!))].filter((t) => !t.endsWith('-dark'));
  const shared = theming.slice(theming.indexOf('## The shared tokens'), theming.indexOf('Properties of one element'));
  const sharedTokens = [...shared.matchAll(/^\| `(--onestop-[a-z-]+)`/gm)].map((m) => m[1]!);

  it('names every documented token on at least one element', () => {
    expect(documented.length).toBeGreaterThan(15);
    const named = new Set(tags(committed).flatMap(cssProps));
    expect(documented.filter((t) => !named.has(t))).toEqual([]);
  });

  it('lists the shared tokens on search, catalog and procedure page, less the ones an element has nothing to colour with', () => {
    expect(sharedTokens.length).toBe(16);
    // The procedure page marks no matched words; only it shows office hours ("open now", "closed").
    expect(sharedTokens.filter((t) => !cssProps('onestop-procedure').includes(t))).toEqual(['--onestop-color-mark']);
    for (const tag of ['onestop-search', 'onestop-catalog']) {
      expect(sharedTokens.filter((t) => !cssProps(tag).includes(t)), tag).toEqual(['--onestop-color-danger', '--onestop-color-success']);
    }
  });
});

describe('docs/element-reference.md', () => {
  it('is the reference generated from the committed manifest', () => {
    expect(readFileSync(`${repo}docs/element-reference.md`, 'utf8'), 'docs/element-reference.md is out of date: run `npm run manifest`').toBe(elementReference(committed));
  });
});
