/** The read-only sections of the procedure page: at a glance, channels, offices, result, legal basis. */
import { html, nothing } from 'lit';
import { feeRange, isSafeLink, type Agency, type CatalogChanges, type Channel, type LocaleDirectory, type Procedure, type RichText } from '@onestop/core';
import type { Translate } from '../../internal/i18n.js';
import { formatDate, formatFeeRange, formatProcessingTime, formatTime, formatWeekday } from '../../internal/format.js';
import { officeStatus } from '../../internal/office-hours.js';
import { telHref } from '../shared/catalog-state.js';

export interface PageContext {
  procedure: Procedure;
  directory: LocaleDirectory;
  locale: string;
  ui: string;
  t: Translate;
  today: string;
  now: Date;
}

const text = (v: Record<string, string> | undefined, locale: string): string => (v ? (v[locale] ?? Object.values(v)[0] ?? '') : '');
const rich = (v: Record<string, RichText> | undefined, locale: string): RichText | undefined => (v ? (v[locale] ?? Object.values(v)[0]) : undefined);
export const richText = (v: Record<string, RichText> | undefined, locale: string) => {
  const content = rich(v, locale);
  return content?.length ? html`<onestop-rich-text .content=${content}></onestop-rich-text>` : nothing;
};

export function agencyName(directory: LocaleDirectory, id: string | undefined, locale: string): string {
  const agency = directory.agencies.find((a) => a.id === id);
  return agency ? text(agency.name, locale) : (id ?? '');
}

/** What one channel costs: the procedure's fee range restricted to that channel. */
function channelFee(p: Procedure, channel: Channel, ctx: PageContext): string {
  const [from, to] = feeRange({ ...p, channels: [channel] }, ctx.today);
  return formatFeeRange(from, to, ctx.ui, ctx.t);
}

export function renderGlance(ctx: PageContext) {
  const { procedure: p, t, locale, directory } = ctx;
  const [from, to] = feeRange(p, ctx.today);
  const where = [...new Set(p.receivingAgencies)].map((id) => agencyName(directory, id, locale));
  return html`<section class="glance" part="glance" aria-labelledby="glance-h">
    <h3 id="glance-h" class="visually-hidden">${t('procedure.atAGlance')}</h3>
    <dl class="facts">
      <div><dt>${t('procedure.fee')}</dt><dd>${formatFeeRange(from, to, ctx.ui, t)}</dd></div>
      <div><dt>${t('procedure.time')}</dt><dd>${formatProcessingTime(p.processingTime, t)}</dd></div>
      <div><dt>${t('procedure.where')}</dt><dd>${where.join('; ')}</dd></div>
    </dl>
    <h3>${t('procedure.channels')}</h3>
    <ul class="channels">
      ${p.channels.map(
        (c) => html`<li class="channel" part="channel">
          <strong>${t(`channel.${c.type}` as 'channel.online')}</strong>
          ${c.agency ? html`<span>${agencyName(directory, c.agency, locale)}</span>` : nothing}
          <span>${t('procedure.fee')}: ${channelFee(p, c, ctx)}</span>
          <span>${t('procedure.time')}: ${formatProcessingTime(c.processingTime ?? p.processingTime, t)}</span>
          ${c.homePickup ? html`<span class="badge">${t('channel.homePickup')}</span>` : nothing}
          ${c.resultByPost ? html`<span class="badge">${t('channel.resultByPost')}</span>` : nothing}
          ${c.url && isSafeLink(c.url) && /^https?:/i.test(c.url) ? html`<a href=${c.url} rel="noopener noreferrer">${c.url.replace(/^https?:\/\//, '')}</a>` : nothing}
          ${richText(c.note, locale)}
        </li>`,
      )}
    </ul>
  </section>`;
}

function renderHours(agency: Agency, ctx: PageContext) {
  const { t, ui } = ctx;
  const status = officeStatus(agency.openingHours, ctx.directory.calendars, ctx.now);
  return html`
    ${status?.open ? html`<p class="open">${t('procedure.openNow', { time: formatTime(status.until, ui) })}</p>` : nothing}
    ${status && !status.open ? html`<p class="closed">${t('procedure.opensAt', { day: formatWeekday(status.weekday, ui), time: formatTime(status.at, ui) })}</p>` : nothing}
    <ul class="hours" aria-label=${t('procedure.hours')}>
      ${agency.openingHours.map(
        (h) => html`<li>${h.days.map((d) => formatWeekday(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(d), ui)).join(', ')}: ${formatTime(h.opens, ui)}–${formatTime(h.closes, ui)}</li>`,
      )}
    </ul>
  `;
}

export function renderOffices(ctx: PageContext) {
  const { procedure: p, directory, t, locale } = ctx;
  const offices = [...new Set(p.receivingAgencies)].map((id) => directory.agencies.find((a) => a.id === id)).filter((a): a is Agency => !!a);
  if (!offices.length) return nothing;
  return html`<section class="offices no-print" part="offices">
    <h3>${t('procedure.office')}</h3>
    ${offices.map(
      (a) => html`<div class="office">
        <p><strong>${text(a.name, locale)}</strong><br />${text(a.address, locale)}</p>
        ${renderHours(a, ctx)} ${richText(a.openingNote, locale)}
        <p>
          ${a.phone ? html`${t('procedure.phone')}: <a href=${telHref(a.phone)}>${a.phone}</a>` : nothing}
          ${a.map && isSafeLink(a.map) ? html` · <a href=${a.map} rel="noopener noreferrer">${t('procedure.map')}</a>` : nothing}
        </p>
      </div>`,
    )}
  </section>`;
}

/** "Driving licences are now handled by the police (since 1 March 2025)": the build writes it when the competent agency changed. */
export function renderAgencyChange(ctx: PageContext) {
  const sentence = text(ctx.procedure.agencyChange?.text, ctx.locale);
  return sentence ? html`<p class="agency-change" part="agency-change" role="note">${sentence}</p>` : nothing;
}

export function renderResult(ctx: PageContext) {
  const { procedure: p, t, locale } = ctx;
  const validity = text(p.result.validity, locale);
  const forms = p.documentGroups.flatMap((g) => g.documents).filter((d) => d.template && isSafeLink(d.template));
  return html`
    <section part="result">
      <h3>${t('procedure.result')}</h3>
      <p>${text(p.result.name, locale)}${validity ? html` — ${t('procedure.validity', { validity })}` : nothing}</p>
      ${richText(p.result.description, locale)}
    </section>
    ${forms.length
      ? html`<section class="no-print"><h3>${t('procedure.forms')}</h3><ul>${forms.map((d) => html`<li><a href=${d.template!} rel="noopener noreferrer">${text(d.name, locale)}</a></li>`)}</ul></section>`
      : nothing}
    ${p.requirements ? html`<section class="no-print"><h3>${t('procedure.requirements')}</h3>${richText(p.requirements, locale)}</section>` : nothing}
    ${p.legalBasis.length
      ? html`<section class="no-print">
          <h3>${t('procedure.legalBasis')}</h3>
          <ul>
            ${p.legalBasis.map((l) => {
              const title = `${l.number} — ${text(l.title, locale)}${l.date ? ` (${formatDate(l.date, ctx.ui)})` : ''}`;
              return html`<li>${l.url && isSafeLink(l.url) ? html`<a href=${l.url} rel="noopener noreferrer">${title}</a>` : title}</li>`;
            })}
          </ul>
        </section>`
      : nothing}
  `;
}

/** The fields of this procedure that changed since the version the citizen last saw. */
export function changedFields(changes: CatalogChanges | undefined, procedure: string, seen: string | undefined, current: string): string[] {
  if (!changes || !seen || seen === current || changes.from !== seen || changes.to !== current) return [];
  const entry = changes.procedures.changed.find((c) => c.id === procedure);
  return [...new Set((entry?.changes ?? []).map((c) => c.path.split(/[.[]/)[0]!))];
}
