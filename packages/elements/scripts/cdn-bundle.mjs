// After rollup: copies the script-tag bundle (examples/dist/onestop.js and every chunk it imports) into
// packages/elements/cdn/, so CDNs that mirror npm packages serve it, and prints the tags to paste
// into a page, with Subresource Integrity hashes, plus the gzip size of each file. Chunks loaded at start
// are checked through their `modulepreload` tags; chunks loaded on demand through an import map's
// `integrity` table. Every file's hash is also written to cdn/integrity.json.
// Usage: node packages/elements/scripts/cdn-bundle.mjs [--base https://agency.example/onestop/0.1.0/]
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const onDemand = {};
const table = {};
for (const [file, { static: isStatic }] of files) {
  const bytes = readFileSync(join(from, file));
  mkdirSync(dirname(join(to, file)), { recursive: true });
  copyFileSync(join(from, file), join(to, file));
  if (existsSync(join(from, `${file}.map`))) copyFileSync(join(from, `${file}.map`), join(to, `${file}.map`));
  rows.push(`| ${file} | ${(bytes.length / 1024).toFixed(1)} kB | ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} kB | ${isStatic ? 'at load' : 'on demand'} |`);
  if (isStatic && file !== ENTRY) preloads.push(`<link rel="modulepreload" href="${base}${file}" integrity="${integrity(bytes)}" crossorigin="anonymous">`);
  if (!isStatic) onDemand[`${base}${file}`] = integrity(bytes);
  table[file] = { integrity: integrity(bytes), loaded: isStatic ? 'at load' : 'on demand' };
}
writeFileSync(join(to, 'integrity.json'), `${JSON.stringify(table, null, 2)}\n`);
// An inline import map needs its own hash in the page's script-src under a strict CSP.
const importMap = JSON.stringify({ integrity: onDemand });
const importMapHash = `'sha256-${createHash('sha256').update(importMap).digest('base64')}'`;
const entryTag = `<script type="module" src="${base}${ENTRY}" integrity="${integrity(readFileSync(join(from, ENTRY)))}" crossorigin="anonymous"></script>`;
console.log(`\nScript-tag bundle ${version} (copied to packages/elements/cdn/):\n\n| file | raw | gzip | loaded |\n|---|--:|--:|---|\n${rows.join('\n')}`);
console.log(`\nPaste into the page (files served from ${base}), the import map first:\n\n<script type="importmap">${importMap}</script>\n${[...preloads, entryTag].join('\n')}\n`);
console.log(`Under a strict Content Security Policy, add the import map's hash to script-src: ${importMapHash}\n`);
