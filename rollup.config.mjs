// Browser bundles of @onestop/elements: one ES module an agency site loads with one script tag.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

// Chunk names carry a content hash: drop the previous build's chunks so stale ones never linger.
rmSync(here('examples/dist/chunks'), { recursive: true, force: true });

/** FlexSearch's ESM entry mentions worker_threads for its Node worker; browsers never need it. */
function noNodeBuiltins() {
  return {
    name: 'onestop-no-node-builtins',
    resolveId(source) {
      if (source === 'worker_threads' || source === 'node:worker_threads') return { id: '\0onestop-empty', moduleSideEffects: false };
      return null;
    },
    load(id) {
      return id === '\0onestop-empty' ? 'export default {};' : null;
    },
  };
}

/**
 * Collapses the whitespace of css`…` templates in *.styles.ts files: terser leaves template text
 * alone. Spaces before ':' stay (they are descendant combinators in selectors such as `a :is(b)`).
 */
function minifyElementStyles() {
  return {
    name: 'onestop-minify-styles',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      const out = code.replace(/css\s*`([^`]*)`/g, (_m, body) =>
        'css`' + body.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};,>])\s*/g, '$1').replace(/:\s+/g, ':').replace(/;}/g, '}').trim() + '`');
      return { code: out, map: null };
    },
  };
}

export default [
  {
    // onestop.js registers every element; the procedure page, catalog browser and guide are
    // chunks it loads when a page uses them.
    input: { onestop: here('packages/elements/src/bundle.ts') },
    output: { dir: here('examples/dist'), entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', format: 'es', sourcemap: true },
    // FlexSearch declares no "sideEffects": without this, rollup keeps all of it (~16 kB gzip)
    // in pages that never search, because @onestop/core imports it.
    treeshake: { moduleSideEffects: (id) => !id.includes('/node_modules/flexsearch/') },
    plugins: [
      noNodeBuiltins(),
      nodeResolve({ browser: true, exportConditions: ['@onestop/source', 'browser', 'production', 'default'] }),
      typescript({ tsconfig: here('packages/elements/tsconfig.json'), noEmit: false, declaration: false, sourceMap: true, outDir: undefined, include: ['packages/**/*.ts'] }),
      minifyElementStyles(),
      terser({ format: { comments: false }, ecma: 2022, module: true }),
    ],
  },
];
