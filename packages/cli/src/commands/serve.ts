import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { intOption, requirePositional, UsageError, type Command } from '../command.js';
import { createPreviewServer } from '../preview-server.js';

export const serve: Command = {
  name: 'serve',
  summary: 'serve a folder (examples, a build) over http for a local preview',
  usage: 'onestop serve <dir> [--port 8000] [--host 127.0.0.1] [--cors]',
  options: { port: { type: 'string' }, host: { type: 'string' }, cors: { type: 'boolean' } },
  run(args, io) {
    const root = resolve(requirePositional(args, 0, 'the folder to serve'));
    const port = intOption(args, 'port', 8000, 1, 65535);
    const host = typeof args.values.host === 'string' && args.values.host ? args.values.host : '127.0.0.1';
    if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`${root} is not a folder`);
    const server = createPreviewServer(root, { cors: args.values.cors === true });
    return new Promise<number>((done) => {
      server.on('error', (e) => {
        io.err(`cannot serve on ${host} port ${port}: ${(e as Error).message}`);
        done(1);
      });
      server.listen(port, host, () => {
        const shown = host.includes(':') ? `[${host}]` : host;
        io.err(`Serving ${root} at http://${shown}:${port}/ (Ctrl+C to stop)`);
        if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') io.err(`warning: --host ${host} lets other computers on the network read these files`);
      });
    });
  },
};
