// `npm run manifest`: custom-elements.json from the elements' JSDoc (@summary, @fires, @csspart, @cssprop, @slot)
// and their registrations in src/define/.
import { defineElementPlugin } from './scripts/define-element-plugin.mjs';

export default {
  globs: ['src/components/**/*.ts', 'src/define/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [
    defineElementPlugin(),
    // The analyzer's file order follows the file system; sort so the committed file is the same everywhere.
    { name: 'onestop-sorted-modules', packageLinkPhase: ({ customElementsManifest }) => customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path)) },
  ],
};
