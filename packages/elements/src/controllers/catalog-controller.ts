/**
 * Connects an element to its catalog: the provider's store through @lit/context, or, without a
 * provider, the page-wide store for the element's own `src`. A provider upgraded after the element
 * still connects (a ContextRoot replays the request), and overrides the element's own `src`.
 */
import { ContextConsumer, ContextRoot } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SearchFilters } from '@onestop/core';
import { storeFor, type CatalogStore, type StoreState } from './catalog-store.js';
import { onestopContext, type OnestopContext } from './onestop-context.js';
import { ALL_STRINGS, loadUiStrings, translator, uiLocale, uiStringsReady, type Translate, type UiStringParts } from '../internal/i18n.js';

export type CatalogHost = ReactiveControllerHost & HTMLElement & { src?: string };

let root: ContextRoot | undefined;
function attachRoot(): void {
  if (root || typeof document === 'undefined') return;
  root = new ContextRoot();
  root.attach(document.documentElement);
}

export class CatalogController implements ReactiveController {
  private provided: OnestopContext | undefined;
  private own: OnestopContext | undefined;
  private unsubscribe: (() => void) | undefined;
  private subscribedTo: CatalogStore | undefined;

  /** `strings`: the parts of the UI strings the element shows (a search box needs only the common ones). */
  constructor(
    private readonly host: CatalogHost,
    private readonly strings: UiStringParts = ALL_STRINGS,
  ) {
    attachRoot();
    host.addController(this);
    new ContextConsumer(host, {
      context: onestopContext,
      subscribe: true,
      callback: (value) => {
        this.provided = value;
        this.connectStore();
        host.requestUpdate();
      },
    });
  }

  hostConnected(): void {
    this.connectStore();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscribedTo = undefined;
  }

  /** Call when the host's `src` or `lang` changes. */
  refresh(): void {
    this.own = undefined;
    this.connectStore();
    this.host.requestUpdate();
  }

  private get context(): OnestopContext | undefined {
    if (this.provided) return this.provided;
    const src = this.host.src ?? this.host.getAttribute('src');
    if (!src) return undefined;
    const lang = this.host.getAttribute('lang') || this.host.closest('[lang]')?.getAttribute('lang') || 'vi';
    if (!this.own || this.own.store !== storeFor(src) || this.own.lang !== lang) this.own = { store: storeFor(src), lang };
    return this.own;
  }

  private connectStore(): void {
    const store = this.context?.store;
    if (!store || store === this.subscribedTo || !this.host.isConnected) return;
    this.unsubscribe?.();
    this.subscribedTo = store;
    this.unsubscribe = store.subscribe(() => this.host.requestUpdate());
    void store.load();
  }

  get connected(): boolean {
    return !!this.context;
  }

  get store(): CatalogStore | undefined {
    return this.context?.store;
  }

  /** The store's state; still loading while the UI strings of the element's language arrive. */
  get state(): StoreState {
    const state = this.context?.store.state ?? { status: 'loading', offline: false, updated: false };
    const ui = this.uiLocale;
    if (uiStringsReady(ui, this.strings)) return state;
    void loadUiStrings(ui, this.strings).then(() => this.host.requestUpdate());
    return state.status === 'loading' ? state : { ...state, status: 'loading' };
  }

  /** The catalog locale the element shows. */
  get locale(): string {
    const ctx = this.context;
    return ctx ? ctx.store.localeFor(ctx.lang) : 'vi';
  }

  /** The locale UI strings and Intl formats use. */
  get uiLocale(): string {
    return uiLocale(this.locale);
  }

  get t(): Translate {
    return translator(this.locale);
  }

  get agency(): string | undefined {
    return this.context?.agency || undefined;
  }

  /** Filters narrowed to the provider's agency, when it has one. */
  filters(filters: SearchFilters = {}): SearchFilters {
    return this.agency ? { ...filters, agency: this.agency } : filters;
  }

  /** A key that changes whenever what the element shows must be reloaded. */
  get key(): string {
    const s = this.state;
    return `${this.store?.src ?? ''}|${s.entry?.version ?? ''}|${this.locale}|${this.agency ?? ''}`;
  }

  retry(): void {
    void this.store?.load(true);
  }
}
