import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CatalogSearch, SearchHit } from '@onestop/core';
import { CatalogController } from '../../controllers/catalog-controller.js';
import { LatestLoad } from '../../controllers/latest-load.js';
import { emit } from '../../events/onestop-events.js';
import { themeStyles } from '../../styles/theme.styles.js';
import { languageNote, renderError, renderHotline, renderLoading } from '../shared/catalog-state.js';
import { highlightedText } from '../shared/highlighted-text.js';
import { hitText } from '../shared/hit-text.js';
import { searchStyles } from './search.styles.js';

let instances = 0;

/**
 * A type-ahead search box over the catalog, following the WAI-ARIA 1.2 combobox pattern: arrow
 * keys, Home/End, Enter and Escape; the result count is announced. Matches are marked from core's
 * highlight ranges; misspellings, missing diacritics and Telex/VNI typing are understood by core.
 * A query in the publication's other language (English typed on a Vietnamese page) is answered
 * from that language, says so, and names the results as that language does.
 *
 * @summary Type-ahead search of procedures and life events.
 * @fires onestop-select - A procedure or life event was chosen (cancelable: cancel to stop `href-template` navigation).
 * @fires onestop-search - A query settled, with its total and locale: what citizens look for and do not find.
 * @csspart input - The text field.
 * @csspart hint - What to type, e.g. "đổi bằng lái" (a visible line that wraps, not a placeholder a narrow field cuts off).
 * @csspart listbox - The list of results.
 * @csspart option - One result.
 * @csspart mark - A matched part of a name or summary.
 * @csspart note - "Results in English": the language that answered a query typed in another one.
 * @csspart error - The error message.
 * @csspart hotline - The "talk to a person" line.
 * @cssprop --onestop-color-primary - Links, primary buttons and the selected option (`-dark` twin in the dark scheme).
 * @cssprop --onestop-color-on-primary - Text on primary buttons (`-dark` twin in the dark scheme).
 * @cssprop --onestop-color-surface - Background (`-dark` twin in the dark scheme).
 * @cssprop --onestop-color-surface-alt - Notices and the loading skeleton (`-dark` twin in the dark scheme).
 * @cssprop --onestop-color-text - Text (`-dark` twin in the dark scheme).
 * @cssprop --onestop-color-text-muted - Result kinds and summaries (`-dark` twin in the dark scheme).
 * @cssprop --onestop-color-border - Borders of fields, buttons and cards (`-dark` twin in the dark scheme).
 * @cssprop --onestop-color-mark - The matched words in results (`-dark` twin in the dark scheme).
 * @cssprop --onestop-color-focus - The 3 px focus ring (`-dark` twin in the dark scheme).
 * @cssprop --onestop-font-family - Font.
 * @cssprop --onestop-font-size - Base size; everything else is in `em` (default 16px).
 * @cssprop --onestop-radius - Corner radius.
 * @cssprop --onestop-spacing - Base spacing (multiplied by --onestop-density).
 * @cssprop --onestop-density - Multiplies the spacing: `0.75` is denser, `1.5` roomier.
 * @cssprop --onestop-search-popup-position - `absolute` (default) floats the results; `static` keeps them in the flow.
 */
export class OnestopSearch extends LitElement {
  static override styles = [themeStyles, searchStyles];

  /** The publication, when the element is not inside an `<onestop-provider>`. */
  @property() src?: string;

  /** Turns a selection into navigation, e.g. `/thu-tuc/{id}` (the id URL-encoded; only http(s) targets are followed). */
  @property({ attribute: 'href-template' }) hrefTemplate = '';

  /** Results shown at most. */
  @property({ type: Number }) limit = 8;

  /** `light` or `dark` forces a colour scheme; otherwise the system's. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @state() private query = '';
  @state() private open = false;
  @state() private active = -1;

  private readonly catalog = new CatalogController(this, ['common']);
  private readonly engine = new LatestLoad<CatalogSearch>(this);
  private readonly uid = `onestop-search-${++instances}`;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  /** The query the citizen stopped typing, until `onestop-search` reports its answer. */
  private settled: string | undefined;

  override updated(changed: Map<string, unknown>): void {
    if (changed.has('src') || changed.has('lang')) this.catalog.refresh();
    // The store renders the box again when a query's parts arrive: its answer may be complete now.
    this.reportSettled();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.settleTimer);
  }

  /** The current query. */
  get value(): string {
    return this.query;
  }

  override render() {
    const catalog = this.catalog;
    const { status } = catalog.state;
    if (status === 'ready') this.engine.load(catalog.key, () => catalog.store!.search(catalog.locale));
    const body =
      status === 'error'
        ? renderError(catalog, catalog.state.error, () => catalog.retry())
        : this.engine.error
          ? renderError(catalog, this.engine.error, () => {
              this.engine.reset();
              this.requestUpdate();
            })
          : !this.engine.value
            ? renderLoading(catalog)
            : this.renderBox(this.engine.value);
    return html`<div class="root" lang=${catalog.uiLocale}>${body}</div>`;
  }

  private results(search: CatalogSearch): Answer {
    // The box shows no facets: a chunked search then never loads facets.json.
    const filters = this.catalog.filters();
    const query = this.query.trim();
    if (!query) return { hits: [], total: 0 };
    const result = search.search(query, { limit: this.limit, filters, facets: false });
    const { hits, total, locale, pending, failed } = result;
    if (pending || failed) return { hits, total, pending, failed };
    // A did-you-mean of this language would rewrite a query that another language answered.
    const didYouMean = locale ? undefined : search.suggest(query).didYouMean;
    if (total > 0) return { hits, total, didYouMean, locale };
    // Nothing found: offer what most citizens come for, life events first.
    return { hits: search.search('', { limit: 5, filters, facets: false }).hits, total: 0, didYouMean, popular: true };
  }

  /** What the status line says: the count and the language that answered, or that the search is under way. */
  private statusText({ total, locale, pending }: Answer): string {
    const t = this.catalog.t;
    if (!this.query.trim()) return '';
    if (pending) return t('search.searching');
    return locale ? `${t('search.results', { count: total })}. ${languageNote(this.catalog, locale)}` : t('search.results', { count: total });
  }

  private renderBox(search: CatalogSearch) {
    const t = this.catalog.t;
    const answer = this.results(search);
    const { hits, total, didYouMean, popular, locale, pending, failed } = answer;
    this.currentHits = hits;
    this.matched = locale;
    const expanded = this.open && !!this.query.trim();
    const listId = `${this.uid}-list`;
    const active = this.active >= 0 && this.active < hits.length ? this.active : -1;
    const count = this.statusText(answer);
    return html`
      <label for="${this.uid}-input" part="label">${t('search.label')}</label>
      <p class="hint" id="${this.uid}-hint" part="hint">${t('search.hint')}</p>
      <div class="field">
        <input
          id="${this.uid}-input"
          part="input"
          type="search"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${expanded && hits.length ? 'true' : 'false'}
          aria-controls=${listId}
          aria-activedescendant=${expanded && active >= 0 ? `${this.uid}-opt-${active}` : nothing}
          aria-describedby="${this.uid}-hint"
          .value=${this.query}
          @input=${this.onInput}
          @keydown=${(e: KeyboardEvent) => this.onKey(e, hits)}
          @focus=${() => (this.open = true)}
          @blur=${this.onBlur}
        />
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">${count}</p>
      ${failed
        ? renderError(this.catalog, undefined, () => {
            search.retry?.();
            this.requestUpdate();
          })
        : nothing}
      ${expanded && locale && total > 0 ? html`<p class="note" part="note">${languageNote(this.catalog, locale)}</p>` : nothing}
      ${expanded && pending && !hits.length ? html`<p class="note searching" aria-hidden="true">${t('search.searching')}</p>` : nothing}
      ${expanded && !pending && !failed && (total === 0 || didYouMean)
        ? html`<div class="empty" part="empty">
            ${total === 0 ? html`<p>${t('search.none', { query: this.query.trim() })}</p>` : nothing}
            ${didYouMean
              ? html`<p class="did-you-mean">${t('search.didYouMean')}
                  <button type="button" class="link-button" @mousedown=${(e: Event) => e.preventDefault()} @click=${() => this.setQuery(didYouMean)}>${didYouMean}</button>?</p>`
              : nothing}
            ${total === 0 ? renderHotline(this.catalog) : nothing}
          </div>`
        : nothing}
      <ul id=${listId} role="listbox" part="listbox" aria-label=${popular ? t('search.popular') : t('search.label')} aria-busy=${pending ? 'true' : 'false'} ?hidden=${!expanded || !hits.length || failed}>
        ${hits.map((hit, i) => this.renderOption(search, hit, i, i === active, locale))}
      </ul>
    `;
  }

  private currentHits: SearchHit[] = [];
  /** The language that answered the shown results, when it is not the page's. */
  private matched: string | undefined;

  private renderOption(search: CatalogSearch, hit: SearchHit, i: number, selected: boolean, locale: string | undefined) {
    const t = this.catalog.t;
    const text = hitText(search, hit.id, locale);
    return html`<li
      id="${this.uid}-opt-${i}"
      role="option"
      part="option"
      aria-selected=${selected ? 'true' : 'false'}
      @mousedown=${(e: Event) => e.preventDefault()}
      @click=${() => this.choose(hit)}
    >
      <span class="kind">${hit.kind === 'life-event' ? t('search.lifeEvent') : t('search.procedure')}</span>
      <span class="name" lang=${locale ?? nothing}>${highlightedText(text.name, hit.highlights, 'name')}</span>
      ${text.summary ? html`<span class="summary" lang=${locale ?? nothing}>${highlightedText(text.summary, hit.highlights, 'summary')}</span>` : nothing}
    </li>`;
  }

  private onInput(e: Event): void {
    this.setQuery((e.target as HTMLInputElement).value, false);
  }

  private setQuery(query: string, focus = true): void {
    this.query = query;
    this.open = true;
    this.active = -1;
    this.settled = undefined;
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.announceQuery(), 700);
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector('input')?.focus());
  }

  /** Fires `onestop-search` for a query the citizen stopped typing (or submitted), once its answer is complete. */
  private announceQuery(): void {
    clearTimeout(this.settleTimer);
    this.settled = this.query.trim() || undefined;
    this.reportSettled();
  }

  private reportSettled(): void {
    const query = this.settled;
    const search = this.engine.value;
    if (!query || !search) return;
    const { total, pending, failed } = search.search(query, { limit: this.limit, filters: this.catalog.filters(), facets: false });
    // Still loading its parts (or the other language), or failed until "Try again": not the answer yet.
    if (pending || failed) return;
    this.settled = undefined;
    emit(this, 'onestop-search', { query, total, locale: this.catalog.locale });
  }

  private onKey(e: KeyboardEvent, hits: SearchHit[]): void {
    const last = hits.length - 1;
    const move = (to: number) => {
      e.preventDefault();
      this.open = true;
      this.active = hits.length ? to : -1;
      void this.updateComplete.then(() => this.renderRoot.querySelector(`#${this.uid}-opt-${this.active}`)?.scrollIntoView?.({ block: 'nearest' }));
    };
    switch (e.key) {
      case 'ArrowDown':
        return move(!this.open || this.active >= last ? 0 : this.active + 1);
      case 'ArrowUp':
        return move(!this.open || this.active <= 0 ? last : this.active - 1);
      case 'Home':
        if (this.open && this.active >= 0) move(0);
        return;
      case 'End':
        if (this.open && this.active >= 0) move(last);
        return;
      case 'Enter': {
        e.preventDefault();
        const hit = this.open ? hits[this.active] : undefined;
        if (hit) this.choose(hit);
        else this.announceQuery();
        return;
      }
      case 'Escape':
        e.preventDefault();
        if (this.open && this.query) {
          this.open = false;
          this.active = -1;
        } else this.setQuery('', false);
        return;
    }
  }

  private onBlur(): void {
    this.open = false;
    this.active = -1;
  }

  private choose(hit: SearchHit): void {
    this.announceQuery();
    const href = this.hrefTemplate ? navigable(this.hrefTemplate.replace('{id}', encodeURIComponent(hit.id))) : undefined;
    const detail = href ? { id: hit.id, kind: hit.kind, href } : { id: hit.id, kind: hit.kind };
    const search = this.engine.value;
    // The box holds the name the chosen option showed.
    if (search) this.query = hitText(search, hit.id, this.matched).name;
    this.open = false;
    this.active = -1;
    if (emit(this, 'onestop-select', detail, true) && href) window.location.assign(href);
  }
}

/** The box's answer to the current query, as the template shows it. */
interface Answer {
  hits: SearchHit[];
  total: number;
  didYouMean?: string;
  /** The hits are what most citizens come for: nothing matched. */
  popular?: boolean;
  /** The language that answered, when not the page's. */
  locale?: string;
  pending?: boolean;
  failed?: boolean;
}

/** A template's URL only when it leads to a web page: a `javascript:` or `data:` template never navigates. */
function navigable(href: string): string | undefined {
  try {
    return /^https?:$/.test(new URL(href, document.baseURI).protocol) ? href : undefined;
  } catch {
    return undefined;
  }
}
