// After rollup: copies the script-tag bundle (examples/dist/onestop.js and every chunk it imports) into
// packages/elements/cdn/, so CDNs that mirror npm packages serve it, and prints the tags to paste
// into a page, with Subresource Integrity hashes, plus the gzip size of each file.
// Usage: node packages/elements/scripts/cdn-bundle.mjs [--base https://agency.example/onestop/0.1.0/]
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const from = join(root, 'examples/dist');
const to = fileURLToPath(new URL('../cdn/', import.meta.url));
const ENTRY = 'onestop.js';
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const baseArg = process.argv.indexOf('--base');
const base = baseArg > 0 ? process.argv[baseArg + 1].replace(/\/?$/, '/') : `/onestop/${version}/`;

await init;

/** The entry and every module it reaches by a relative import, static ones flagged for preloading. */
function bundleFiles() {
  const files = new Map([[ENTRY, { static: true }]]);
  const queue = [ENTRY];
  while (queue.length) {
    const file = queue.shift();
    const [imports] = parse(readFileSync(join(from, file), 'utf8'));
    // es-module-lexer 3 names each import's `specifier` and `type` ('static' or 'dynamic').
    for (const { specifier, type } of imports) {
      if (!specifier?.startsWith('.')) continue;
      const target = posix.normalize(posix.join(posix.dirname(file), specifier));
      const isStatic = type === 'static' && files.get(file).static;
      if (files.has(target)) files.get(target).static ||= isStatic;
      else {
        files.set(target, { static: isStatic });
        queue.push(target);
      }
    }
  }
  return files;
}

if (!existsSync(join(from, ENTRY))) {
  console.error(`cdn-bundle: ${join(from, ENTRY)} is missing; run rollup first (npm run build:bundles).`);
  process.exit(1);
}
const files = bundleFiles();
rmSync(to, { recursive: true, force: true });
const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const rows = [];
const preloads = [];
for (const [file, { static: isStatic }] of files) {
  const bytes = readFileSync(join(from, file));
  mkdirSync(dirname(join(to, file)), { recursive: true });
  copyFileSync(join(from, file), join(to, file));
  if (existsSync(join(from, `${file}.map`))) copyFileSync(join(from, `${file}.map`), join(to, `${file}.map`));
  rows.push(`| ${file} | ${(bytes.length / 1024).toFixed(1)} kB | ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} kB | ${isStatic ? 'at load' : 'on demand'} |`);
  if (isStatic && file !== ENTRY) preloads.push(`<link rel="modulepreload" href="${base}${file}" integrity="${integrity(bytes)}" crossorigin="anonymous">`);
}
const entryTag = `<script type="module" src="${base}${ENTRY}" integrity="${integrity(readFileSync(join(from, ENTRY)))}" crossorigin="anonymous"></script>`;
console.log(`\nScript-tag bundle ${version} (copied to packages/elements/cdn/):\n\n| file | raw | gzip | loaded |\n|---|--:|--:|---|\n${rows.join('\n')}`);
console.log(`\nPaste into the page (files served from ${base}):\n\n${[...preloads, entryTag].join('\n')}\n`);
