/**
 * What a guide's journey needs, taken from the page's catalog store (so every file is fetched
 * once page-wide): the directory (agencies, calendars) and the journey's procedures — never
 * catalog.json. The locale index only for the opening's chips and free-text questions.
 */
import type { Catalog, LifeEvent, LocaleIndex } from '@onestop/core';
import type { CatalogStore } from './catalog-store.js';

export class JourneySource {
  constructor(readonly store: CatalogStore) {}

  /** The publication version the files belong to. */
  get version(): string {
    return this.store.state.entry?.version ?? '';
  }

  index(locale: string): Promise<LocaleIndex> {
    return this.store.index(locale);
  }

  /** A catalog holding what a procedure or life-event journey needs, in one locale. */
  async catalogFor(locale: string, target: { kind: 'procedure' | 'life-event'; id: string }, extra: string[] = []): Promise<Catalog> {
    const directory = await this.store.directory(locale);
    let lifeEvents: LifeEvent[] = [];
    let ids = [target.id];
    if (target.kind === 'life-event') {
      const event = directory.lifeEvents.find((e) => e.id === target.id);
      if (!event) throw new Error(`there is no life event "${target.id}" in this catalog`);
      lifeEvents = [event];
      ids = event.procedures;
    }
    const procedures = await Promise.all([...new Set([...ids, ...extra])].map((id) => this.store.procedure(locale, id)));
    return { info: directory.info, agencies: directory.agencies, calendars: directory.calendars, fields: [], synonyms: [], lifeEvents, procedures };
  }
}
