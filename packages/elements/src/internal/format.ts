/** Money, numbers, dates and times through Intl, in the element's locale. */
import type { IsoDate, ProcedureSummary } from '@onestop/core';
import type { Translate } from './i18n.js';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let f = cache.get(key) as F | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}

export function formatMoney(amount: number, locale: string, currency = 'VND'): string {
  return cached(`m${locale}${currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 })).format(amount);
}

export function formatNumber(n: number, locale: string): string {
  return cached(`n${locale}`, () => new Intl.NumberFormat(locale)).format(n);
}

/** A calendar date (YYYY-MM-DD) as the locale writes it, with the weekday. */
export function formatDate(date: IsoDate, locale: string, weekday = false): string {
  const [y, m, d] = date.split('-').map(Number);
  // Intl's Vietnamese medium date is "29 thg 11, 2026"; papers and officials write "29/11/2026".
  if (locale === 'vi' || locale.startsWith('vi-')) {
    const day = `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
    return weekday ? `${formatWeekday((new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)).getUTCDay() + 6) % 7, locale)}, ngày ${day}` : day;
  }
  const f = cached(`d${locale}${weekday}`, () => new Intl.DateTimeFormat(locale, { dateStyle: weekday ? 'full' : 'medium', timeZone: 'UTC' }));
  return f.format(new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)));
}

/** `HH:MM` as the locale writes a time of day. */
export function formatTime(hhmm: string, locale: string): string {
  const [h, m] = hhmm.split(':').map(Number);
  const f = cached(`t${locale}`, () => new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }));
  return f.format(new Date(Date.UTC(2026, 0, 5, h ?? 0, m ?? 0)));
}

/** A weekday name (0 = Monday) in the locale. */
export function formatWeekday(index: number, locale: string): string {
  const f = cached(`w${locale}`, () => new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }));
  return f.format(new Date(Date.UTC(2026, 0, 5 + index)));
}

/** "Free", one amount, or a range. */
export function formatFeeRange(from: number, to: number, locale: string, t: Translate): string {
  if (to === 0) return t('fee.free');
  if (from === to) return formatMoney(from, locale);
  return t('fee.range', { from: from === 0 ? t('fee.free') : formatMoney(from, locale), to: formatMoney(to, locale) });
}

export function formatProcessingTime(time: Pick<ProcedureSummary['processingTime'], 'value' | 'unit'>, t: Translate): string {
  // "0 working days" is how the catalog writes "done the day the application is complete".
  if (time.value === 0) return t('time.same-day');
  return t(`time.${time.unit}` as 'time.working-days', { count: time.value });
}
