/**
 * The part of a publication that the search box reads, for a catalog of any size: publication.json
 * and the Vietnamese chunked search (head and chunk folder) of the benchmark corpus, written the
 * way `onestop build` writes them, beside the rest of the sample's publication (so widget-bench.mjs
 * can also open a procedure page). The whole `publish` at 100,000 procedures takes about 6 GB and
 * ten minutes; the search box needs none of the other files.
 * Run: node --import tsx packages/core/bench/search-publication.ts --size 100000 --out <new dir>
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { corpus, sampleCatalog } from './corpus.js';
import { publish } from '../src/build.js';
import { toSearchChunks, toSearchData } from '../src/index.js';

const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const size = Number(option('--size') ?? 100_000);
const out = option('--out');
if (!out || existsSync(out)) throw new Error('usage: search-publication.ts --size <procedures> --out <a new folder>');

const sample = sampleCatalog();
const catalog = corpus(sample, size);
const files = publish(sample);
const entry = JSON.parse(files.get('publication.json')!);
entry.counts.procedures = catalog.procedures.length;
entry.files.vi.searchChunks = 'vi/search-chunks.json';
const { head, files: chunks } = toSearchChunks(toSearchData(catalog, 'vi'), 'vi');
const hash = createHash('sha256');
for (const [name, text] of [...chunks].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(name).update('\u0000').update(text);
head.base = `search/${hash.digest('hex').slice(0, 16)}/`;
files.set('publication.json', JSON.stringify(entry) + '\n');
files.set('vi/search-chunks.json', JSON.stringify(head) + '\n');
for (const [name, text] of chunks) files.set(`vi/${head.base}${name}`, text);
for (const [path, text] of files) {
  mkdirSync(dirname(join(out, path)), { recursive: true });
  writeFileSync(join(out, path), text);
}
console.log(`${out}: ${catalog.procedures.length} procedures, ${chunks.size} chunk files`);
