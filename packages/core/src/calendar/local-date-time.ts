/**
 * Dates and times as the one-stop counter writes them: local wall-clock time at the agency,
 * `YYYY-MM-DD` and `YYYY-MM-DDTHH:MM`. No time zones: Vietnam has one and no daylight saving,
 * and counting in plain dates keeps a browser in another zone from shifting the result.
 */
import type { IsoDate } from '../catalog/model.js';
import { CalendarError } from './calendar-error.js';

/** `YYYY-MM-DDTHH:MM`, local time at the agency. */
export type LocalDateTime = string;

export interface ParsedDateTime {
  date: IsoDate;
  /** Minutes since midnight. */
  minutes: number;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?$/;

/** Parses `YYYY-MM-DD` (taken as the start of the day) or `YYYY-MM-DDTHH:MM`. */
export function parseLocalDateTime(text: string): ParsedDateTime {
  const m = DATE_TIME.exec(text.trim());
  const bad = () =>
    new CalendarError('malformed-date-time', `"${text}" is not a date and time`, 'write the date as YYYY-MM-DD, with the time as YYYY-MM-DDTHH:MM, e.g. 2026-12-30T10:00', { path: 'submittedAt' });
  if (!m) throw bad();
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (!isIsoDate(date)) throw bad();
  const hours = m[4] === undefined ? 0 : Number(m[4]);
  const mins = m[5] === undefined ? 0 : Number(m[5]);
  if (hours > 23 || mins > 59) throw bad();
  return { date, minutes: hours * 60 + mins };
}

/** True for an existing day written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

const utc = (date: IsoDate): Date => new Date(`${date}T00:00:00Z`);
const iso = (d: Date): IsoDate => d.toISOString().slice(0, 10);

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = utc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
}

/** Adds calendar months, keeping the day or clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const d = utc(date);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return iso(d);
}

/** 0 = Monday … 6 = Sunday, as in {@link WEEKDAYS}. */
export function weekdayIndex(date: IsoDate): number {
  return (utc(date).getUTCDay() + 6) % 7;
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((utc(b).getTime() - utc(a).getTime()) / 86_400_000);
}

/** `HH:MM` → minutes since midnight. */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':');
  return Number(h) * 60 + Number(m);
}

export function formatLocalDateTime(date: IsoDate, minutes: number): LocalDateTime {
  const h = String(Math.floor(minutes / 60)).padStart(2, '0');
  const m = String(minutes % 60).padStart(2, '0');
  return `${date}T${h}:${m}`;
}

/** Today's date at the agency (UTC+7), for callers that have only a clock. */
export function todayInVietnam(now: Date = new Date()): IsoDate {
  return iso(new Date(now.getTime() + 7 * 3_600_000));
}
