/**
 * Loads only what a guide's journey needs from a publication: the procedures' files and the
 * directory (agencies, calendars) — never catalog.json. A small stand-in for the catalog store
 * that can later hand the guide the same files from its cache.
 */
import type { Agency, CalendarYear, Catalog, CatalogInfo, LifeEvent, Procedure } from '@onestop/core';

/** What the guide reads besides procedures: the shape of `<locale>/directory.json` (and of index.json). */
export interface GuideDirectory {
  info: CatalogInfo;
  version: string;
  agencies: Agency[];
  calendars: CalendarYear[];
  lifeEvents?: LifeEvent[];
  procedures?: { id: string; name: Procedure['name']; summary?: unknown }[];
}

export class JourneySourceError extends Error {
  constructor(readonly url: string, readonly why: string) {
    super(`${url}: ${why}`);
  }
}

export class JourneySource {
  /** Bytes downloaded so far, per file path, for the size report and tests. */
  readonly downloaded = new Map<string, number>();
  private readonly cache = new Map<string, Promise<unknown>>();

  constructor(readonly base: string, private readonly fetcher: typeof fetch = (...a) => globalThis.fetch(...a)) {}

  /** Agencies and calendars; `directory.json` when the publication has it, else the locale index. */
  async directory(locale: string): Promise<GuideDirectory> {
    try {
      return await this.json<GuideDirectory>(`${locale}/directory.json`);
    } catch (e) {
      if (e instanceof JourneySourceError && e.why === '404') return this.index(locale);
      throw e;
    }
  }

  /** Summaries of every procedure and the life events: for the opening and for life-event journeys. */
  index(locale: string): Promise<GuideDirectory> {
    return this.json<GuideDirectory>(`${locale}/index.json`);
  }

  procedure(locale: string, id: string): Promise<Procedure> {
    if (!/^[a-z0-9-]+$/.test(id)) return Promise.reject(new JourneySourceError(id, 'not a procedure id'));
    return this.json<Procedure>(`${locale}/procedures/${id}.json`);
  }

  /** A catalog holding what a procedure or life-event journey needs, in one locale. */
  async catalogFor(locale: string, target: { kind: 'procedure' | 'life-event'; id: string }, extra: string[] = []): Promise<Catalog> {
    const directory = await this.directory(locale);
    let lifeEvents: LifeEvent[] = [];
    let ids = [target.id];
    if (target.kind === 'life-event') {
      const event = (directory.lifeEvents ?? (await this.index(locale)).lifeEvents ?? []).find((e) => e.id === target.id);
      if (!event) throw new JourneySourceError(target.id, 'no such life event');
      lifeEvents = [event];
      ids = event.procedures;
    }
    const procedures = await Promise.all([...new Set([...ids, ...extra])].map((id) => this.procedure(locale, id)));
    return { info: directory.info, agencies: directory.agencies, calendars: directory.calendars, fields: [], synonyms: [], lifeEvents, procedures };
  }

  /** The publication version the directory of `locale` belongs to. */
  async version(locale: string): Promise<string> {
    return (await this.directory(locale)).version;
  }

  get totalBytes(): number {
    let n = 0;
    for (const b of this.downloaded.values()) n += b;
    return n;
  }

  private json<T>(path: string): Promise<T> {
    let pending = this.cache.get(path) as Promise<T> | undefined;
    if (!pending) {
      pending = this.fetchJson<T>(path);
      this.cache.set(path, pending);
      // A failed load is tried again next time (e.g. after the connection comes back).
      pending.catch(() => this.cache.delete(path));
    }
    return pending;
  }

  private async fetchJson<T>(path: string): Promise<T> {
    const url = new URL(path, new URL(this.base.endsWith('/') ? this.base : `${this.base}/`, document.baseURI)).href;
    let response: Response;
    try {
      response = await this.fetcher(url);
    } catch {
      throw new JourneySourceError(url, 'network');
    }
    if (!response.ok) throw new JourneySourceError(url, String(response.status));
    const text = await response.text();
    this.downloaded.set(path, new TextEncoder().encode(text).length);
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new JourneySourceError(url, 'not JSON');
    }
  }
}
