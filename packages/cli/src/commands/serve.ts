import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { intOption, requirePositional, type Command } from '../command.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

export const serve: Command = {
  name: 'serve',
  summary: 'serve a folder (examples, a build) over http for a local preview',
  usage: 'onestop serve <dir> [--port 8000]',
  options: { port: { type: 'string' } },
  run(args, io) {
    const root = resolve(requirePositional(args, 0, 'the folder to serve'));
    const port = intOption(args, 'port', 8000, 1, 65535);
    const server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let path = normalize(join(root, decodeURIComponent(url.pathname)));
      if (path !== root && !path.startsWith(root + sep)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
      if (!existsSync(path)) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'access-control-allow-origin': '*',
        'cache-control': 'no-cache',
      });
      createReadStream(path).pipe(res);
    });
    return new Promise<number>((done) => {
      server.on('error', (e) => {
        io.err(`cannot serve on port ${port}: ${(e as Error).message}`);
        done(1);
      });
      server.listen(port, () => io.err(`Serving ${root} at http://localhost:${port}/ (Ctrl+C to stop)`));
    });
  },
};
