/**
 * The local preview server behind `onestop serve`: static files from one folder, never anything
 * outside it, and no request can stop it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createReadStream, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { HEADERS_FILE, HeadersFileError, headersForPath, readHeaderRules } from './served-headers.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

/**
 * Extra headers per path come from a `_headers` file at the root (see served-headers.ts).
 */
export interface PreviewOptions {
  /** Sends `Access-Control-Allow-Origin: *` so pages on other origins can load the files. */
  cors?: boolean;
  /** The live preview (`serve --watch`): its own routes first, and its script in every HTML page. */
  live?: LiveRoutes;
}

/** The headers every answer carries, plus the given ones. */
export type ResponseHeaders = (extra: Record<string, string>) => Record<string, string>;

export interface LiveRoutes {
  /** Answers the request and returns true when the path is the live preview's. */
  handle(req: IncomingMessage, res: ServerResponse, pathname: string, headers: ResponseHeaders): boolean;
  /** An HTML page as served in watch mode. */
  page(html: string): string;
}

/** The content type a file is served with; unknown kinds are plain bytes, never sniffed. */
export function contentTypeOf(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Serves `folder` (nothing from disk when it is undefined, for a live preview without pages). */
export function createPreviewServer(folder: string | undefined, options: PreviewOptions = {}): Server {
  const root = folder === undefined ? undefined : realpathSync(resolve(folder));
  const headers: ResponseHeaders = (extra) => ({
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
    ...(options.cors ? { 'access-control-allow-origin': '*' } : {}),
    ...extra,
  });
  const reply = (res: ServerResponse, status: number, text: string) => {
    if (res.headersSent) return void res.destroy();
    res.writeHead(status, headers({ 'content-type': 'text/plain; charset=utf-8' })).end(`${text}\n`);
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      return reply(res, 405, 'method not allowed');
    }
    const pathname = requestPath(req.url ?? '/');
    if (!pathname) return reply(res, 400, 'bad request');
    if (options.live?.handle(req, res, pathname, headers)) return;
    const file = root === undefined ? undefined : fileFor(root, pathname);
    if (!file || root === undefined || pathname === `/${HEADERS_FILE}`) return reply(res, 404, 'not found');
    let extra: Record<string, string>;
    try {
      extra = headersForPath(readHeaderRules(root), pathname);
    } catch (e) {
      // A broken _headers file must not silently drop a policy the page relies on.
      if (e instanceof HeadersFileError) return reply(res, 500, e.message);
      throw e;
    }
    if (options.live && /\.html?$/i.test(file.path)) {
      const page = Buffer.from(options.live.page(readFileSync(file.path, 'utf8')));
      res.writeHead(200, headers({ ...extra, 'content-type': contentTypeOf(file.path), 'content-length': String(page.length) }));
      return void res.end(req.method === 'HEAD' ? undefined : page);
    }
    res.writeHead(200, headers({ ...extra, 'content-type': contentTypeOf(file.path), 'content-length': String(file.size) }));
    if (req.method === 'HEAD') return void res.end();
    const stream = createReadStream(file.path);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  };

  return createServer((req, res) => {
    try {
      handle(req, res);
    } catch {
      reply(res, 500, 'the file could not be read');
    }
  }).on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });
}

/** The decoded path of a request URL, `undefined` for one that could name something outside the root. */
function requestPath(url: string): string | undefined {
  const rawPath = url.split(/[?#]/, 1)[0]!;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.split(/[\\/]/).includes('..')) return undefined;
  return decoded;
}

/** The real file a request path names inside the root, `undefined` when there is none. */
function fileFor(root: string, decoded: string): { path: string; size: number } | undefined {
  let path = join(root, decoded);
  try {
    // Links are followed only while they stay inside the root.
    path = realpathSync(path);
    if (path !== root && !path.startsWith(root + sep)) return undefined;
    let info = statSync(path);
    if (info.isDirectory()) {
      path = realpathSync(join(path, 'index.html'));
      if (!path.startsWith(root + sep)) return undefined;
      info = statSync(path);
    }
    return info.isFile() ? { path, size: info.size } : undefined;
  } catch {
    return undefined;
  }
}
