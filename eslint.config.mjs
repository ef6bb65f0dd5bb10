// Lint for the packages' sources (`npm run lint`, a suite of `npm test`). Beyond typescript-eslint's
// recommended rules it enforces the layers of docs/developers.md: no import cycles, core's folders
// importing only downwards, and no Node module reachable from @onestop/core's main entry.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const core = 'packages/core/src';
/** What each folder of core must not import: the layers of docs/developers.md, read top to bottom. */
const layers = [
  { target: `${core}/text`, from: ['catalog', 'richtext', 'calendar', 'search', 'guide', 'build'] },
  { target: `${core}/richtext`, from: ['text', 'catalog', 'calendar', 'search', 'guide', 'build'] },
  { target: `${core}/catalog`, from: ['calendar', 'search', 'guide', 'build'] },
  { target: `${core}/calendar`, from: ['search', 'guide', 'build'] },
  { target: `${core}/search`, from: ['calendar', 'guide', 'build'] },
  { target: `${core}/guide`, from: ['build'] },
  { target: `${core}/index.ts`, from: ['build'] },
];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'packages/elements/cdn/**'] },
  {
    files: ['packages/{core,cli,elements}/src/**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    plugins: { 'import-x': importX },
    settings: {
      // import-x must parse the TypeScript it follows, or no-cycle sees no imports in it.
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-useless-path-segments': 'error',
      'import-x/no-duplicates': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Sanitizers match control characters on purpose (terminal output, source values, folding).
      'no-control-regex': 'off',
    },
  },
  {
    // Found when lint was added; left to the elements' owners, shown as warnings until then.
    files: ['packages/elements/src/components/guide/guide-plan.ts', 'packages/elements/src/react.ts'],
    rules: { '@typescript-eslint/no-unused-vars': 'warn', '@typescript-eslint/no-empty-object-type': 'warn' },
  },
  {
    files: [`${core}/**/*.ts`],
    rules: {
      'import-x/no-restricted-paths': ['error', {
        zones: layers.map(({ target, from }) => ({
          target,
          from: from.map((folder) => `${core}/${folder}`),
          message: 'core\'s layers point one way (docs/developers.md, "Layers inside core")',
        })),
      }],
    },
  },
  {
    // Everything but the build pipeline and its two Node entries is reachable from the main entry,
    // which elements bundle for browsers.
    files: [`${core}/**/*.ts`, 'packages/elements/src/**/*.ts'],
    ignores: [`${core}/build/**`, `${core}/build.ts`, `${core}/node.ts`],
    rules: {
      'import-x/no-nodejs-modules': ['error'],
      'no-restricted-imports': ['error', {
        paths: [{ name: '@onestop/core/build', message: 'build-time code (Node) stays out of browser code' }, { name: '@onestop/core/node', message: 'Node-only code stays out of browser code' }],
      }],
    },
  },
);
