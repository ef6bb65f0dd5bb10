/**
 * The code blocks of docs/*.md fenced as ```ts test run here against the sample catalog, and each
 * line written `expression; // → value` must give that value, so the docs cannot drift from the code.
 * A value shows the fields that matter: objects are compared on the keys written, and an array
 * that ends with '…' on its first items only. `fetch('/catalog/…')` reads the sample publication.
 */
import { describe, expect, it } from 'vitest';
import { transform } from 'esbuild';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileCatalog, publish } from '../src/build.js';
import { loadCatalogDir } from '../src/node.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const MODULES: Record<string, () => Promise<unknown>> = {
  '@onestop/core': () => import('../src/index.js'),
  '@onestop/core/guide': () => import('../src/guide/index.js'),
  '@onestop/core/search': () => import('../src/search/index.js'),
  '@onestop/core/build': () => import('../src/build.js'),
  '@onestop/core/node': () => import('../src/node.js'),
};

interface Snippet {
  doc: string;
  line: number;
  code: string;
}

function snippets(): Snippet[] {
  const out: Snippet[] = [];
  for (const name of readdirSync(`${repo}docs`).filter((f) => f.endsWith('.md')).sort()) {
    const text = readFileSync(`${repo}docs/${name}`, 'utf8');
    for (const m of text.matchAll(/^```ts test\n([\s\S]*?)^```/gm)) {
      out.push({ doc: `docs/${name}`, line: text.slice(0, m.index).split('\n').length + 1, code: m[1]! });
    }
  }
  return out;
}

/** `import { a, type B } from '@onestop/x'` → a look-up in MODULES; `expr; // → value` → a check. */
function toScript({ code, line }: Snippet): string {
  return code.split('\n').map((text, i) => {
    const imported = /^import\s*\{([^}]*)\}\s*from\s*'([^']+)';?\s*$/.exec(text);
    if (imported) {
      const names = imported[1]!.split(',').map((n) => n.trim()).filter((n) => n && !n.startsWith('type ')).map((n) => n.replace(/\s+as\s+/, ': '));
      return `const { ${names.join(', ')} } = await __import(${JSON.stringify(imported[2])});`;
    }
    const checked = /^(.*?);?\s*\/\/ → (.*)$/.exec(text);
    if (checked) return `__check(${checked[1]}, ${checked[2]}, ${line + i});`;
    return text;
  }).join('\n');
}

/** The actual value cut to the shape of the expected one (see the header). */
function shaped(actual: unknown, expected: unknown): unknown {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const open = expected[expected.length - 1] === '…';
    const items = open ? expected.slice(0, -1) : expected;
    const head = actual.slice(0, open ? items.length : actual.length).map((a, i) => (i < items.length ? shaped(a, items[i]) : a));
    return open ? [...head, '…'] : head;
  }
  if (expected && typeof expected === 'object' && actual && typeof actual === 'object' && !Array.isArray(actual)) {
    return Object.fromEntries(Object.keys(expected).map((k) => [k, shaped((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k])]));
  }
  return actual;
}

const publication = (() => {
  let files: Map<string, string> | undefined;
  return () => {
    if (!files) {
      const loaded = loadCatalogDir(`${repo}catalog`);
      if (!loaded.catalog) throw new Error('the sample catalog does not load');
      files = publish(compileCatalog(loaded.catalog));
    }
    return files;
  };
})();

async function sampleFetch(url: string) {
  const path = url.replace(/^\/catalog\//, '');
  const text = publication().get(path);
  if (text === undefined) return { ok: false, status: 404, json: async () => { throw new Error(`no ${url}`); }, text: async () => '' };
  return { ok: true, status: 200, json: async () => JSON.parse(text) as unknown, text: async () => text };
}

const all = snippets();

describe('documented snippets run and show what the code returns', () => {
  it('finds the snippets marked for testing', () => {
    expect(all.filter((s) => s.doc === 'docs/search.md').length).toBeGreaterThanOrEqual(2);
  });

  it.each(all.map((s) => [`${s.doc}:${s.line}`, s] as const))('%s', async (_where, snippet) => {
    const { code } = await transform(`${toScript(snippet)}\n`, { loader: 'ts', format: 'esm' });
    const checks: { line: number; actual: unknown; expected: unknown }[] = [];
    const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<void>;
    const run = new AsyncFunction('__import', '__check', 'fetch', code);
    await run(
      (name: string) => MODULES[name]?.() ?? Promise.reject(new Error(`${snippet.doc} imports ${name}, which is not an entry of @onestop/core`)),
      (actual: unknown, expected: unknown, line: number) => checks.push({ line, actual, expected }),
      sampleFetch,
    );
    expect(checks.length, 'a tested snippet shows at least one value').toBeGreaterThan(0);
    for (const { line, actual, expected } of checks) expect(shaped(actual, expected), `${snippet.doc}:${line}`).toEqual(expected);
  });
});
