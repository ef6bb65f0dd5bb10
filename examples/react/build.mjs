// Bundles the React example with esbuild; part of `npm run build:bundles`.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
await build({
  entryPoints: [here('app.tsx')],
  outfile: here('../dist/react/app.js'),
  bundle: true,
  format: 'esm',
  minify: true,
  sourcemap: true,
  target: 'es2022',
  jsx: 'automatic',
  conditions: ['@onestop/source'],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
