/** Starts the real `onestop serve <catalog> --watch` on a temporary copy of the sample catalog, and listens to its event stream. */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO, SAMPLE } from './run-cli.js';

const BIN = fileURLToPath(new URL('../bin/onestop.js', import.meta.url));

export interface LiveStatus {
  build: string;
  state: 'ok' | 'broken';
  version?: string;
  lines: string[];
  errors: number;
}

export interface LiveServer {
  url: string;
  catalog: string;
  pages: string;
  process: ChildProcess;
  stderr(): string;
  stop(): Promise<number | null>;
}

/** A temporary folder with a copy of the sample catalog and a pages folder. */
export function liveFixture(pageFiles: Record<string, string> = {}): { tmp: string; catalog: string; pages: string } {
  const tmp = mkdtempSync(join(tmpdir(), 'onestop-live-'));
  const catalog = join(tmp, 'catalog');
  const pages = join(tmp, 'site');
  cpSync(SAMPLE, catalog, { recursive: true });
  mkdirSync(pages);
  for (const [name, text] of Object.entries(pageFiles)) writeFileSync(join(pages, name), text);
  return { tmp, catalog, pages };
}

export function removeFixture(tmp: string): void {
  rmSync(tmp, { recursive: true, force: true });
}

/** Runs the CLI from its sources, as `npm run onestop:dev` does, and waits for its "at http://…" line. */
export function startLive(args: string[], env: NodeJS.ProcessEnv = {}): Promise<LiveServer> {
  const child = spawn(process.execPath, ['--conditions=@onestop/source', '--import', 'tsx', BIN, 'serve', ...args], { cwd: REPO, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`the server did not start:\n${stderr}`)), 90_000);
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      const m = /at (http:\/\/127\.0\.0\.1:\d+\/) \(Ctrl\+C/.exec(stderr);
      if (!m) return;
      clearTimeout(timer);
      done({
        url: m[1]!,
        catalog: args[0]!,
        pages: args[args.indexOf('--pages') + 1]!,
        process: child,
        stderr: () => stderr,
        stop: () => {
          if (child.exitCode === null) child.kill('SIGINT');
          return exited;
        },
      });
    });
    void exited.then((code) => {
      clearTimeout(timer);
      fail(new Error(`the server exited with ${code}:\n${stderr}`));
    });
  });
}

export interface LiveStream {
  /** Every status received, in order. */
  statuses: LiveStatus[];
  /** The first status from index `from` on that matches, waiting for it when needed. */
  waitFor(from: number, match: (s: LiveStatus) => boolean, ms?: number): Promise<LiveStatus>;
  close(): void;
}

/** The server's event stream, read as a page's EventSource reads it. */
export function listen(url: string): Promise<LiveStream> {
  return new Promise((done, fail) => {
    const statuses: LiveStatus[] = [];
    const waiting = new Set<() => void>();
    const req = request(`${url}__onestop/live`, (res) => {
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (!/^event: status$/m.test(block) || !data) continue;
          statuses.push(JSON.parse(data) as LiveStatus);
          for (const check of waiting) check();
        }
      });
      done({
        statuses,
        waitFor(from, match, ms = 30_000) {
          return new Promise((resolve, reject) => {
            const check = () => {
              const found = statuses.slice(from).find(match);
              if (!found) return;
              waiting.delete(check);
              clearTimeout(timer);
              resolve(found);
            };
            const timer = setTimeout(() => {
              waiting.delete(check);
              reject(new Error(`no matching status within ${ms} ms; got ${JSON.stringify(statuses.slice(from))}`));
            }, ms);
            waiting.add(check);
            check();
          });
        },
        close: () => req.destroy(),
      });
    });
    req.on('error', fail);
    req.end();
  });
}

export async function get(url: string): Promise<{ status: number; headers: Headers; text: string }> {
  const res = await fetch(url);
  return { status: res.status, headers: res.headers, text: await res.text() };
}
