/** Runs the CLI in-process with captured output, or as a real process through its bin. */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../src/main.js';

export const REPO = fileURLToPath(new URL('../../..', import.meta.url));
export const SAMPLE = `${REPO}catalog`;
const BIN = fileURLToPath(new URL('../bin/onestop.js', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(args: string[], stdinLines: string[] = []): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    async *stdin() {
      yield* stdinLines;
    },
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** The real `onestop` executable, as an editor runs it, on the sources (the compiled one is tested from outside the repo). */
export function cliProcess(args: string[], input?: string, options: Pick<SpawnSyncOptions, 'uid' | 'gid'> = {}): CliResult {
  const r = spawnSync(process.execPath, ['--conditions=@onestop/source', '--import', 'tsx', BIN, ...args], { cwd: REPO, input, encoding: 'utf8', timeout: 60_000, ...options });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
