/**
 * `onestop serve <catalog> --watch`: rebuilds the catalog on save, serves the publication from
 * memory, and tells the open pages over Server-Sent Events to reload or to show the problems.
 * Nothing is written to disk: a broken save never replaces the last good publication.
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CommandIO } from './command.js';
import { buildLive, type LiveBuild } from './live-build.js';
import { ParseCache } from './parse-cache.js';
import { countSummary } from './print-problems.js';
import { watchCatalog, type CatalogWatcher } from './catalog-watcher.js';
import { contentTypeOf, type LiveRoutes, type ResponseHeaders } from './preview-server.js';

export const LIVE_STREAM = '/__onestop/live';
export const LIVE_SCRIPT = '/__onestop/live.js';

const clientFile = (name: string) => new URL(`../client/${name}`, import.meta.url);

/** What the open pages are told after every build. */
export interface LiveStatus {
  /** The build the publication now serves ('' before the first good one); a page reloads when it changes. */
  build: string;
  state: 'ok' | 'broken';
  version?: string;
  procedures?: number;
  ms: number;
  /** Problems as `file:line:column  path  message  (hint)`. */
  lines: string[];
  errors: number;
  /** Where the publication is served. */
  at: string;
}

export interface LivePreviewOptions {
  /** URL path the publication is served at, e.g. `/dist/catalog/`. */
  at: string;
  /** False when no pages folder is served: `/` then shows the preview's own status page. */
  hasPages: boolean;
  io: CommandIO;
  debounceMs?: number;
}

export class LivePreview implements LiveRoutes {
  private readonly cache = new ParseCache();
  private readonly clients = new Set<ServerResponse>();
  private readonly session = Date.now().toString(36);
  private builds = 0;
  private fingerprint: string | undefined;
  private good: Extract<LiveBuild, { ok: true }> | undefined;
  private status: LiveStatus;
  private watcher: CatalogWatcher | undefined;
  private keepAlive: NodeJS.Timeout | undefined;

  constructor(
    private readonly dir: string,
    private readonly options: LivePreviewOptions,
  ) {
    this.status = { build: '', state: 'broken', ms: 0, lines: [], errors: 0, at: options.at };
  }

  /** Starts watching, then builds once; settles when saves are being watched. */
  async start(): Promise<LiveStatus> {
    // Watching first: a save made during the first build is then not missed.
    this.watcher = watchCatalog(this.dir, {
      debounceMs: this.options.debounceMs,
      onChange: (paths) => {
        try {
          this.rebuild(paths);
        } catch (e) {
          // A bug in a rebuild must not stop the preview: the last good build stays served.
          this.options.io.err(`internal error while rebuilding — this is a bug in Onestop, please report it:\n${(e as Error).stack ?? String(e)}`);
        }
      },
      onError: (e) => this.options.io.err(`watching ${this.dir}: ${e.message}`),
    });
    this.rebuild([]);
    await this.watcher.ready;
    // Proxies close quiet connections; a comment line every 20 s keeps the stream open.
    this.keepAlive = setInterval(() => this.clients.forEach((res) => res.write(': keep-alive\n\n')), 20_000).unref();
    return this.status;
  }

  rebuild(changed: string[]): LiveStatus {
    const result = buildLive(this.dir, this.cache, this.fingerprint);
    // A save that changed no byte (or only a file the catalog does not use) is not a new build.
    if ('unchanged' in result) return this.status;
    this.fingerprint = result.fingerprint;
    const { io } = this.options;
    for (const line of result.lines) io.err(line);
    const again = changed.length ? ` (${result.parsed.length ? `${result.parsed.join(', ')} parsed again` : 'no catalog file changed'})` : '';
    if (result.ok) {
      // Pages reload only when the publication changed, e.g. not when a broken file is put back as it was.
      if (result.version !== this.good?.version) this.builds++;
      this.good = result;
      io.err(`✓ ${this.builds === 1 ? 'built' : 'rebuilt'} ${result.procedures} procedures in ${result.ms} ms${again}, version ${result.version}`);
    } else {
      const still = this.good ? `still serving the last good build (version ${this.good.version}); the open pages show the problems` : 'nothing to serve until they are fixed';
      io.err(`✗ ${countSummary(result.problems)}${again}: ${still}`);
    }
    this.status = {
      build: this.good ? `${this.session}-${this.builds}` : '',
      state: result.ok ? 'ok' : 'broken',
      ...(this.good ? { version: this.good.version, procedures: this.good.procedures } : {}),
      ms: result.ms,
      lines: result.lines,
      errors: result.problems.filter((p) => p.severity === 'error').length,
      at: this.options.at,
    };
    const event = `event: status\ndata: ${JSON.stringify(this.status)}\n\n`;
    for (const res of this.clients) res.write(event);
    return this.status;
  }

  handle(req: IncomingMessage, res: ServerResponse, pathname: string, headers: ResponseHeaders): boolean {
    if (pathname === LIVE_STREAM) {
      res.writeHead(200, headers({ 'content-type': 'text/event-stream; charset=utf-8', connection: 'keep-alive' }));
      if (req.method === 'HEAD') return res.end(), true;
      res.write(`retry: 1000\nevent: status\ndata: ${JSON.stringify(this.status)}\n\n`);
      this.clients.add(res);
      res.on('close', () => this.clients.delete(res));
      return true;
    }
    if (pathname === LIVE_SCRIPT) return this.sendFile(req, res, headers, 'onestop-live.js'), true;
    if (pathname === '/' && !this.options.hasPages) {
      return this.sendBody(req, res, headers, 'text/html; charset=utf-8', this.page(readFileSync(clientFile('status.html'), 'utf8'))), true;
    }
    if (!pathname.startsWith(this.options.at)) return false;
    const text = this.good?.files.get(pathname.slice(this.options.at.length));
    if (text === undefined) {
      const why = this.good ? 'not a file of the publication' : 'the catalog has problems and was never built; see the terminal';
      res.writeHead(this.good ? 404 : 503, headers({ 'content-type': 'text/plain; charset=utf-8' })).end(`${why}\n`);
      return true;
    }
    // Tells a tool (and a curious editor) that this publication is older than the broken source.
    this.sendBody(req, res, headers, contentTypeOf(pathname), text, { 'x-onestop-build': this.status.state === 'ok' ? 'current' : 'stale' });
    return true;
  }

  /** The page with the live script added, as an external script so a strict CSP (`script-src 'self'`) allows it. */
  page(html: string): string {
    const tag = `<script type="module" src="${LIVE_SCRIPT}?build=${encodeURIComponent(this.status.build)}"></script>`;
    const head = /<\/head\s*>/i.exec(html);
    if (head) return html.slice(0, head.index) + tag + html.slice(head.index);
    return tag + html;
  }

  async close(): Promise<void> {
    clearInterval(this.keepAlive);
    for (const res of this.clients) res.end();
    this.clients.clear();
    await this.watcher?.close();
  }

  private sendFile(req: IncomingMessage, res: ServerResponse, headers: ResponseHeaders, name: string): void {
    this.sendBody(req, res, headers, contentTypeOf(name), readFileSync(clientFile(name), 'utf8'));
  }

  private sendBody(req: IncomingMessage, res: ServerResponse, headers: ResponseHeaders, type: string, body: string, extra: Record<string, string> = {}): void {
    const bytes = Buffer.from(body);
    res.writeHead(200, headers({ 'content-type': type, 'content-length': String(bytes.length), ...extra }));
    res.end(req.method === 'HEAD' ? undefined : bytes);
  }
}
