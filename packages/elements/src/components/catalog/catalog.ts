import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FACET_NAMES, type CatalogSearch, type FacetCount, type FacetName, type LocaleIndex, type ProcedureSummary, type SearchHit, type SearchResult } from '@onestop/core';
import { CatalogController } from '../../controllers/catalog-controller.js';
import { LatestLoad } from '../../controllers/latest-load.js';
import { EMPTY_VIEW, UrlStateController, decodeView, encodeView, type CatalogViewState, type UrlMode } from '../../controllers/url-state.js';
import { emit } from '../../events/onestop-events.js';
import { formatFeeRange, formatNumber, formatProcessingTime } from '../../internal/format.js';
import type { MessageKey } from '../../internal/i18n.js';
import { themeStyles } from '../../styles/theme.styles.js';
import { languageNote, renderError, renderHotline, renderLoadState, renderNotices } from '../shared/catalog-state.js';
import { highlightedText } from '../shared/highlighted-text.js';
import { hitText } from '../shared/hit-text.js';
import { catalogStyles } from './catalog.styles.js';

interface BrowserData {
  search: CatalogSearch;
  index: LocaleIndex;
  summaries: Map<string, ProcedureSummary>;
}

const LISTED_FACETS = FACET_NAMES.filter((f): f is Exclude<FacetName, 'free'> => f !== 'free');

/**
 * The catalog browser: search with facet filters and live counts, key facts on each result, life
 * events first when nothing is typed, paging, and the procedure page opening in place. Its state
 * lives in the URL (one query parameter, or the hash), so back/forward, reload and links work.
 * A query in the publication's other language is answered from it, and the list says so.
 *
 * @summary Search, filter and open the procedures of a catalog.
 * @fires onestop-select - A result was opened (procedure) or a life event chosen.
 * @fires onestop-search - A query or filter settled, with its total.
 * @csspart search - The search field.
 * @csspart filters - The facet filters.
 * @csspart results - The result list.
 * @csspart result - One result.
 * @csspart badge - A channel badge (online, postal, in person).
 * @csspart pager - Paging buttons.
 * @csspart mark - A matched part of a name.
 * @csspart note - "Results in English": the language that answered a query typed in another one.
 * @csspart error - The error message.
 * @csspart empty - What is said when nothing matches, or when the site's agency has no procedure.
 * @cssprop --onestop-color-primary - Links and primary buttons (`-dark` twin in the dark scheme).
 * @cssprop --onestop-color-on-primary - Text on primary buttons (`-dark` twin in the dark scheme).
 * @cssprop --onestop-color-surface - Background (`-dark` twin in the dark scheme).
 * @cssprop --onestop-color-surface-alt - Filters, badges, notices and the loading skeleton (`-dark` twin in the dark scheme).
 * @cssprop --onestop-color-text - Text (`-dark` twin in the dark scheme).
 * @cssprop --onestop-color-text-muted - Counts and secondary facts (`-dark` twin in the dark scheme).
 * @cssprop --onestop-color-border - Borders of fields, buttons and cards (`-dark` twin in the dark scheme).
 * @cssprop --onestop-color-mark - The matched words in results (`-dark` twin in the dark scheme).
 * @cssprop --onestop-color-focus - The 3 px focus ring (`-dark` twin in the dark scheme).
 * @cssprop --onestop-font-family - Font.
 * @cssprop --onestop-font-size - Base size; everything else is in `em` (default 16px).
 * @cssprop --onestop-radius - Corner radius.
 * @cssprop --onestop-spacing - Base spacing (multiplied by --onestop-density).
 * @cssprop --onestop-density - Multiplies the spacing: `0.75` is denser, `1.5` roomier.
 */
export class OnestopCatalog extends LitElement {
  static override styles = [themeStyles, catalogStyles];

  /** The publication, when the element is not inside an `<onestop-provider>`. */
  @property() src?: string;

  /** Where the state lives: `query` (a query parameter, default), `hash`, or `none`. */
  @property({ attribute: 'url-state' }) urlState: UrlMode = 'query';

  /** The name of the query (or hash) parameter holding the state. */
  @property({ attribute: 'url-param' }) urlParam = 'onestop';

  /** Results per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /** `light` or `dark` forces a colour scheme; otherwise the system's. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @state() private view: CatalogViewState = EMPTY_VIEW;
  @state() private filtersOpen = false;

  private readonly catalog = new CatalogController(this);
  private readonly data = new LatestLoad<BrowserData>(this);
  private readonly url = new UrlStateController(
    this,
    () => ({ mode: this.urlState, param: this.urlParam }),
    (text) => this.setView(decodeView(text, LISTED_FACETS), false, false),
  );
  private openedFrom = '';
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  /** The citizen stopped changing the view: `onestop-search` reports its answer once complete. */
  private settled = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.view = decodeView(this.url.read(), LISTED_FACETS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.settleTimer);
  }

  override updated(changed: Map<string, unknown>): void {
    if (changed.has('src') || changed.has('lang')) this.catalog.refresh();
    // The store renders the browser again when a query's parts arrive: its answer may be complete now.
    this.announce();
  }

  override render() {
    const catalog = this.catalog;
    const { status } = catalog.state;
    if (status === 'ready') {
      const locale = catalog.locale;
      const store = catalog.store!;
      this.data.load(catalog.key, async () => {
        const [search, index] = await Promise.all([store.search(locale), store.index(locale)]);
        return { search, index, summaries: new Map(index.procedures.map((p) => [p.id, p])) };
      });
    }
    const body = renderLoadState(catalog, this.data, this, (value) => (this.view.open ? this.renderOpen() : this.renderBrowser(value)));
    return html`<div class="root" lang=${catalog.uiLocale}>${renderNotices(catalog)}${body}</div>`;
  }

  private renderOpen() {
    void import('../../define/onestop-procedure.js');
    return html`<div class="opened">
      <button type="button" class="back" @click=${() => this.close()}>← ${this.catalog.t('catalog.back')}</button>
      <onestop-procedure no-notices procedure=${this.view.open} .src=${this.catalog.store?.src} theme=${this.theme ?? nothing}></onestop-procedure>
    </div>`;
  }

  private renderBrowser(data: BrowserData) {
    const t = this.catalog.t;
    const unavailable = this.agencyWithout(data);
    if (unavailable) {
      return html`<div class="state empty" part="empty" role="status"><p>${unavailable}</p>${renderHotline(this.catalog)}</div>`;
    }
    const result = this.run(data);
    const { total, locale, pending, failed } = result;
    const pages = Math.max(1, Math.ceil(total / this.pageSize));
    const page = Math.min(this.view.page, pages);
    const count = pending ? t('search.searching') : t('search.results', { count: total });
    return html`
      <div class="search" part="search">
        <label for="q">${t('search.label')}</label>
        <p class="hint" id="q-hint">${t('search.hint')}</p>
        <input id="q" type="search" autocomplete="off" aria-describedby="q-hint" .value=${this.view.query} @input=${this.onQuery} />
      </div>
      <div class="layout ${this.filtersOpen ? 'filters-open' : ''}">
        ${this.renderFilters(data, result)}
        <section class="results" part="results" aria-labelledby="count">
          <h2 id="count" tabindex="-1"><span role="status">${locale && total ? `${count}. ${languageNote(this.catalog, locale)}` : count}</span></h2>
          ${failed
            ? renderError(this.catalog, undefined, () => {
                data.search.retry?.();
                this.requestUpdate();
              })
            : total === 0
              ? pending
                ? nothing
                : this.renderNoResult()
              : html`<ol class="list" aria-busy=${pending ? 'true' : 'false'}>
                  ${result.hits.map((hit) => this.renderHit(data, hit, locale))}
                </ol>`}
          ${pages > 1
            ? html`<nav class="pager" part="pager" aria-label=${t('catalog.page', { page, pages })}>
                <button type="button" ?disabled=${page <= 1} @click=${() => this.goToPage(page - 1)}>${t('catalog.previous')}</button>
                <span>${t('catalog.page', { page, pages })}</span>
                <button type="button" ?disabled=${page >= pages} @click=${() => this.goToPage(page + 1)}>${t('catalog.next')}</button>
              </nav>`
            : nothing}
        </section>
      </div>
    `;
  }

  /** What to say when the provider's agency has no procedure here, so the page is not a blank browser. */
  private agencyWithout(data: BrowserData): string | undefined {
    const agency = this.catalog.agency;
    if (!agency || data.search.search('', { filters: this.catalog.filters(), limit: 1 }).total > 0) return undefined;
    const known = data.index.agencies.find((a) => a.id === agency);
    const t = this.catalog.t;
    return known ? t('catalog.agencyEmpty', { agency: this.facetLabel(data, 'agency', agency) }) : t('catalog.agencyUnknown', { agency });
  }

  private renderNoResult() {
    const t = this.catalog.t;
    const query = this.view.query.trim();
    const filtered = this.view.free || Object.values(this.view.filters).some((v) => v.length);
    return html`<div class="state empty" part="empty">
      <p>${query ? t('search.none', { query }) : t('catalog.noneFiltered')}</p>
      ${filtered ? html`<button type="button" @click=${() => this.setView({ ...this.view, filters: {}, free: false, page: 1 }, true)}>${t('catalog.clearFilters')}</button>` : nothing}
      ${renderHotline(this.catalog)}
    </div>`;
  }

  private run(data: BrowserData): SearchResult {
    const filters = this.catalog.filters({ ...this.view.filters, free: this.view.free });
    const page = Math.max(1, this.view.page);
    return data.search.search(this.view.query, { filters, limit: this.pageSize, offset: (page - 1) * this.pageSize });
  }

  private facetLabel(data: BrowserData, facet: FacetName, value: string): string {
    const locale = this.catalog.locale;
    const t = this.catalog.t;
    const name = (v: Record<string, string> | undefined) => (v ? (v[locale] ?? Object.values(v)[0] ?? value) : value);
    switch (facet) {
      case 'field':
        return name(data.index.fields.find((f) => f.id === value)?.name);
      case 'agency':
        return name(data.index.agencies.find((a) => a.id === value)?.name);
      case 'level':
      case 'channel':
      case 'audience': {
        const label = t(`${facet}.${value}` as MessageKey);
        return label === `${facet}.${value}` ? value : label;
      }
      default:
        return value;
    }
  }

  private renderFilters(data: BrowserData, result: SearchResult) {
    const t = this.catalog.t;
    const ui = this.catalog.uiLocale;
    const facets = LISTED_FACETS.filter((f) => !(f === 'agency' && this.catalog.agency));
    const freeCount = result.facets.free.find((c) => c.value === 'free')?.count ?? 0;
    const chosen = Object.values(this.view.filters).reduce((n, v) => n + v.length, this.view.free ? 1 : 0);
    const any = chosen > 0;
    // In a narrow column the filters fold behind one button, so the results are not a long scroll away.
    return html`<button type="button" class="filters-toggle" aria-expanded=${this.filtersOpen ? 'true' : 'false'} aria-controls="filters"
        @click=${() => (this.filtersOpen = !this.filtersOpen)}>${t('catalog.filters')}${any ? ` (${formatNumber(chosen, ui)})` : ''}</button>
      <div id="filters" class="filters" part="filters" role="group" aria-label=${t('catalog.filters')}>
      ${any ? html`<button type="button" class="clear" @click=${() => this.setView({ ...this.view, filters: {}, free: false, page: 1 }, true)}>${t('catalog.clearFilters')}</button>` : nothing}
      <label class="option free"
        ><input type="checkbox" .checked=${this.view.free} @change=${(e: Event) => this.setView({ ...this.view, free: (e.target as HTMLInputElement).checked, page: 1 }, true)} />
        <span class="label">${t('catalog.freeOnly')}</span> <span class="count">(${formatNumber(freeCount, ui)})</span></label
      >
      ${facets.map((facet) => {
        const counts: FacetCount[] = result.facets[facet];
        if (!counts.length) return nothing;
        const selected = this.view.filters[facet] ?? [];
        return html`<fieldset>
          <legend>${t(`facet.${facet}` as MessageKey)}</legend>
          ${counts.slice(0, 12).map(
            (c) => html`<label class="option"
              ><input type="checkbox" .checked=${selected.includes(c.value)} @change=${(e: Event) => this.toggleFilter(facet, c.value, (e.target as HTMLInputElement).checked)} />
              <span class="label">${this.facetLabel(data, facet, c.value)}</span> <span class="count">(${formatNumber(c.count, ui)})</span></label
            >`,
          )}
        </fieldset>`;
      })}
    </div>`;
  }

  /** A result; one that another language answered is named as that language names it. */
  private renderHit(data: BrowserData, hit: SearchHit, matched: string | undefined) {
    const t = this.catalog.t;
    const ui = this.catalog.uiLocale;
    const text = hitText(data.search, hit.id, matched);
    if (hit.kind === 'life-event') {
      const event = data.index.lifeEvents.find((e) => e.id === hit.id);
      const locale = this.catalog.locale;
      return html`<li class="result life-event" part="result">
        <span class="kind">${t('search.lifeEvent')}</span>
        <h3 lang=${matched ?? nothing}>${highlightedText(text.name, hit.highlights, 'name')}</h3>
        <p class="summary" lang=${matched ?? nothing}>${text.summary}</p>
        <ol class="steps">
          ${(event?.procedures ?? []).filter((id) => data.summaries.has(id)).map((id, i) => {
            const s = data.summaries.get(id)!;
            // The number is its own box so it stays on the first line when a long name wraps; the list itself numbers it for screen readers.
            return html`<li><span class="number" aria-hidden="true">${formatNumber(i + 1, ui)}.</span><button type="button" class="link" data-id=${id} @click=${() => this.open(id)}>${s.name[locale] ?? Object.values(s.name)[0]}</button></li>`;
          })}
        </ol>
      </li>`;
    }
    const s = data.summaries.get(hit.id);
    return html`<li class="result" part="result">
      <h3 lang=${matched ?? nothing}><button type="button" class="link" data-id=${hit.id} @click=${() => this.open(hit.id)}>${highlightedText(text.name, hit.highlights, 'name')}</button></h3>
      ${s
        ? html`<p class="facts">
            <span>${formatFeeRange(s.feeFrom, s.feeTo, ui, t)}</span>
            <span>${formatProcessingTime(s.processingTime, t)}</span>
            ${s.channelTypes.map((c) => html`<span class="badge" part="badge">${t(`channel.${c}` as MessageKey)}</span>`)}
          </p>`
        : nothing}
    </li>`;
  }

  private onQuery(e: Event): void {
    this.setView({ ...this.view, query: (e.target as HTMLInputElement).value, page: 1 }, false);
  }

  private toggleFilter(facet: string, value: string, on: boolean): void {
    const current = this.view.filters[facet] ?? [];
    const next = on ? [...current, value] : current.filter((v) => v !== value);
    this.setView({ ...this.view, filters: { ...this.view.filters, [facet]: next }, page: 1 }, true);
  }

  private goToPage(page: number): void {
    this.setView({ ...this.view, page }, true);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#count')?.focus());
  }

  private open(id: string): void {
    this.openedFrom = id;
    emit(this, 'onestop-select', { id, kind: 'procedure' });
    this.setView({ ...this.view, open: id }, true);
    void this.updateComplete.then(async () => {
      await customElements.whenDefined('onestop-procedure');
      const page = this.renderRoot.querySelector('onestop-procedure') as (HTMLElement & { focusHeading(): void; updateComplete: Promise<unknown> }) | null;
      if (!page) return;
      // The page loads its data first; focus its heading once it is there.
      for (let i = 0; i < 100 && !page.shadowRoot?.querySelector('h2'); i++) await new Promise((r) => setTimeout(r, 30));
      page.focusHeading();
    });
  }

  private close(): void {
    this.setView({ ...this.view, open: '' }, true);
    void this.updateComplete.then(() => {
      const from = this.renderRoot.querySelector<HTMLElement>(`button[data-id="${CSS.escape(this.openedFrom)}"]`) ?? this.renderRoot.querySelector<HTMLElement>('#count');
      from?.focus();
    });
  }

  private setView(view: CatalogViewState, push: boolean, write = true): void {
    this.view = view;
    if (write) this.url.write(encodeView(view), push);
    this.settled = false;
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      this.settled = true;
      this.announce();
    }, 700);
  }

  private announce(): void {
    const data = this.data.value;
    if (!this.settled || !data || !this.view.query.trim()) return;
    const { total, pending, failed } = this.run(data);
    // Still loading this query's parts, or failed until "Try again": not the answer yet.
    if (pending || failed) return;
    this.settled = false;
    emit(this, 'onestop-search', { query: this.view.query.trim(), total, locale: this.catalog.locale });
  }
}
