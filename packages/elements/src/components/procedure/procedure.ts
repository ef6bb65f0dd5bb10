import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { resultDate, todayInVietnam, type CatalogChanges, type LocaleDirectory, type Procedure } from '@onestop/core';
import { CatalogController } from '../../controllers/catalog-controller.js';
import { ChecklistController } from '../../controllers/checklist-controller.js';
import { LatestLoad } from '../../controllers/latest-load.js';
import { lastSeenVersion, rememberSeen } from '../../controllers/last-visit.js';
import { emit } from '../../events/onestop-events.js';
import { requestGuide } from '../../events/guide-request.js';
import { formatDate, formatTime } from '../../internal/format.js';
import type { MessageKey } from '../../internal/i18n.js';
import { vietnamNow } from '../../internal/office-hours.js';
import { themeStyles } from '../../styles/theme.styles.js';
import { renderHotline, renderLoadState, renderNotices } from '../shared/catalog-state.js';
import { changedFields, renderAgencyChange, renderGlance, renderOffices, renderResult, richText, type PageContext } from './procedure-sections.js';
import { procedureStyles } from './procedure.styles.js';

interface PageData {
  procedure: Procedure;
  directory: LocaleDirectory;
  changes: CatalogChanges | undefined;
}

const CHANGE_LABELS: Record<string, MessageKey> = {
  fees: 'procedure.fee',
  processingTime: 'procedure.time',
  channels: 'procedure.channels',
  documentGroups: 'procedure.documents',
  steps: 'procedure.steps',
  result: 'procedure.result',
  requirements: 'procedure.requirements',
  legalBasis: 'procedure.legalBasis',
  receivingAgencies: 'procedure.where',
};

/**
 * The page of one procedure, as a volunteer would talk it through: the facts at a glance, each way
 * to submit with its own fee and time, a document checklist kept across visits, the steps, the
 * expected result date from core's working-day calendar, the office and its hours, forms, result,
 * legal basis, what changed since the last visit, the hotline, feedback and "Guide me".
 *
 * @summary One procedure's page, with a tickable checklist and a result-date calculator.
 * @fires onestop-feedback - "Was this page helpful?" answered: procedure, helpful, locale, version.
 * @fires onestop-guide-request - "Guide me" pressed (cancelable). Unless cancelled, the first `<onestop-guide>` on the page gets `procedure` set and `open = true`.
 * @slot actions - Extra actions shown beside "Guide me" and "Print checklist".
 * @csspart header - Name, code, summary and dates.
 * @csspart glance - Fee, time, where, and the channels.
 * @csspart channel - One way to submit.
 * @csspart checklist - The documents to bring.
 * @csspart steps - The numbered steps.
 * @csspart result-date - The result-date calculator.
 * @csspart offices - Receiving offices with hours.
 * @csspart result - What the citizen receives.
 * @csspart hotline - The "talk to a person" line.
 * @csspart error - The error message.
 * @cssprop --onestop-color-primary - Links and primary buttons (`-dark` twin in the dark scheme).
 * @cssprop --onestop-color-on-primary - Text on primary buttons (`-dark` twin in the dark scheme).
 * @cssprop --onestop-color-surface - Background (`-dark` twin in the dark scheme).
 * @cssprop --onestop-color-surface-alt - Key facts, notices and the loading skeleton (`-dark` twin in the dark scheme).
 * @cssprop --onestop-color-text - Text (`-dark` twin in the dark scheme).
 * @cssprop --onestop-color-text-muted - Secondary text (`-dark` twin in the dark scheme).
 * @cssprop --onestop-color-border - Borders of fields, buttons and cards (`-dark` twin in the dark scheme).
 * @cssprop --onestop-color-danger - "Closed now" on the office hours (`-dark` twin in the dark scheme).
 * @cssprop --onestop-color-success - "Open now" on the office hours (`-dark` twin in the dark scheme).
 * @cssprop --onestop-color-focus - The 3 px focus ring (`-dark` twin in the dark scheme).
 * @cssprop --onestop-font-family - Font.
 * @cssprop --onestop-font-size - Base size; everything else is in `em` (default 16px).
 * @cssprop --onestop-radius - Corner radius.
 * @cssprop --onestop-spacing - Base spacing (multiplied by --onestop-density).
 * @cssprop --onestop-density - Multiplies the spacing: `0.75` is denser, `1.5` roomier.
 */
export class OnestopProcedure extends LitElement {
  static override styles = [themeStyles, procedureStyles];

  /** The procedure id, e.g. `driving-license-exchange`. */
  @property({ reflect: true }) procedure = '';

  /** The publication, when the element is not inside an `<onestop-provider>`. */
  @property() src?: string;

  /** `light` or `dark` forces a colour scheme; otherwise the system's. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Hides the offline / updated / sample notices (when a surrounding element already shows them). */
  @property({ type: Boolean, attribute: 'no-notices' }) noNotices = false;

  /** When the citizen submits (`YYYY-MM-DDTHH:MM`, Vietnam time); defaults to now. */
  @property({ attribute: 'submitted-at' }) submittedAt = '';

  @state() private stepsOpen = false;
  @state() private feedbackGiven = false;

  private readonly catalog = new CatalogController(this);
  private readonly data = new LatestLoad<PageData>(this);
  private readonly checklist = new ChecklistController(this);

  override updated(changed: Map<string, unknown>): void {
    if (changed.has('src') || changed.has('lang')) this.catalog.refresh();
    const entry = this.catalog.state.entry;
    const page = this.data.value;
    if (entry && page && page.procedure.id === this.procedure) rememberSeen(entry.catalogId, this.procedure, entry.version);
    if (changed.has('procedure')) this.feedbackGiven = false;
  }

  /** Moves focus to the procedure's name (after opening it in place). */
  focusHeading(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h2')?.focus());
  }

  override render() {
    const catalog = this.catalog;
    const { status, entry } = catalog.state;
    if (status === 'ready' && entry && this.procedure) {
      const locale = catalog.locale;
      const store = catalog.store!;
      const id = this.procedure;
      this.data.load(`${catalog.key}|${id}`, async () => {
        const [procedure, directory, changes] = await Promise.all([store.procedure(locale, id), store.directory(locale), store.changes()]);
        return { procedure, directory, changes };
      });
    }
    const body = renderLoadState(catalog, this.data, this, (value) => this.renderPage(value));
    return html`<article class="root" lang=${catalog.uiLocale}>${this.noNotices ? nothing : renderNotices(catalog)}${body}</article>`;
  }

  private renderPage({ procedure: p, directory, changes }: PageData) {
    const t = this.catalog.t;
    const locale = this.catalog.locale;
    const entry = this.catalog.state.entry!;
    const now = new Date();
    const ctx: PageContext = { procedure: p, directory, locale, ui: this.catalog.uiLocale, t, today: todayInVietnam(now), now };
    const seen = lastSeenVersion(entry.catalogId, p.id);
    const changed = changedFields(changes, p.id, seen, entry.version).map((f) => CHANGE_LABELS[f]).filter((k): k is MessageKey => !!k);
    this.checklist.use(entry.catalogId, p.id);
    return html`
      <header part="header">
        <h2 tabindex="-1">${p.name[locale] ?? Object.values(p.name)[0]}</h2>
        ${p.code ? html`<p class="meta">${t('procedure.code', { code: p.code })}</p>` : nothing}
        ${richText(p.summary, locale)} ${renderAgencyChange(ctx)}
        <p class="meta">${t('procedure.updated', { date: formatDate(p.updated, ctx.ui) })}</p>
        ${changed.length
          ? html`<div class="changed" role="note"><strong>${t('procedure.changedSince')}:</strong> ${[...new Set(changed)].map((k) => t(k)).join(', ')}</div>`
          : nothing}
        <div class="actions no-print">
          <button type="button" class="primary" @click=${() => requestGuide(this, p.id, locale)}>${t('procedure.guideMe')}</button>
          <button type="button" @click=${() => window.print()}>${t('procedure.print')}</button>
          <slot name="actions"></slot>
        </div>
      </header>
      ${renderGlance(ctx)} ${this.renderChecklist(p, ctx)} ${this.renderSteps(p, ctx)} ${this.renderResultDate(p, directory, ctx)} ${renderOffices(ctx)}
      ${renderResult(ctx)}
      <footer class="no-print">${renderHotline(this.catalog)} ${this.renderFeedback(p)}</footer>
    `;
  }

  private renderChecklist(p: Procedure, ctx: PageContext) {
    const { t, locale } = ctx;
    const ids = p.documentGroups.flatMap((g) => g.documents.map((d) => `${g.id}/${d.id}`));
    const done = this.checklist.count(ids);
    return html`<section class="checklist" part="checklist" aria-labelledby="docs-h">
      <h3 id="docs-h">${t('procedure.documents')}</h3>
      <p class="progress" role="status">${t('procedure.checked', { done, total: ids.length })}</p>
      ${p.documentGroups.map(
        (g) => html`<fieldset>
          <legend>${g.title[locale] ?? Object.values(g.title)[0]}</legend>
          ${richText(g.appliesWhen, locale)}
          <ul>
            ${g.documents.map((d) => {
              const key = `${g.id}/${d.id}`;
              const id = `doc-${g.id}-${d.id}`;
              return html`<li>
                <input type="checkbox" id=${id} .checked=${this.checklist.has(key)} @change=${(e: Event) => this.checklist.toggle(key, (e.target as HTMLInputElement).checked)} />
                <label for=${id}>${d.quantity > 1 ? `${t('procedure.quantity', { count: d.quantity })} ` : ''}${d.name[locale] ?? Object.values(d.name)[0]}</label>
                ${richText(d.notes, locale)}
              </li>`;
            })}
          </ul>
        </fieldset>`,
      )}
    </section>`;
  }

  private renderSteps(p: Procedure, ctx: PageContext) {
    const { t, locale } = ctx;
    return html`<section class="steps" part="steps">
      <div class="steps-head">
        <h3>${t('procedure.steps')}</h3>
        <button type="button" class="no-print" aria-expanded=${this.stepsOpen ? 'true' : 'false'} @click=${() => this.toggleSteps()}>${this.stepsOpen ? t('procedure.hideAll') : t('procedure.showAll')}</button>
      </div>
      <ol>
        ${p.steps.map(
          (s) => html`<li>
            <details ?open=${this.stepsOpen}>
              <summary>${s.title[locale] ?? Object.values(s.title)[0]}</summary>
              ${richText(s.description, locale)}
            </details>
          </li>`,
        )}
      </ol>
    </section>`;
  }

  private toggleSteps(): void {
    this.stepsOpen = !this.stepsOpen;
    // <details> keeps its own state once toggled by hand: set every one explicitly.
    for (const d of this.renderRoot.querySelectorAll('details')) d.open = this.stepsOpen;
  }

  private renderResultDate(p: Procedure, directory: LocaleDirectory, ctx: PageContext) {
    const { t, ui } = ctx;
    const now = vietnamNow(ctx.now);
    const submitted = this.submittedAt || `${now.date}T${String(Math.floor(now.minutes / 60)).padStart(2, '0')}:${String(now.minutes % 60).padStart(2, '0')}`;
    let answer;
    try {
      const due = resultDate(directory.calendars, submitted, p.processingTime);
      answer = html`<p class="due"><strong>${t('procedure.expected', { date: formatDate(due.date, ui, true) + (due.dateTime ? `, ${formatTime(due.dateTime.slice(11), ui)}` : '') })}</strong></p>
        <p class="meta">${t('procedure.receivedOn', { date: formatDate(due.receivedOn, ui, true) })}</p>`;
    } catch {
      answer = html`<p>${t('procedure.resultDateUnknown')}</p>`;
    }
    return html`<section class="result-date no-print" part="result-date">
      <h3>${t('procedure.resultDate')}</h3>
      <label for="submitted">${t('procedure.submittedAt')}</label>
      <input id="submitted" type="datetime-local" .value=${submitted.slice(0, 16)} @change=${(e: Event) => (this.submittedAt = (e.target as HTMLInputElement).value)} />
      <div aria-live="polite">${answer}</div>
    </section>`;
  }

  private renderFeedback(p: Procedure) {
    const t = this.catalog.t;
    if (this.feedbackGiven) return html`<p role="status">${t('procedure.thanks')}</p>`;
    const answer = (helpful: boolean) => {
      emit(this, 'onestop-feedback', { procedure: p.id, helpful, locale: this.catalog.locale, version: this.catalog.state.entry?.version ?? '' });
      this.feedbackGiven = true;
    };
    return html`<div class="feedback" role="group" aria-labelledby="helpful">
      <span id="helpful">${t('procedure.helpful')}</span>
      <button type="button" @click=${() => answer(true)}>${t('procedure.yes')}</button>
      <button type="button" @click=${() => answer(false)}>${t('procedure.no')}</button>
    </div>`;
  }
}
