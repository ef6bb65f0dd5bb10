// Browser bundles of @onestop/elements: one ES module an agency site loads with one script tag.
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

// Chunk names carry a content hash: drop the previous build's chunks so stale ones never linger.
rmSync(here('examples/dist/chunks'), { recursive: true, force: true });

/**
 * Core's search uses only FlexSearch's plain `Index` (add and search), which its light build has:
 * about 4.5 kB gzip against 17.5 kB for the full bundle the package exports. The light build is
 * not in FlexSearch's `exports`, so it is reached by path; it has no export/import, so a
 * prebuilt index in search.json is re-indexed from its documents (search-index.ts).
 */
function flexsearchLight() {
  const light = join(dirname(createRequire(import.meta.url).resolve('flexsearch')), 'flexsearch.light.module.min.js');
  return {
    name: 'onestop-flexsearch-light',
    resolveId(source) {
      return source === 'flexsearch' ? { id: light, moduleSideEffects: false } : null;
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
    output: {
      dir: here('examples/dist'),
      entryFileNames: '[name].js',
      // The guide's English texts and the elements' English UI strings are both `en`: name them apart.
      chunkFileNames: (chunk) => (/[\\/]locales[\\/]guide[\\/]/.test(chunk.facadeModuleId ?? '') ? 'chunks/guide-[name]-[hash].js' : 'chunks/[name]-[hash].js'),
      format: 'es',
      sourcemap: true,
    },
    plugins: [
      flexsearchLight(),
      nodeResolve({ browser: true, exportConditions: ['@onestop/source', 'browser', 'production', 'default'] }),
      typescript({ tsconfig: here('packages/elements/tsconfig.json'), noEmit: false, declaration: false, sourceMap: true, outDir: undefined, include: ['packages/**/*.ts'] }),
      minifyElementStyles(),
      terser({ format: { comments: false }, ecma: 2022, module: true, toplevel: true, compress: { passes: 2 } }),
    ],
  },
];
