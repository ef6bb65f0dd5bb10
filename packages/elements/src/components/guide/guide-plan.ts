/** The outcome as cards: a personal plan, or the other ways a guide ends. */
import { html, nothing, type TemplateResult } from 'lit';
import { isSafeLink, planView, endingView, type GuideEnding, type PersonalPlan, type PlanHelp } from '@onestop/core';
import { fill, type GuideTexts } from '../../locales/guide/index.js';
import { formatDate } from './guide-conversation.js';

/** A document as checklists know it: its id, and the procedures and groups it belongs to. */
export interface ChecklistDocument {
  id: string;
  procedures: string[];
  groups: string[];
}

export interface PlanContext {
  t: GuideTexts;
  locale: string;
  fallback: string;
  /** Whether the citizen ticked this document (on this plan or on a procedure page). */
  isTicked(document: ChecklistDocument): boolean;
  onTick(document: ChecklistDocument, ticked: boolean): void;
  /** Follows the route a procedure ended with (in a life event, the one named). */
  onFollowRoute(procedure?: string): void;
  /** Office hours of the help agency, for "talk to a person". */
  helpHours: string | undefined;
}

type View = ReturnType<typeof planView>;

const link = (href: string | undefined, label: unknown): TemplateResult | typeof nothing =>
  href && isSafeLink(href) ? html`<a href=${href} target=${href.startsWith('http') ? '_blank' : nothing} rel="noopener">${label}</a>` : nothing;

export function endingCard(e: GuideEnding, c: PlanContext): TemplateResult {
  const v = endingView(e, { locale: c.locale, fallback: c.fallback });
  const title = v.kind === 'route' ? c.t.routeTitle : v.kind === 'not-needed' ? c.t.notNeededTitle : c.t.notEligibleTitle;
  return html`<section class="card ending ${v.kind}" aria-labelledby="ending-title">
    <h3 id="ending-title">${title}</h3>
    ${v.reason ? html`<onestop-rich-text .content=${v.reason}></onestop-rich-text>` : nothing}
    ${v.instead ? html`<h4>${c.t.instead}</h4><onestop-rich-text .content=${v.instead}></onestop-rich-text>` : nothing}
    ${v.routeTo ? html`<button type="button" class="primary" @click=${() => c.onFollowRoute()}>${fill(c.t.routeContinue, { name: v.routeTo.name ?? v.routeTo.id })}</button>` : nothing}
    ${helpCard(e.help, c)}
  </section>`;
}

export function planCards(plan: PersonalPlan, c: PlanContext): TemplateResult {
  const v = planView(plan, { locale: c.locale, fallback: c.fallback });
  return html`
    ${checklistCard(v, c)}
    ${feesCard(v, c)}
    ${dateCard(v, c)}
    ${whereCard(v, c)}
    ${v.steps.length ? html`<section class="card"><h3>${c.t.steps}</h3><ol class="steps">${v.steps.map((s) => html`<li><strong>${s.title}</strong>${s.description ? html`<onestop-rich-text .content=${s.description}></onestop-rich-text>` : nothing}</li>`)}</ol></section>` : nothing}
    ${v.notes.length + v.tips.length ? html`<section class="card"><h3>${c.t.tips}</h3><ul>${[...v.notes, ...v.tips].map((n) => html`<li><onestop-rich-text .content=${n}></onestop-rich-text></li>`)}</ul></section>` : nothing}
    ${v.endings.length ? html`<section class="card"><h3>${c.t.endedEarly}</h3><ul>${v.endings.map((e) => html`<li class="ended"><strong>${e.procedureName}</strong>${e.reason ? html`<onestop-rich-text .content=${e.reason}></onestop-rich-text>` : nothing}
      ${e.routeTo ? html`<button type="button" class="primary" @click=${() => c.onFollowRoute(e.procedure)}>${fill(c.t.routeContinue, { name: e.routeTo.name ?? e.routeTo.id })}</button>` : nothing}</li>`)}</ul></section>` : nothing}
    ${v.legalBasis.length ? html`<section class="card legal"><h3>${c.t.legalBasis}</h3><ul>${v.legalBasis.map((l) => html`<li>${link(l.url, l.number) === nothing ? l.number : link(l.url, l.number)} — ${l.title}</li>`)}</ul></section>` : nothing}
    ${helpCard(plan.help, c)}`;
}

function checklistCard(v: View, c: PlanContext): TemplateResult {
  const done = v.documents.filter((d) => c.isTicked(d)).length;
  return html`<section class="card checklist"><h3>${c.t.checklist}</h3>
    <p class="count" aria-live="polite">${fill(c.t.checklistDone, { done, total: v.documents.length })}</p>
    <ul>${v.documents.map((d) => html`<li>
      <label><input type="checkbox" .checked=${c.isTicked(d)} @change=${(e: Event) => c.onTick(d, (e.target as HTMLInputElement).checked)} />
        <span><strong>${d.name}</strong> <span class="muted">${fill(c.t.copies, { n: d.quantity, form: d.formLabel })}</span></span></label>
      ${d.why ? html`<onestop-rich-text class="muted" .content=${d.why}></onestop-rich-text>` : nothing}
      ${d.notes ? html`<onestop-rich-text class="muted" .content=${d.notes}></onestop-rich-text>` : nothing}
      ${link(d.template, c.t.template)}
    </li>`)}</ul></section>`;
}

function feesCard(v: View, c: PlanContext): TemplateResult {
  const f = v.fees;
  return html`<section class="card fees"><h3>${c.t.fees}</h3>
    ${f.items.length ? html`<table><tbody>${f.items.map((i) => html`<tr><th scope="row">${i.label}${i.quantity > 1 ? ` × ${i.quantity}` : ''}${i.why ? html`<onestop-rich-text class="muted" .content=${i.why}></onestop-rich-text>` : nothing}</th>
        <td>${i.waived ? html`<span class="badge">${c.t.feeWaived}</span>` : i.reductionLabel ? html`<span class="badge">${i.reductionLabel}</span>` : nothing} ${i.formatted}</td></tr>`)}</tbody>
      <tfoot><tr><th scope="row">${c.t.feeTotal}</th><td>${f.formattedTotal}</td></tr></tfoot></table>` : html`<p>${c.t.feeFree}</p>`}
    ${f.mayApply.length ? html`<h4>${c.t.feeMayApply}</h4><ul>${f.mayApply.map((m) => html`<li>${m.label}: ${m.formatted}${m.per ? ` ${m.per}` : ''}${m.conditions ? html`<onestop-rich-text class="muted" .content=${m.conditions}></onestop-rich-text>` : nothing}</li>`)}</ul>` : nothing}
  </section>`;
}

function dateCard(v: View, c: PlanContext): TemplateResult {
  const received = v.procedures.find((p) => p.expectedDate === v.expectedDate)?.receivedOn;
  return html`<section class="card date"><h3>${c.t.expected}</h3>
    ${v.expectedDate
      ? html`<p class="big">${fill(c.t.expectedOn, { date: formatDate(v.expectedDate, c.locale) })}</p>
        ${received ? html`<p class="muted">${fill(c.t.receivedOn, { date: formatDate(received, c.locale) })}</p>` : nothing}
        ${v.procedures.length > 1 ? html`<ul>${v.procedures.map((p) => html`<li>${p.name}: ${p.expectedDate ? formatDate(p.expectedDate, c.locale) : '—'}</li>`)}</ul>` : nothing}`
      : html`<p>${fill(c.t.dateUnknown, { why: v.dateProblem?.message ?? '' })}</p>`}
  </section>`;
}

function whereCard(v: View, c: PlanContext): TemplateResult {
  const ch = v.channel;
  const office = ch.office;
  return html`<section class="card where"><h3>${c.t.where}</h3>
    ${ch.type === 'online' && ch.url ? html`<p>${link(ch.url, c.t.online)}</p>` : nothing}
    ${office ? html`<p><strong>${office.name}</strong><br />${office.address}</p>
      <p>${c.t.openingHours}: ${hours(office.openingHours, c)}</p>
      ${office.map ? html`<p>${link(office.map, c.t.map)}</p>` : nothing}` : nothing}
    ${ch.homePickup ? html`<p>${c.t.homePickup}</p>` : nothing}
    ${ch.resultByPost ? html`<p>${c.t.resultByPost}</p>` : nothing}
    ${ch.note ? html`<onestop-rich-text .content=${ch.note}></onestop-rich-text>` : nothing}
  </section>`;
}

function helpCard(help: PlanHelp | undefined, c: PlanContext): TemplateResult | typeof nothing {
  const number = help?.hotline ?? help?.phone;
  if (!help || !number) return nothing;
  return html`<section class="card help"><h3>${c.t.talkToPerson}</h3>
    <p><strong>${help.name[c.locale] ?? help.name[c.fallback] ?? ''}</strong></p>
    <p>${link(`tel:${number.replace(/[^\d+]/g, '')}`, fill(c.t.call, { number }))}${c.helpHours ? html` <span class="muted">(${c.helpHours})</span>` : nothing}</p>
  </section>`;
}

/** "Mon–Fri 07:30–11:30, 13:00–16:30; Sat 07:30–11:30": periods of the same days together. */
export function hours(list: { days: string[]; opens: string; closes: string }[], c: { t: GuideTexts }): string {
  const byDays = new Map<string, string[]>();
  for (const h of list) {
    const days = dayRange(h.days, c.t);
    byDays.set(days, [...(byDays.get(days) ?? []), `${h.opens}–${h.closes}`]);
  }
  return [...byDays].map(([days, periods]) => `${days} ${periods.join(', ')}`).join('; ');
}

function dayRange(days: string[], t: GuideTexts): string {
  const names = days.map((d) => t.days[d] ?? d);
  return names.length > 2 ? `${names[0]}–${names[names.length - 1]}` : names.join(', ');
}
