import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { type AskResult, type GuideTarget, type LocaleIndex, type PersonalPlan } from '@onestop/core';
import { progress } from '@onestop/core/guide';
import { fill, guideTexts, loadGuideTexts, type GuideTexts } from '../../locales/guide/index.js';
import { GuideSession, targetOfLink } from '../../controllers/guide-session.js';
import { CatalogController } from '../../controllers/catalog-controller.js';
import { checklistEntry, readTicks, writeTick } from '../../controllers/checklist-ticks.js';
import { answeredTurn, questionTurn, rich, text, type ConversationContext } from './guide-conversation.js';
import { endingCard, hours, planCards, type PlanContext } from './guide-plan.js';
import { takeAway } from './guide-take-away.js';
import { guideStyles } from './guide.styles.js';
import { themeStyles } from '../../styles/theme.styles.js';

/** The hash parameter a share link carries the guide in. */
export const SHARE_PARAM = 'onestop-guide';

import type { GuideFeedbackDetail } from '../../events/onestop-events.js';
export type { GuideFeedbackDetail };

/**
 * A patient volunteer in the corner of an agency page: asks the questions of a procedure's or a
 * life event's guided flow, one at a time, and hands over a personal plan to print, share, scan
 * or add to a calendar. The conversation survives a reload and re-renders in another language.
 *
 * @summary Conversational guide to a procedure or life event, ending with a personal plan.
 * @fires onestop-feedback - "Was this helpful?" answered; `detail: { helpful, target, link, locale }`.
 * @csspart launcher - The floating button in launcher mode.
 * @csspart panel - The conversation panel.
 * @csspart qr - The QR code of the share link.
 * @cssprop --onestop-color-primary - Buttons, links, focus and the citizen's bubbles (`--onestop-color-primary-dark` in dark).
 * @cssprop --onestop-color-on-primary - Text on the primary colour (`--onestop-color-on-primary-dark` in dark).
 * @cssprop --onestop-color-surface - Panel background (`--onestop-color-surface-dark` in dark).
 * @cssprop --onestop-color-surface-alt - The guide's bubbles and notices (`--onestop-color-surface-alt-dark` in dark).
 * @cssprop --onestop-color-text - Text (`--onestop-color-text-dark` in dark).
 * @cssprop --onestop-color-text-muted - Progress and hints (`--onestop-color-text-muted-dark` in dark).
 * @cssprop --onestop-color-border - Borders (`--onestop-color-border-dark` in dark).
 * @cssprop --onestop-color-danger - Error messages (`--onestop-color-danger-dark` in dark).
 * @cssprop --onestop-font-family - Font.
 * @cssprop --onestop-font-size - Base size (default 16px).
 * @cssprop --onestop-line-height - Line height (default 1.5).
 * @cssprop --onestop-guide-accent - Only the guide's buttons and the citizen's bubbles, in both schemes (default: the primary colour).
 * @cssprop --onestop-guide-on-accent - Text on --onestop-guide-accent (default: the on-primary colour).
 * @cssprop --onestop-guide-surface - Only the guide's panel background, in both schemes (default: the surface colour).
 */
export class OnestopGuide extends LitElement {
  static override styles = [themeStyles, guideStyles];

  /** The publication (its publication.json or folder); inside an <onestop-provider>, the provider's. */
  @property() src = '';
  /** Start directly with this procedure. */
  @property() procedure = '';
  /** Start directly with this life event. */
  @property({ attribute: 'life-event' }) lifeEvent = '';
  /** `inline` (in the page) or `launcher` (a floating button that opens a panel). */
  @property({ reflect: true }) mode: 'inline' | 'launcher' = 'inline';
  /** The agency's name in the greeting. */
  @property({ attribute: 'agency-name' }) agencyName = '';
  /** A greeting instead of the default one. */
  @property() greeting = '';
  /** Procedure and life-event ids offered as chips at the opening (comma-separated). */
  @property() popular = '';
  /** Where "search the catalog" leads when nothing fits a question. */
  @property({ attribute: 'search-href' }) searchHref = '';
  /** When set, "Was this helpful?" is also POSTed here as JSON. */
  @property({ attribute: 'feedback-endpoint' }) feedbackEndpoint = '';
  /** Keeps two guides on one page apart in storage; defaults to the id, then the target. */
  @property() instance = '';
  /** `light` or `dark` forces a colour scheme; otherwise the system's. */
  @property({ reflect: true }) theme?: 'light' | 'dark';
  /** Launcher mode: whether the panel is open (remembered). */
  @property({ type: Boolean, reflect: true }) open = false;

  @state() private index: LocaleIndex | undefined;
  @state() private askResult: AskResult | undefined;
  @state() private asking = false;
  @state() private copyStatus: 'copied' | 'failed' | undefined;
  @state() private feedback: 'sent' | 'failed' | undefined;
  @state() private feedbackError: string | undefined;
  @state() private ticks = 0;
  /** True until the first files have loaded: the panel shows "Loading…", not an empty opening. */
  @state() private booting = true;

  private readonly catalog = new CatalogController(this);
  private readonly session = new GuideSession(this, () => this.storageKey());
  /** What the current journey was started for: store, publication version and target. */
  private bootKey = '';
  private icsUrl: string | undefined;
  private icsFor: unknown;
  private focusKey: string | undefined;
  private interacted = false;
  private langObserver: MutationObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // `lang` on the element or an ancestor (the page) decides the language; watch it change.
    this.langObserver = new MutationObserver(() => this.requestUpdate());
    this.langObserver.observe(this, { attributes: true, attributeFilter: ['lang'] });
    this.langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    if (this.mode === 'launcher') this.open = this.readOpen();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.langObserver?.disconnect();
    if (this.icsUrl) URL.revokeObjectURL(this.icsUrl);
  }

  /** Starts the guide on a procedure or life event, e.g. from a procedure page's "Guide me". */
  async startJourney(target: GuideTarget): Promise<void> {
    this.interacted = true;
    this.askResult = undefined;
    if (this.mode === 'launcher') this.setOpen(true);
    await this.session.start(target, { resume: false });
  }

  /**
   * Forgets this conversation, its stored copy included, and goes back to the start: the opening,
   * or the first question of `procedure` or `life-event`. For a shared screen (a kiosk) between two
   * citizens; focus stays where it is, since nobody may be in front of the screen.
   */
  async restart(): Promise<void> {
    this.interacted = false;
    this.askResult = undefined;
    this.feedback = undefined;
    this.feedbackError = undefined;
    this.copyStatus = undefined;
    this.session.clear();
    this.session.loadError = undefined;
    const ask = this.renderRoot.querySelector<HTMLInputElement>('#ask');
    if (ask) ask.value = '';
    const target = this.target();
    if (target) await this.session.start(target, { resume: false });
    else if (this.session.source) await this.loadIndex();
    await this.updateComplete;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.catalog.refresh();
    // Opened by "Guide me" on a procedure page: the guide takes focus itself.
    if (changed.has('open') && this.open && changed.get('open') === false) this.interacted = true;
    const store = this.catalog.store;
    this.session.setStore(store);
    const state = this.catalog.state;
    if (!store || state.status !== 'ready') return;
    const target = this.target();
    const key = `${store.src}|${state.entry?.version}|${target ? `${target.kind}:${target.id}` : ''}`;
    if (key !== this.bootKey) {
      this.bootKey = key;
      void this.boot();
    } else if (!this.booting && this.catalog.locale !== this.session.locale) void this.switchLocale(this.catalog.locale);
  }

  protected override updated(): void {
    const step = this.session.step;
    const key = step?.status === 'question' ? step.question.key : step?.status === 'outcome' ? 'outcome' : undefined;
    // Focus follows the conversation only once the citizen takes part, never on page load.
    if (this.interacted && key && key !== this.focusKey) {
      this.focusKey = key;
      const target = this.renderRoot.querySelector<HTMLElement>(key === 'outcome' ? '.outcome h2' : '.current .controls :is(button, input)');
      target?.focus();
    } else if (!this.interacted) this.focusKey = key;
  }

  override render(): TemplateResult {
    const t = this.texts();
    const panel = html`<section part="panel" class="root panel" aria-label=${this.title || t.title} @keydown=${this.onPanelKeydown}>${this.renderPanel(t)}</section>`;
    if (this.mode !== 'launcher') return panel;
    return html`
      ${this.open ? panel : nothing}
      <button part="launcher" type="button" class="launcher no-print" aria-expanded=${this.open ? 'true' : 'false'} @click=${() => this.setOpen(!this.open)}>
        ${this.open ? t.launcherClose : t.launcherOpen}
      </button>`;
  }

  private renderPanel(t: GuideTexts): TemplateResult {
    const s = this.session;
    const step = s.step;
    const notice = s.notice ? { restored: t.restored, 'stored-reset': t.storedReset, 'catalog-updated': t.catalogUpdated, 'procedure-changed': t.procedureChanged }[s.notice] : undefined;
    return html`
      <header class="head">
        <h2 class="title">${this.agencyName || t.title}</h2>
        ${s.state ? html`<div class="tools no-print">
          <button type="button" class="link" ?disabled=${!step?.answered.length} @click=${this.onBack}>${t.back}</button>
          <button type="button" class="link" @click=${this.onStartOver}>${t.startOver}</button>
        </div>` : nothing}
      </header>
      ${notice ? html`<p class="notice" role="status">${notice}${s.notice === 'procedure-changed' ? html`
        ${s.dropped ? fill(t.answersDropped, { count: s.dropped }) : nothing}
        <button type="button" class="link" @click=${this.onStartOver}>${t.startOver}</button>` : nothing}</p>` : nothing}
      ${s.loadError || this.catalog.state.status === 'error'
        ? html`<div class="notice error" role="alert">${fill(t.loadFailed, { why: s.loadError ?? this.catalog.state.error?.message ?? '' })} <button type="button" class="link" @click=${this.onRetry}>${t.retry}</button></div>`
        : nothing}
      <div class="log-region" role="log" aria-live="polite" aria-busy=${s.loading ? 'true' : 'false'}><ol class="log">
        ${s.state ? this.renderJourney(t) : this.booting || this.target() || !this.session.source ? nothing : this.renderOpening(t)}
      </ol></div>
      ${s.loading || (this.booting && !s.loadError) || (!s.state && this.target() && !s.loadError) ? html`<p class="loading" role="status">${t.loading}</p>` : nothing}
      ${step?.status === 'outcome' ? this.renderOutcome(t) : nothing}`;
  }

  private renderOpening(t: GuideTexts): TemplateResult {
    const greeting = this.greeting || (this.agencyName ? fill(t.greetingFrom, { name: this.agencyName }) : t.greeting);
    const chips = this.popularChips();
    const r = this.askResult;
    return html`<li class="turn"><div class="bubble guide">${greeting}</div></li>
      ${chips.length ? html`<li class="turn"><div class="chips" role="group" aria-label=${t.popular}>
        ${chips.map((c) => html`<button type="button" class="chip" @click=${() => void this.startJourney(c.target)}>${c.name}</button>`)}</div></li>` : nothing}
      ${r ? html`<li class="turn"><div class="bubble citizen">${r.text}</div></li>${this.renderAskAnswer(t, r)}` : nothing}
      <li class="turn"><form class="ask" @submit=${this.onAsk}>
        <label for="ask">${t.askLabel}</label>
        <span class="muted" id="ask-hint">${t.askHint}</span>
        <span class="ask-row"><input id="ask" name="q" type="text" autocomplete="off" aria-describedby="ask-hint" />
        <button type="submit" class="primary" ?disabled=${this.asking}>${t.askSend}</button></span>
      </form></li>`;
  }

  private renderAskAnswer(t: GuideTexts, r: AskResult): TemplateResult {
    const locale = this.session.locale;
    const best = r.candidates[0];
    if (!best) {
      const hotline = this.index?.agencies.find((a) => a.id === this.index?.info.helpAgency);
      const number = hotline?.hotline ?? hotline?.phone;
      return html`<li class="turn"><div class="bubble guide">${fill(t.askNothing, { text: r.text })}
        <span class="chips">${this.searchHref && /^https?:|^\//.test(this.searchHref) ? html`<a class="chip" href=${this.searchHref}>${t.searchCatalog}</a>` : nothing}
        ${number ? html`<a class="chip" href="tel:${number.replace(/[^\d+]/g, '')}">${fill(t.call, { number })}</a>` : nothing}</span></div></li>`;
    }
    const options = r.clarify ? r.candidates.filter((c) => r.clarify!.choices.some((x) => x.value === c.id)) : [best];
    return html`<li class="turn"><div class="bubble guide">${r.clarify ? t.askWhich : ''}
      <div class="chips" role="group" aria-label=${t.askWhich}>${options.map((c) => html`<button type="button" class="chip" @click=${() => void this.startJourney({ kind: c.kind, id: c.id })}>${text(c.name, { locale, fallback: locale })}</button>`)}</div></div></li>`;
  }

  private renderJourney(t: GuideTexts): TemplateResult {
    const s = this.session;
    const state = s.state!;
    const step = s.step!;
    const ctx = this.conversation(t);
    const sections: TemplateResult[] = [];
    let procedure: string | undefined;
    const intro = state.journey.parts.length === 1 ? rich(state.journey.parts[0]!.flow.intro, ctx) : undefined;
    sections.push(html`<li class="turn"><div class="bubble guide"><strong>${fill(t.startedOn, { name: text(state.journey.name, ctx) })}</strong>
      ${s.from ? html`<p class="muted">${fill(t.routeContinued, { name: text(s.from, ctx) })}</p>` : nothing}
      ${intro ? html`<onestop-rich-text .content=${intro}></onestop-rich-text>` : nothing}</div></li>`);
    const section = (id: string) => {
      if (state.journey.parts.length < 2 || id === procedure) return;
      procedure = id;
      sections.push(html`<li class="section"><h3>${ctx.procedureName(id)}</h3></li>`);
    };
    for (const a of step.answered) {
      section(a.question.procedure);
      sections.push(answeredTurn(a, ctx));
    }
    if (step.status === 'question') {
      section(step.question.procedure);
      sections.push(questionTurn(step.question, ctx));
    }
    return html`${sections}`;
  }

  private renderOutcome(t: GuideTexts): TemplateResult {
    const s = this.session;
    const step = s.step;
    if (step?.status !== 'outcome') return html``;
    const outcome = step.outcome;
    const locale = s.locale;
    const fallback = s.state!.catalog.info.defaultLocale;
    const helpAgency = s.state!.catalog.agencies.find((a) => a.id === s.state!.catalog.info.helpAgency);
    const ctx: PlanContext = {
      t, locale, fallback,
      helpHours: helpAgency ? hours(helpAgency.openingHours, { t }) : undefined,
      isTicked: (d) => d.procedures.some((p, i) => readTicks(this.catalogId(), p).has(checklistEntry(d.groups[i]!, d.id))),
      onTick: (d, ticked) => {
        d.procedures.forEach((p, i) => writeTick(this.catalogId(), p, checklistEntry(d.groups[i]!, d.id), ticked));
        this.ticks++;
      },
      onFollowRoute: (procedure) => {
        this.interacted = true;
        void s.followRoute(procedure);
      },
    };
    const name = text(s.state!.journey.name, ctx);
    return html`<div class="outcome">
      <h2 tabindex="-1">${outcome.kind === 'plan' ? fill(t.planFor, { name }) : name}</h2>
      ${outcome.kind === 'plan' ? html`${planCards(outcome, ctx)}${this.renderTakeAway(t, outcome)}` : endingCard(outcome, ctx)}
    </div>`;
  }

  private renderTakeAway(t: GuideTexts, plan: PersonalPlan): TemplateResult {
    const shareUrl = this.shareUrl();
    if (this.icsFor !== plan) {
      this.icsFor = plan;
      void this.prepareIcs(t, plan, shareUrl);
    }
    return takeAway({
      t, shareUrl, icsUrl: this.icsUrl, icsName: `${this.session.state!.journey.target.id}.ics`,
      copyStatus: this.copyStatus, feedback: this.feedback, feedbackError: this.feedbackError,
      onPrint: () => window.print(),
      onCopy: () => void this.copyLink(shareUrl),
      onFeedback: (helpful) => void this.sendFeedback(helpful),
    });
  }

  /** Writes the reminder for the plan shown; the link appears once the calendar writer has loaded. */
  private async prepareIcs(t: GuideTexts, plan: PersonalPlan, shareUrl: string): Promise<void> {
    if (this.icsUrl) URL.revokeObjectURL(this.icsUrl);
    this.icsUrl = undefined;
    try {
      const { planIcs } = await import('./guide-ics.js');
      if (this.icsFor !== plan || !this.session.state) return;
      const name = text(this.session.state.journey.name, { locale: this.session.locale, fallback: this.session.locale });
      const ics = planIcs(plan, { locale: this.session.locale, summary: fill(t.reminderSummary, { name }), description: t.reminderDescription, url: shareUrl });
      this.icsUrl = ics ? URL.createObjectURL(new Blob([ics], { type: 'text/calendar' })) : undefined;
    } catch {
      // Without the chunk (offline, a failed load) the plan simply has no reminder link.
      this.icsUrl = undefined;
    }
    this.requestUpdate();
  }

  private conversation(t: GuideTexts): ConversationContext {
    const s = this.session;
    const state = s.state!;
    const step = s.step!;
    const locale = s.locale;
    const fallback = state.catalog.info.defaultLocale;
    const names = new Map(state.journey.parts.map((p) => [p.procedure.id, p.procedure.name]));
    return {
      t, locale, fallback,
      procedureName: (id) => text(names.get(id), { locale, fallback }),
      answerError: s.answerError,
      progress: progress(state),
      previous: step.status === 'question' ? step.previous : undefined,
      onAnswer: (key, value) => {
        this.interacted = true;
        s.answer(key, value);
      },
      onEdit: (key) => {
        this.interacted = true;
        s.edit(key);
      },
    };
  }

  private async boot(): Promise<void> {
    this.booting = true;
    try {
      const locale = this.catalog.locale;
      await loadGuideTexts(locale).catch(() => undefined);
      this.session.locale = locale;
      const target = this.target();
      const shared = this.sharedLink();
      const named = shared ? targetOfLink(shared) : undefined;
      if (shared && named) await this.session.start(named, { link: shared });
      else if (target) await this.session.start(target);
      else if (!(await this.session.resumeStored())) await this.loadIndex();
    } catch (e) {
      // Nothing escapes into the host page; the panel shows what went wrong.
      this.session.loadError = e instanceof Error ? e.message : String(e);
    } finally {
      this.booting = false;
    }
  }

  private async loadIndex(): Promise<void> {
    const locale = this.session.locale;
    try {
      const index = await this.session.source!.index(locale);
      // A language switch while it loaded (a kiosk going back to Vietnamese) wins over this answer.
      if (locale === this.session.locale) this.index = index;
    } catch (e) {
      this.session.loadError = e instanceof Error ? e.message : String(e);
    }
  }

  /** Another language mid-conversation: the transcript, answers included, re-renders in it. */
  private async switchLocale(locale: string): Promise<void> {
    this.booting = true;
    try {
      await loadGuideTexts(locale).catch(() => undefined);
      this.askResult = undefined;
      if (this.session.state) await this.session.setLocale(locale);
      else {
        this.session.locale = locale;
        if (this.index) await this.loadIndex();
      }
    } finally {
      this.booting = false;
    }
  }

  private readonly onRetry = () => {
    this.session.loadError = undefined;
    this.bootKey = '';
    this.catalog.retry();
    this.requestUpdate();
  };

  private target(): GuideTarget | undefined {
    if (this.procedure) return { kind: 'procedure', id: this.procedure };
    if (this.lifeEvent) return { kind: 'life-event', id: this.lifeEvent };
    return undefined;
  }

  private popularChips(): { target: GuideTarget; name: string }[] {
    const index = this.index;
    if (!index) return [];
    const locale = this.session.locale;
    const pick = (v: Record<string, string>) => text(v, { locale, fallback: index.info.defaultLocale });
    const wanted = this.popular.split(',').map((s) => s.trim()).filter(Boolean);
    const events = index.lifeEvents.map((e) => ({ target: { kind: 'life-event' as const, id: e.id }, name: pick(e.name) }));
    const procedures = index.procedures.map((p) => ({ target: { kind: 'procedure' as const, id: p.id }, name: pick(p.name) }));
    if (wanted.length) return wanted.map((id) => [...events, ...procedures].find((c) => c.target.id === id)).filter((c): c is NonNullable<typeof c> => !!c);
    return [...events, ...procedures.slice(0, 3)];
  }

  private readonly onAsk = async (e: Event) => {
    e.preventDefault();
    this.interacted = true;
    const input = (e.currentTarget as HTMLFormElement).querySelector('input')!;
    const query = input.value.trim();
    if (!query || !this.index) return;
    this.asking = true;
    try {
      const [{ askIndex }, search] = await Promise.all([import('./guide-ask.js'), this.catalog.store!.search(this.session.locale)]);
      // A large catalog's search loads the parts this question needs first (ask() asks for five, without facets).
      await search.prepare?.(query, { limit: 5, facets: false });
      this.askResult = askIndex(this.index, search, this.session.locale, query);
      input.value = '';
    } catch (err) {
      this.session.loadError = err instanceof Error ? err.message : String(err);
    } finally {
      this.asking = false;
    }
  };

  private readonly onBack = () => {
    this.interacted = true;
    this.session.back();
  };

  private readonly onStartOver = () => {
    this.interacted = true;
    this.feedback = undefined;
    this.copyStatus = undefined;
    if (this.target() && !this.session.from) return this.session.restart();
    this.session.clear();
    // After a route, the guide the page asked for starts again; without one, the opening.
    if (this.target()) this.bootKey = '';
    else void this.loadIndex();
    this.requestUpdate();
  };

  private async copyLink(url: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      this.copyStatus = 'copied';
    } catch {
      this.copyStatus = 'failed';
    }
  }

  private async sendFeedback(helpful: boolean): Promise<void> {
    const state = this.session.state;
    if (!state) return;
    const detail: GuideFeedbackDetail = { helpful, target: state.journey.target, link: this.session.link() ?? '', locale: this.session.locale };
    this.dispatchEvent(new CustomEvent<GuideFeedbackDetail>('onestop-feedback', { detail, bubbles: true, composed: true }));
    if (!this.feedbackEndpoint) {
      this.feedback = 'sent';
      return;
    }
    try {
      const r = await fetch(this.feedbackEndpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(detail) });
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      this.feedback = 'sent';
    } catch (e) {
      this.feedback = 'failed';
      this.feedbackError = fill(this.texts().feedbackFailed, { why: e instanceof Error ? e.message : String(e) });
    }
  }

  private shareUrl(): string {
    const link = this.session.link() ?? '';
    const url = new URL(location.href);
    const params = new URLSearchParams(url.hash.slice(1));
    params.set(SHARE_PARAM, link);
    url.hash = params.toString();
    return url.href;
  }

  private sharedLink(): string | undefined {
    const link = new URLSearchParams(location.hash.slice(1)).get(SHARE_PARAM);
    if (!link) return undefined;
    // With several guides on a page, the one whose target the link names takes it.
    const target = this.target();
    const named = targetOfLink(link);
    if (!named || (target && (named.kind !== target.kind || named.id !== target.id))) return undefined;
    return link;
  }

  private storageKey(): string {
    const target = this.target();
    return `onestop-guide:${this.catalog.store?.src ?? this.src}:${this.instance || this.id || (target ? `${target.kind}:${target.id}` : 'guide')}`;
  }

  private catalogId(): string {
    return this.session.state?.catalog.info.id ?? '';
  }

  /** Escape closes the launcher's panel and gives focus back to its button, as for any popup. */
  private onPanelKeydown = (event: KeyboardEvent): void => {
    if (this.mode !== 'launcher' || event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    this.setOpen(false);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.launcher')?.focus());
  };

  private setOpen(open: boolean): void {
    this.open = open;
    try {
      localStorage.setItem(`${this.storageKey()}:open`, open ? '1' : '0');
    } catch {
      // Remembering is a nicety.
    }
  }

  private readOpen(): boolean {
    try {
      return localStorage.getItem(`${this.storageKey()}:open`) === '1';
    } catch {
      return false;
    }
  }

  private texts(): GuideTexts {
    return guideTexts(this.session.locale);
  }
}
