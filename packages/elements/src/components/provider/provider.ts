import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { storeFor, type CatalogStore } from '../../controllers/catalog-store.js';
import { onestopContext } from '../../controllers/onestop-context.js';
import { emit } from '../../events/onestop-events.js';

/**
 * Loads a publication once and shares its catalog store, search and language with every Onestop
 * element inside it. Elements without a provider use a page-wide store keyed by their own `src`.
 *
 * @summary Shares one catalog, language and agency with the Onestop elements inside it.
 * @slot - The Onestop elements (and any other content) of the page area.
 * @fires onestop-ready - The publication's entry is loaded (again after a newer version arrives).
 * @fires onestop-error - The publication cannot be loaded: unreachable, malformed or of an unknown schema version.
 */
export class OnestopProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The publication: its `publication.json`, its folder, or its `manifest.json` (read as the `publication.json` beside it). */
  @property() src = '';

  /** The language of every element inside; changing it re-renders them live. */
  @property({ reflect: true }) override lang = '';

  /** Narrows every element inside to this agency's procedures (a department's own site). */
  @property() agency = '';

  private readonly provider = new ContextProvider(this, { context: onestopContext });
  private store: CatalogStore | undefined;
  private unsubscribe: (() => void) | undefined;
  private announced = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.connectStore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.store = undefined;
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('src')) this.connectStore();
    if (this.store) this.provider.setValue({ store: this.store, lang: this.lang || this.closestLang(), agency: this.agency || undefined });
  }

  /** Loads the publication again after a failure. */
  retry(): void {
    void this.store?.load(true);
  }

  private closestLang(): string {
    return this.parentElement?.closest('[lang]')?.getAttribute('lang') || 'vi';
  }

  private connectStore(): void {
    if (!this.isConnected || !this.src) return;
    const store = storeFor(this.src);
    if (store === this.store) return;
    this.unsubscribe?.();
    this.store = store;
    this.announced = '';
    this.unsubscribe = store.subscribe(() => this.announce());
    this.provider.setValue({ store, lang: this.lang || this.closestLang(), agency: this.agency || undefined });
    void store.load().then(() => this.announce());
  }

  /** Fires ready or error once per state reached. */
  private announce(): void {
    const state = this.store?.state;
    if (!state || state.status === 'loading') return;
    const key = state.status === 'ready' ? `ready:${state.entry!.version}` : `error:${state.error?.code}`;
    if (key === this.announced) return;
    this.announced = key;
    if (state.status === 'ready') emit(this, 'onestop-ready', { version: state.entry!.version, locales: state.entry!.locales, offline: state.offline });
    else emit(this, 'onestop-error', { code: state.error?.code ?? 'unreachable', message: state.error?.message ?? '' });
  }

  override render() {
    return html`<slot></slot>`;
  }
}
