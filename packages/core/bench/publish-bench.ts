/**
 * The build's own cost at scale: `publish` (every file `onestop build` writes: catalog.json, per
 * locale the index, search.json and its chunks, one file per procedure, the manifest) from the
 * compiled catalog, with its wall and CPU time, the files and bytes it gives, and the process's
 * peak memory (which includes the compiled catalog, as in `onestop build`). Loading and checking
 * the YAML sources is left out: `onestop build` over generated files measures that.
 * `--out <dir>` also writes the last size's publication there (a new folder), for widget-bench.mjs.
 * Run: node --import tsx packages/core/bench/publish-bench.ts [--sizes 1000,10000,100000] [--out <dir>]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { corpus, sampleCatalog } from './corpus.js';
import { publish } from '../src/build.js';

const arg = process.argv.indexOf('--sizes');
const SIZES = arg > 0 ? process.argv[arg + 1]!.split(',').map(Number) : [1000, 10000, 100000];
const outArg = process.argv.indexOf('--out');
const OUT = outArg > 0 ? process.argv[outArg + 1] : undefined;
const mib = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MiB`;

const sample = sampleCatalog();
console.log('| procedures | publish: wall / CPU | files | bytes | manifest.json | peak memory (RSS) |');
console.log('|--:|--:|--:|--:|--:|--:|');
let last: Map<string, string> | undefined;
for (const size of SIZES) {
  const catalog = corpus(sample, size);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const files = publish(catalog);
  last = files;
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  let bytes = 0;
  for (const text of files.values()) bytes += Buffer.byteLength(text);
  console.log(
    `| ${catalog.procedures.length.toLocaleString('en')} | ${(wall / 1000).toFixed(1)} s / ${((used.user + used.system) / 1e6).toFixed(1)} s | ${files.size.toLocaleString('en')} | ${mib(bytes)} | ${(Buffer.byteLength(files.get('manifest.json')!) / 1024).toFixed(0)} KiB | ${mib(process.resourceUsage().maxRSS * 1024)} |`,
  );
}
if (OUT && last) {
  for (const [path, text] of last) {
    mkdirSync(dirname(join(OUT, path)), { recursive: true });
    writeFileSync(join(OUT, path), text);
  }
}
