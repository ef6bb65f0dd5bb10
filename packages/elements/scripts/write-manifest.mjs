// `npm run manifest`: regenerates packages/elements/custom-elements.json from the sources' JSDoc
// and docs/element-reference.md from it. A test fails when either is out of date.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { elementReference } from './element-reference.mjs';

const elements = fileURLToPath(new URL('..', import.meta.url));
const docs = fileURLToPath(new URL('../../../docs/element-reference.md', import.meta.url));

const analyze = spawnSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], { cwd: elements, stdio: 'inherit' });
if (analyze.status !== 0) process.exit(analyze.status ?? 1);
const manifest = JSON.parse(readFileSync(`${elements}custom-elements.json`, 'utf8'));
writeFileSync(docs, elementReference(manifest));
console.log(`custom-elements.json: ${manifest.modules.length} modules; docs/element-reference.md written`);
