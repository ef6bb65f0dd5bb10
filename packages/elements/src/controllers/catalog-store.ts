/**
 * One publication, loaded once per page: `publication.json` first, then each locale's files on
 * demand. Every file is fetched at most once per store (concurrent askers share the promise), and
 * stores are shared page-wide by `src`, so two widgets never fetch the same file twice.
 */
import {
  PUBLICATION_SCHEMA_VERSION,
  isPublicationEntry,
  type CatalogChanges,
  type CatalogSearch,
  type LocaleDirectory,
  type LocaleIndex,
  type Procedure,
  type PublicationEntry,
} from '@onestop/core';
import { cachedJson, keepJson } from './publication-cache.js';

export type StoreStatus = 'loading' | 'ready' | 'error';
/** Why the catalog cannot be shown: the network, bad content, or a model version this code does not know. */
export type StoreErrorCode = 'unreachable' | 'malformed' | 'schema' | 'not-found';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface StoreState {
  status: StoreStatus;
  entry?: PublicationEntry;
  error?: StoreError;
  /** Shown from the device's copy because the network failed. */
  offline: boolean;
  /** A newer publication replaced the one shown; elements announce it once. */
  updated: boolean;
}

type Listener = (state: StoreState) => void;

export class CatalogStore {
  state: StoreState = { status: 'loading', offline: false, updated: false };
  private readonly files = new Map<string, Promise<unknown>>();
  private readonly searches = new Map<string, Promise<CatalogSearch>>();
  private readonly listeners = new Set<Listener>();
  private loading: Promise<void> | undefined;

  /** `src`: the publication's `publication.json` (a folder or its `manifest.json` also work). */
  constructor(readonly src: string) {}

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Changes the state and tells every listener (the chunked search does too: a query's parts arrived, or failed). */
  set(patch: Partial<StoreState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of [...this.listeners]) l(this.state);
  }

  /** Loads the entry once; `retry` forgets a failure and tries again. */
  load(retry = false): Promise<void> {
    if (retry && this.state.status === 'error') {
      this.loading = undefined;
      this.files.clear();
      this.searches.clear();
      this.set({ status: 'loading', error: undefined });
    }
    return (this.loading ??= this.loadEntry());
  }

  /**
   * The device's copy first (fast, and offline), then the network in the background: a newer
   * version replaces it and is announced; a failing network keeps the copy, marked offline.
   */
  private async loadEntry(): Promise<void> {
    const url = entryUrl(this.src);
    const saved = await cachedJson(url);
    const savedEntry = isPublicationEntry(saved) && saved.schemaVersion === PUBLICATION_SCHEMA_VERSION ? saved : undefined;
    if (savedEntry) this.set({ status: 'ready', entry: savedEntry });
    try {
      const text = await fetchText(url);
      const entry = parseEntry(text);
      await keepJson(url, text);
      if (savedEntry && savedEntry.version === entry.version) return this.set({ offline: false });
      this.set({ status: 'ready', entry, offline: false, updated: !!savedEntry });
    } catch (error) {
      if (savedEntry) this.set({ offline: true });
      else this.set({ status: 'error', error: asStoreError(error) });
    }
  }

  /** The URL of a locale's file, with the version so caches never mix two publications. */
  fileUrl(locale: string, kind: 'search' | 'searchChunks' | 'index' | 'directory' | 'procedure', id = ''): string {
    const entry = this.requireEntry();
    const path = (this.filesOf(locale)[kind] ?? '').replace('{id}', encodeURIComponent(id));
    const url = new URL(path, entryUrl(this.src));
    url.searchParams.set('v', entry.version);
    return url.href;
  }

  private filesOf(locale: string): PublicationEntry['files'][string] {
    const entry = this.requireEntry();
    return entry.files[locale] ?? entry.files[entry.defaultLocale]!;
  }

  /** Whether a locale's search is in chunks: the publication names a head for it. */
  private chunked(locale: string): boolean {
    return !!this.filesOf(locale).searchChunks;
  }

  /** The language a query falls back to: the default one, or from the default, the first other. */
  private alternateOf(locale: string): string | undefined {
    const { locales, defaultLocale } = this.requireEntry();
    return locale === defaultLocale ? locales.find((l) => l !== locale) : defaultLocale;
  }

  /** The catalog locale for a wanted language: exact, by language, then the default. */
  localeFor(lang: string | null | undefined): string {
    const entry = this.state.entry;
    if (!entry) return lang || 'vi';
    const want = (lang ?? '').toLowerCase();
    return entry.locales.find((l) => l.toLowerCase() === want) ?? entry.locales.find((l) => want.startsWith(`${l.toLowerCase()}-`)) ?? entry.defaultLocale;
  }

  /**
   * The search of a locale, with the other language as its fallback (loaded only by a query that
   * reads better in it). A large catalog's is in chunks: its head now, the chunks each query needs
   * later, from the content-named folder the head names, so a newer publication never mixes in.
   * Whole or chunked, a part that cannot be fetched (a chunk, the other language) fails only the
   * query that needed it, and a part arriving or failing tells the listeners.
   */
  search(locale: string): Promise<CatalogSearch> {
    const chunked = this.chunked(locale);
    const url = this.fileUrl(locale, chunked ? 'searchChunks' : 'search');
    const other = this.alternateOf(locale);
    let found = this.searches.get(url);
    if (!found) {
      // The search engine is its own chunk, fetched alongside the data: a procedure page never loads it.
      void this.json(url);
      found = chunked
        ? import('./chunked-search-engine.js').then(({ chunkedSearch }) => {
            const alternate = other === undefined ? undefined : (this.chunked(other) ? { url: this.fileUrl(other, 'searchChunks'), chunked: true } : { url: this.fileUrl(other, 'search'), chunked: false });
            return chunkedSearch(this, url, alternate);
          })
        : import('./whole-search-engine.js').then(({ wholeSearch }) => wholeSearch(this, url, other === undefined ? undefined : this.fileUrl(other, 'search')));
      found.catch(() => this.searches.delete(url));
      this.searches.set(url, found);
    }
    return found;
  }

  index(locale: string): Promise<LocaleIndex> {
    return this.json(this.fileUrl(locale, 'index'), (d) => Array.isArray((d as LocaleIndex).procedures)) as Promise<LocaleIndex>;
  }

  directory(locale: string): Promise<LocaleDirectory> {
    return this.json(this.fileUrl(locale, 'directory'), (d) => Array.isArray((d as LocaleDirectory).agencies)) as Promise<LocaleDirectory>;
  }

  procedure(locale: string, id: string): Promise<Procedure> {
    return this.json(this.fileUrl(locale, 'procedure', id), (d) => (d as Procedure).id === id && Array.isArray((d as Procedure).documentGroups)) as Promise<Procedure>;
  }

  /** The publication's change list, when it has one. */
  async changes(): Promise<CatalogChanges | undefined> {
    const entry = this.requireEntry();
    if (!entry.changes) return undefined;
    const url = new URL(entry.changes, entryUrl(this.src));
    url.searchParams.set('v', entry.version);
    return this.json(url.href, (d) => !!(d as CatalogChanges).procedures).catch(() => undefined) as Promise<CatalogChanges | undefined>;
  }

  private requireEntry(): PublicationEntry {
    if (!this.state.entry) throw new StoreError('unreachable', 'the publication is not loaded');
    return this.state.entry;
  }

  /** A file, fetched once; the device's copy when the network fails. */
  json(url: string, valid: (data: unknown) => boolean = () => true): Promise<unknown> {
    let found = this.files.get(url);
    if (!found) {
      found = (async () => {
        let text: string;
        try {
          text = await fetchText(url);
        } catch (error) {
          const saved = await cachedJson(url);
          if (saved !== undefined && valid(saved)) return saved;
          throw asStoreError(error);
        }
        const data = parseJson(text, url);
        if (!valid(data)) throw new StoreError('malformed', `${url} does not hold what Onestop expects`);
        void keepJson(url, text);
        return data;
      })();
      // A failed file may be fetched again later (a retry, or the network coming back).
      found.catch(() => this.files.delete(url));
      this.files.set(url, found);
    }
    return found;
  }
}

/** Where `publication.json` is for a `src`: itself, in a folder, or beside a `manifest.json`. */
export function entryUrl(src: string): string {
  const base = typeof document !== 'undefined' ? document.baseURI : 'http://localhost/';
  const url = new URL(src || 'publication.json', base);
  if (url.pathname.endsWith('/')) url.pathname += 'publication.json';
  else if (url.pathname.endsWith('/manifest.json')) url.pathname = url.pathname.replace(/manifest\.json$/, 'publication.json');
  return url.href;
}

async function fetchText(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch (error) {
    throw new StoreError('unreachable', `${url}: ${(error as Error)?.message ?? 'network error'}`);
  }
  if (response.status === 404) throw new StoreError('not-found', `${url}: not found`);
  if (!response.ok) throw new StoreError('unreachable', `${url}: HTTP ${response.status}`);
  return response.text();
}

function parseJson(text: string, url: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new StoreError('malformed', `${url} is not JSON`);
  }
}

function parseEntry(text: string): PublicationEntry {
  const data = parseJson(text, 'publication.json') as PublicationEntry;
  if (data && typeof data === 'object' && data.format === 'onestop-entry' && typeof data.schemaVersion === 'number' && data.schemaVersion !== PUBLICATION_SCHEMA_VERSION) {
    throw new StoreError('schema', `the publication uses catalog schema ${data.schemaVersion}; this Onestop reads ${PUBLICATION_SCHEMA_VERSION}`);
  }
  if (!isPublicationEntry(data)) throw new StoreError('malformed', 'publication.json is not an Onestop publication entry');
  return data;
}

function asStoreError(error: unknown): StoreError {
  return error instanceof StoreError ? error : new StoreError('unreachable', String((error as Error)?.message ?? error));
}

const stores = new Map<string, CatalogStore>();

/** The page-wide store for a publication: one per resolved `src`. */
export function storeFor(src: string): CatalogStore {
  const key = entryUrl(src);
  let store = stores.get(key);
  if (!store) stores.set(key, (store = new CatalogStore(key)));
  return store;
}

/** Drops every page-wide store, as a new page load would (tests; a page replacing its catalog). */
export function forgetStores(): void {
  stores.clear();
}
