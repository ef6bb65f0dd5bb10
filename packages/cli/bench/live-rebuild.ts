/**
 * How long the live preview takes to rebuild the sample catalog after one file is saved, against
 * a build that parses every file. Prints wall and CPU milliseconds (medians); on a busy machine
 * the wall time is inflated, the CPU time much less.
 * Run: node --conditions=@onestop/source --import tsx packages/cli/bench/live-rebuild.ts
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileCatalog, loadSource, publish } from '@onestop/core/build';
import { readSourceDir } from '@onestop/core/node';
import { buildLive } from '../src/live-build.js';
import { ParseCache } from '../src/parse-cache.js';

const ROUNDS = 9;
const tmp = mkdtempSync(join(tmpdir(), 'onestop-live-bench-'));
const catalog = join(tmp, 'catalog');
cpSync(fileURLToPath(new URL('../../../catalog', import.meta.url)), catalog, { recursive: true });
const file = join(catalog, 'procedures', 'birth-registration.yaml');
const original = readFileSync(file, 'utf8');

function measure(run: () => void): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  run();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const save = (round: number) => writeFileSync(file, original.replace(/^yearlyDossiers: \d+/m, `yearlyDossiers: ${25000 + round}`));

try {
  const cache = new ParseCache();
  let fingerprint: string | undefined;
  const first = measure(() => {
    const r = buildLive(catalog, cache);
    if (!('ok' in r) || !r.ok) throw new Error('the sample catalog does not build');
    fingerprint = r.fingerprint;
  });
  const live: { wall: number; cpu: number }[] = [];
  const full: { wall: number; cpu: number }[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    save(round);
    live.push(
      measure(() => {
        const r = buildLive(catalog, cache, fingerprint);
        if (!('ok' in r) || !r.ok || r.parsed.length !== 1) throw new Error('expected one file parsed again');
        fingerprint = r.fingerprint;
      }),
    );
    save(round + 100);
    full.push(measure(() => void publish(compileCatalog(loadSource(readSourceDir(catalog)).catalog!))));
  }
  const row = (label: string, xs: { wall: number; cpu: number }[]) =>
    `${label.padEnd(44)} ${median(xs.map((x) => x.wall)).toFixed(0).padStart(6)} ms wall ${median(xs.map((x) => x.cpu)).toFixed(0).padStart(6)} ms CPU`;
  console.log(row('first build (cold: loads and compiles code)', [first]));
  console.log(row(`rebuild after saving one file (median of ${ROUNDS})`, live));
  console.log(row(`build parsing every file (median of ${ROUNDS})`, full));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
