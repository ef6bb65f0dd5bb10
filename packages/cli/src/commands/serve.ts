import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { intOption, requirePositional, UsageError, type Command, type CommandIO, type ParsedArgs } from '../command.js';
import { createPreviewServer } from '../preview-server.js';
import { LivePreview } from '../live-preview.js';

export const serve: Command = {
  name: 'serve',
  summary: 'serve a folder over http for a local preview; with --watch, a catalog rebuilt on every save',
  usage: [
    'onestop serve <dir> [--port 8000] [--host 127.0.0.1] [--cors]',
    '       onestop serve <catalog dir> --watch [--pages <dir>] [--at /catalog/] [--port 8000]',
    '       (the port defaults to $PORT, else 8000)',
  ].join('\n'),
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    cors: { type: 'boolean' },
    watch: { type: 'boolean' },
    pages: { type: 'string' },
    at: { type: 'string' },
  },
  async run(args, io) {
    const given = requirePositional(args, 0, args.values.watch ? 'the catalog folder' : 'the folder to serve');
    const dir = resolve(given);
    const port = portOf(args);
    const host = typeof args.values.host === 'string' && args.values.host ? args.values.host : '127.0.0.1';
    assertFolder(dir);
    if (!args.values.watch) {
      if (args.values.pages !== undefined || args.values.at !== undefined) throw new UsageError('--pages and --at go with --watch');
      return listen(createPreviewServer(dir, { cors: args.values.cors === true }), port, host, io, `Serving ${dir}`);
    }
    const pages = typeof args.values.pages === 'string' ? resolve(args.values.pages) : undefined;
    if (pages) assertFolder(pages);
    const at = mountPath(typeof args.values.at === 'string' ? args.values.at : pages ? '/catalog/' : '/');
    const live = new LivePreview(given, { at, hasPages: pages !== undefined, io });
    const server = createPreviewServer(pages, { cors: args.values.cors === true, live });
    await live.start();
    const where = pages ? `${pages} with the catalog's publication at ${at}` : `the catalog's publication at ${at}`;
    return listen(server, port, host, io, `Watching ${dir}; serving ${where}`, () => live.close());
  },
};

/** `--port`, else `$PORT` (as `PORT=8123 npm start` sets it), else 8000. */
function portOf(args: ParsedArgs): number {
  if (args.values.port !== undefined || !process.env.PORT) return intOption(args, 'port', 8000, 0, 65535);
  const port = Number(process.env.PORT);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError(`PORT must be a whole number from 1 to 65535, not "${process.env.PORT}"`);
  return port;
}

function assertFolder(path: string): void {
  if (!existsSync(path) || !statSync(path).isDirectory()) throw new UsageError(`${path} is not a folder`);
}

/** `/dist/catalog` → `/dist/catalog/`. */
function mountPath(at: string): string {
  if (!/^\/[A-Za-z0-9._~\-/]*$/.test(at) || at.split('/').includes('..')) throw new UsageError(`--at must be a URL path such as /catalog/, not "${at}"`);
  return at.endsWith('/') ? at : `${at}/`;
}

/** Listens until Ctrl+C (or SIGTERM), then closes the watcher, the open pages' streams and the server. */
function listen(server: Server, port: number, host: string, io: CommandIO, what: string, stop: () => Promise<void> = async () => {}): Promise<number> {
  return new Promise<number>((done) => {
    const finish = (code: number) => {
      process.off('SIGINT', interrupted);
      process.off('SIGTERM', interrupted);
      void stop().finally(() => {
        server.closeAllConnections();
        server.close(() => done(code));
      });
    };
    const interrupted = () => {
      io.err('Stopped.');
      finish(0);
    };
    server.on('error', (e: NodeJS.ErrnoException) => {
      io.err(`cannot serve on ${host} port ${port}: ${listenProblem(e, port)}`);
      void stop().finally(() => done(1));
    });
    server.listen(port, host, () => {
      process.on('SIGINT', interrupted);
      process.on('SIGTERM', interrupted);
      const shown = host.includes(':') ? `[${host}]` : host;
      // --port 0 takes any free port: say which.
      const actual = (server.address() as AddressInfo | null)?.port ?? port;
      io.err(`${what} at http://${shown}:${actual}/ (Ctrl+C to stop)`);
      if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') io.err(`warning: --host ${host} lets other computers on the network read these files`);
    });
  });
}

function listenProblem(e: NodeJS.ErrnoException, port: number): string {
  if (e.code === 'EADDRINUSE') return `port ${port} is already in use by another program; stop it, or choose another port with --port or PORT=`;
  if (e.code === 'EACCES') return `no permission to use port ${port}; ports below 1024 need administrator rights, choose one above 1023`;
  if (e.code === 'EADDRNOTAVAIL') return 'this computer has no such address; use --host 127.0.0.1';
  return e.message;
}
