/**
 * One citizen's conversation with the guide: the engine state, the files it needs, and its copy in
 * localStorage (versioned by publication, keyed per guide on the page) so a reload resumes it.
 * The element only renders what this holds and calls its methods.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  followRoute, type Catalog, type GuideError, type GuideState, type GuideStep, type GuideTarget, type Localized, type Restored,
} from '@onestop/core';
import { answer, back, current, deserialize, edit, restart, serialize, startGuide } from '@onestop/core/guide';
import type { CatalogStore } from './catalog-store.js';
import { JourneySource } from './journey-source.js';

/** The stored form; `format` changes when this shape does. */
interface StoredGuide {
  format: 1;
  publication: string;
  locale: string;
  link: string;
  from?: Localized<string>;
  /** After a route: the target the journey was started for, so the page asking for it again resumes the routed journey. */
  origin?: GuideTarget;
}
const STORED_FORMAT = 1;

export type SessionNotice = 'restored' | 'stored-reset' | 'catalog-updated' | 'procedure-changed';

export class GuideSession implements ReactiveController {
  state: GuideState | undefined;
  step: GuideStep | undefined;
  /** The procedure a route came from, shown as "Continued from …". */
  from: Localized<string> | undefined;
  /** After a route: the target the journey was started for. */
  origin: GuideTarget | undefined;
  /** With the `procedure-changed` notice: how many answers no longer fit and are asked again. */
  dropped = 0;
  loading = false;
  loadError: string | undefined;
  notice: SessionNotice | undefined;
  /** The engine's message for the last bad answer, shown next to the question. */
  answerError: GuideError | undefined;
  locale = 'vi';
  source: JourneySource | undefined;
  private publication: string | undefined;

  constructor(private readonly host: ReactiveControllerHost, private readonly storageKey: () => string) {
    host.addController(this);
  }

  hostConnected(): void {}

  setStore(store: CatalogStore | undefined): void {
    if (this.source?.store === store) return;
    this.source = store ? new JourneySource(store) : undefined;
  }

  /** Starts a journey, or resumes the stored one for the same target. */
  async start(target: GuideTarget, options: { resume?: boolean; link?: string } = {}): Promise<void> {
    await this.run(async () => {
      const stored = options.link ? undefined : options.resume === false ? undefined : this.readStored();
      const link = options.link ?? stored?.link;
      // A journey that followed a route from this target goes on in the routed procedure.
      const routed = stored?.origin && sameTarget(stored.origin, target) ? targetOfLink(stored.link) : undefined;
      if (link && (await this.resume(link, routed ?? target, stored))) return;
      const catalog = await this.catalog(target);
      this.from = undefined;
      this.origin = undefined;
      this.set(startGuide(catalog, target));
    });
  }

  /** Reopens a guide from stored state (no target attribute): returns false when nothing is stored. */
  async resumeStored(): Promise<boolean> {
    const stored = this.readStored();
    if (!stored) return false;
    let resumed = false;
    await this.run(async () => {
      resumed = await this.resume(stored.link, undefined, stored);
    });
    return resumed;
  }

  answer(key: string, value: unknown): boolean {
    if (!this.state) return false;
    const r = answer(this.state, key, value);
    if (!r.ok) {
      this.answerError = r.error;
      this.host.requestUpdate();
      return false;
    }
    this.set(r.value);
    return true;
  }

  back(): void {
    if (this.state) this.set(back(this.state));
  }

  edit(key: string): void {
    if (!this.state) return;
    const r = edit(this.state, key);
    if (r.ok) this.set(r.value);
  }

  restart(): void {
    this.notice = undefined;
    if (this.state) this.set(restart(this.state));
  }

  /** Leaves the journey for the opening screen. */
  clear(): void {
    this.state = undefined;
    this.step = undefined;
    this.from = undefined;
    this.origin = undefined;
    this.notice = undefined;
    this.answerError = undefined;
    this.remove();
    this.host.requestUpdate();
  }

  /**
   * "This is another procedure": goes on there with the answers that still apply. In a life event
   * (`procedure` names the routing one) the journey stays the life event's, with the other procedure in its place.
   */
  async followRoute(procedure?: string): Promise<void> {
    const state = this.state;
    if (!state || this.step?.status !== 'outcome') return;
    const outcome = this.step.outcome;
    const route = outcome.kind === 'route' ? outcome : outcome.kind === 'plan' ? outcome.endings.find((e) => e.kind === 'route' && (!procedure || e.procedure.id === procedure)) : undefined;
    if (!route?.routeTo) return;
    await this.run(async () => {
      const procedure = await this.source!.store.procedure(this.locale, route.routeTo!.id);
      const catalog: Catalog = { ...state.catalog, procedures: [...state.catalog.procedures.filter((p) => p.id !== procedure.id), procedure] };
      const r = followRoute({ ...state, catalog }, route.procedure.id);
      if (!r.ok) throw r.error;
      this.from = route.procedure.name;
      this.origin ??= state.journey.target;
      this.set(r.value.state);
    });
  }

  /** Another language: the same answers over the other language's files. */
  async setLocale(locale: string): Promise<void> {
    if (locale === this.locale) return;
    this.locale = locale;
    const state = this.state;
    if (!state) return this.host.requestUpdate();
    const link = serialize(state);
    await this.run(async () => {
      await this.resume(link, state.journey.target, undefined, true);
    });
  }

  link(): string | undefined {
    return this.state ? serialize(this.state) : undefined;
  }

  private async resume(link: string, target: GuideTarget | undefined, stored: StoredGuide | undefined, quiet = false): Promise<boolean> {
    const payloadTarget = target ?? targetOfLink(link);
    if (!payloadTarget) {
      if (stored) this.notice = 'stored-reset';
      return false;
    }
    // A life event whose journey followed a route needs the routed procedures too.
    const catalog = await this.catalog(payloadTarget, Object.values(routesOfLink(link)));
    const r = deserialize(catalog, link);
    if (!r.ok || r.value.state.journey.target.id !== payloadTarget.id || r.value.state.journey.target.kind !== payloadTarget.kind) {
      if (stored) this.notice = 'stored-reset';
      return false;
    }
    if (!quiet) this.notice = this.noticeFor(stored, r.value);
    if (stored?.from) this.from = stored.from;
    if (stored?.origin) this.origin = stored.origin;
    this.set(r.value.state);
    return true;
  }

  /**
   * What to tell a citizen whose stored journey reopens: welcome back; or the catalog was updated
   * but not their questions; or their procedure changed, with the answers that no longer fit.
   */
  private noticeFor(stored: StoredGuide | undefined, restored: Restored): SessionNotice | undefined {
    this.dropped = 0;
    // A journey reopened before any answer or route is a fresh start: nothing to welcome back to.
    if (!stored || (!Object.keys(restored.state.answers).length && !stored.origin)) return undefined;
    if (stored.publication === this.publication) return 'restored';
    // The engine's fingerprint is per language's files: compare it only within one language.
    if (stored.locale !== this.locale) return 'catalog-updated';
    if (!restored.changed && !restored.dropped.length) return 'catalog-updated';
    this.dropped = restored.dropped.length;
    return 'procedure-changed';
  }

  private async catalog(target: GuideTarget, extra: string[] = []): Promise<Catalog> {
    const source = this.source;
    if (!source) throw new Error('no catalog: set src or place the guide in an <onestop-provider>');
    const catalog = await source.catalogFor(this.locale, target, extra);
    this.publication = source.version;
    return catalog;
  }

  private async run(work: () => Promise<void>): Promise<void> {
    this.loading = true;
    this.loadError = undefined;
    this.host.requestUpdate();
    try {
      await work();
    } catch (e) {
      this.loadError = e instanceof Error ? e.message : String(e);
    } finally {
      this.loading = false;
      this.host.requestUpdate();
    }
  }

  private set(state: GuideState): void {
    this.state = state;
    this.step = current(state);
    this.answerError = undefined;
    this.save();
    this.host.requestUpdate();
  }

  private readStored(): StoredGuide | undefined {
    let text: string | null = null;
    try {
      text = localStorage.getItem(this.storageKey());
    } catch {
      return undefined;
    }
    if (text === null) return undefined;
    try {
      const v = JSON.parse(text) as StoredGuide;
      if (v && v.format === STORED_FORMAT && typeof v.link === 'string' && typeof v.publication === 'string') return v;
    } catch {
      // Falls through to the notice below.
    }
    this.notice = 'stored-reset';
    this.remove();
    return undefined;
  }

  private save(): void {
    if (!this.state) return;
    const stored: StoredGuide = {
      format: STORED_FORMAT, publication: this.publication ?? '', locale: this.locale, link: serialize(this.state),
      ...(this.from ? { from: this.from } : {}), ...(this.origin ? { origin: this.origin } : {}),
    };
    try {
      localStorage.setItem(this.storageKey(), JSON.stringify(stored));
    } catch {
      // Private mode or a full storage: the guide still works, it just will not survive a reload.
    }
  }

  private remove(): void {
    try {
      localStorage.removeItem(this.storageKey());
    } catch {
      // Nothing stored to remove.
    }
  }
}

/** The payload of a `g1.` link, read without a catalog (core checks it fully when reopening). */
function payloadOfLink(link: string): { t?: unknown; r?: unknown } | undefined {
  const m = /^g1\.([A-Za-z0-9_-]+)\.[0-9a-z]{6}$/.exec(link.trim());
  if (!m) return undefined;
  try {
    const binary = atob(m[1]!.replace(/-/g, '+').replace(/_/g, '/'));
    const payload: unknown = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
    return payload && typeof payload === 'object' ? payload : undefined;
  } catch {
    return undefined;
  }
}

/** The target a `g1.` link names. */
export function targetOfLink(link: string): GuideTarget | undefined {
  const payload = payloadOfLink(link);
  const t = typeof payload?.t === 'string' ? /^([pl]):([a-z0-9-]+)$/.exec(payload.t) : null;
  return t ? { kind: t[1] === 'l' ? 'life-event' : 'procedure', id: t[2]! } : undefined;
}

/** The routes a life-event link followed (procedure id → the one that took its place). */
export function routesOfLink(link: string): Record<string, string> {
  const r = payloadOfLink(link)?.r;
  if (!r || typeof r !== 'object' || Array.isArray(r)) return {};
  return Object.fromEntries(Object.entries(r).filter(([, to]) => typeof to === 'string' && /^[a-z0-9-]+$/.test(to))) as Record<string, string>;
}

function sameTarget(a: GuideTarget, b: GuideTarget): boolean {
  return a.kind === b.kind && a.id === b.id;
}
