// Browser bundles of @onestop/elements: one ES module an agency site loads with one script tag.
import { fileURLToPath } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

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

export default [
  {
    input: here('packages/elements/src/index.ts'),
    output: { file: here('examples/dist/onestop.js'), format: 'es', sourcemap: true },
    // FlexSearch declares no "sideEffects": without this, rollup keeps all of it (~16 kB gzip)
    // in pages that never search, because @onestop/core imports it.
    treeshake: { moduleSideEffects: (id) => !id.includes('/node_modules/flexsearch/') },
    plugins: [
      noNodeBuiltins(),
      nodeResolve({ browser: true, exportConditions: ['@onestop/source', 'browser', 'production', 'default'] }),
      typescript({ tsconfig: here('packages/elements/tsconfig.json'), noEmit: false, declaration: false, sourceMap: true, outDir: undefined, include: ['packages/**/*.ts'] }),
      terser({ format: { comments: false }, ecma: 2022, module: true }),
    ],
  },
];
