/** The loading, error and notice views every catalog element shares. */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { LatestLoad } from '../../controllers/latest-load.js';
import type { CatalogController } from '../../controllers/catalog-controller.js';
import type { StoreError } from '../../controllers/catalog-store.js';
import type { MessageKey } from '../../internal/i18n.js';

/** A `tel:` link target: digits and a leading plus only. */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`;

export function renderLoading(catalog: CatalogController) {
  return html`<div class="skeleton" part="skeleton" role="status" aria-busy="true">
    <p class="visually-hidden">${catalog.t('state.loading')}</p>
    <span></span><span></span><span></span>
  </div>`;
}

export function renderHotline(catalog: CatalogController) {
  const phone = catalog.state.entry?.hotline;
  if (!phone) return nothing;
  return html`<p class="hotline" part="hotline">${catalog.t('hotline.talk')}: <a href=${telHref(phone)}>${catalog.t('hotline.call', { phone })}</a></p>`;
}

/** A friendly, translated message with a retry and the hotline; the technical reason stays in the event. */
export function renderError(catalog: CatalogController, error: StoreError | undefined, retry: () => void) {
  const code = error?.code ?? 'unreachable';
  const message = code === 'schema' ? 'state.schema' : code === 'malformed' ? 'state.malformed' : code === 'not-found' ? 'state.notFound' : 'state.unreachable';
  return html`<div class="state" part="error" role="alert">
    <p>${catalog.t(message)}</p>
    ${code === 'schema' || code === 'not-found' ? nothing : html`<button type="button" class="primary" @click=${retry}>${catalog.t('state.retry')}</button>`}
    ${renderHotline(catalog)}
  </div>`;
}

/** "Results in English": said when a query typed in another language was answered from it. */
export function languageNote(catalog: CatalogController, locale: string): string {
  const t = catalog.t;
  return t('search.otherLanguage', { language: t(`language.${locale}` as MessageKey, { defaultValue: locale }) });
}

/** Offline, updated and sample-data notices, announced politely. */
export function renderNotices(catalog: CatalogController) {
  const { offline, updated, entry } = catalog.state;
  return html`<div role="status" class="notices">
    ${offline ? html`<p class="notice" part="notice">${catalog.t('state.offline')}</p>` : nothing}
    ${updated ? html`<p class="notice" part="notice">${catalog.t('state.updated')}</p>` : nothing}
    ${entry?.sample ? html`<p class="notice" part="notice">${catalog.t('state.sample')}</p>` : nothing}
  </div>`;
}

/**
 * The body of an element that loads its own data on top of the store: the store's error, then the
 * element's (retry reloads it), then loading, then `ready` with the data.
 */
export function renderLoadState<T>(catalog: CatalogController, data: LatestLoad<T>, host: ReactiveControllerHost, ready: (value: T) => unknown) {
  if (catalog.state.status === 'error') return renderError(catalog, catalog.state.error, () => catalog.retry());
  if (data.error)
    return renderError(catalog, data.error, () => {
      data.reset();
      host.requestUpdate();
    });
  if (!data.value) return renderLoading(catalog);
  return ready(data.value);
}
