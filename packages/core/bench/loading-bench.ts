/**
 * How a page should get its search index: compact documents it indexes on load, or the same
 * documents plus FlexSearch's serialized index. Prints bytes (gzip), the time from the downloaded
 * text to the first result, and both together on a slow and a fair link, for the sample catalog
 * and for 1,000 and 10,000 procedures (the sample among generated ones), as a Markdown table for
 * docs/search.md. Run: node --expose-gc --import tsx packages/core/bench/loading-bench.ts
 */
import { gzipSync } from 'node:zlib';
import { corpus, SAMPLE, sampleCatalog } from './corpus.js';
import { createSearch, toSearchData } from '../src/index.js';

const SIZES = [SAMPLE, 1000, 10000];
/** Links to weigh bytes against indexing time: a slow mobile ("Fast 3G") and a fair broadband one. */
const LINKS = [
  { name: '1.6 Mbit/s', bytesPerMs: 1.6e6 / 8 / 1000 },
  { name: '20 Mbit/s', bytesPerMs: 20e6 / 8 / 1000 },
];
const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const sample = sampleCatalog();
const rows: string[] = [];
for (const size of SIZES) {
  const catalog = corpus(sample, size);
  for (const prebuilt of [false, true]) {
    const text = JSON.stringify(toSearchData(catalog, 'vi', { prebuilt }));
    const ready: number[] = [];
    const first: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const search = createSearch(JSON.parse(text), { locale: 'vi' });
      const built = performance.now();
      search.search('giấy phép lái xe');
      ready.push(built - started);
      first.push(performance.now() - started);
    }
    const gzip = gzipSync(text).length;
    const onLinks = LINKS.map((l) => `${(gzip / l.bytesPerMs + median(first)).toFixed(0)} ms`).join(' | ');
    rows.push(`| ${catalog.procedures.length.toLocaleString('en')}${size === SAMPLE ? ' (sample)' : ''} | ${prebuilt ? 'documents + serialized FlexSearch index' : 'compact documents, indexed on load'} | ${(text.length / 1024).toFixed(0)} KiB | ${(gzip / 1024).toFixed(1)} KiB | ${median(ready).toFixed(0)} ms | ${median(first).toFixed(0)} ms | ${onLinks} |`);
  }
}
console.log(`| Procedures | search.json holds | Raw | Gzip | Parse + index | To first result | ${LINKS.map((l) => `Download + first result at ${l.name}`).join(' | ')} |`);
console.log(`|---:|---|---:|---:|---:|---:|${LINKS.map(() => '---:').join('|')}|`);
for (const row of rows) console.log(row);
