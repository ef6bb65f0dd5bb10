/** The day a submission counts as received: the rule every processing-time count starts from. */
import type { CalendarYear, IsoDate } from '../catalog/model.js';
import { parseLocalDateTime, type LocalDateTime } from './local-date-time.js';
import { cutoffOn, isWorkingDay, nextWorkingDay } from './working-calendar.js';

/**
 * A dossier handed in on a working day before the cut-off (e.g. 16:00) is received that day;
 * one handed in after the cut-off, at a weekend or on a holiday is received the next working day.
 */
export function countingStart(calendars: readonly CalendarYear[], submittedAt: LocalDateTime): IsoDate {
  const { date, minutes } = parseLocalDateTime(submittedAt);
  if (!isWorkingDay(calendars, date)) return nextWorkingDay(calendars, date);
  const cutoff = cutoffOn(calendars, date);
  return cutoff !== undefined && minutes > cutoff ? nextWorkingDay(calendars, date) : date;
}
