/**
 * Watches a catalog source folder and reports a burst of saves (an editor's "save all", the
 * write-then-rename of vim or VS Code) as one change. chokidar, because Node 20's recursive
 * `fs.watch` on Linux stops seeing a file once an editor has replaced it by a rename.
 */
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';

export interface CatalogWatcherOptions {
  /** Quiet time after the last event before a change is reported. */
  debounceMs?: number;
  /** Called once per burst with the paths that changed (relative to nothing: as chokidar gives them). */
  onChange(paths: string[]): void;
  onError(error: Error): void;
}

export interface CatalogWatcher {
  /** Settles once the folder's files are being watched. */
  ready: Promise<void>;
  close(): Promise<void>;
}

export function watchCatalog(dir: string, options: CatalogWatcherOptions): CatalogWatcher {
  const root = resolve(dir);
  const debounceMs = options.debounceMs ?? 100;
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let poll: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  let closed = false;

  const flush = () => {
    timer = undefined;
    const paths = [...pending];
    pending = new Set();
    if (closed) return;
    if (!poll && !existsSync(root)) waitForReturn();
    options.onChange(paths);
  };
  const changed = (path: string) => {
    pending.add(path);
    clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  };

  // A vanished folder cannot be watched: look for its return, then watch it again.
  const waitForReturn = () => {
    void watcher?.close();
    watcher = undefined;
    poll = setInterval(() => {
      if (!existsSync(root)) return;
      clearInterval(poll);
      poll = undefined;
      void start();
      changed(root);
    }, 500);
  };

  function start(): Promise<void> {
    watcher = watch(root, {
      ignoreInitial: true,
      depth: 1,
      // Editors' swap and backup files (.x.swp, .#x) are not catalog files.
      ignored: (path) => path !== root && basename(path).startsWith('.'),
    });
    watcher.on('all', (_event, path) => changed(path));
    watcher.on('error', (e) => options.onError(e as Error));
    const started = watcher;
    return new Promise((done) => started.once('ready', done));
  }

  const ready = start();
  return {
    ready,
    async close() {
      closed = true;
      clearTimeout(timer);
      clearInterval(poll);
      await watcher?.close();
    },
  };
}
