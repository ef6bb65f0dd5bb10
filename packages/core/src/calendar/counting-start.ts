/** The day a submission counts as received: the rule every processing-time count starts from. */
import type { CalendarYear, IsoDate } from '../catalog/model.js';
import { minutesOf, parseLocalDateTime, type LocalDateTime } from './local-date-time.js';
import { cutoffOn, isWorkingDay, nextWorkingDay } from './working-calendar.js';

/**
 * A dossier handed in on a working day before the cut-off (e.g. 16:00) is received that day;
 * one handed in after the cut-off, at a weekend or on a holiday is received the next working day.
 * `cutoff` (`HH:MM`) is the procedure's or channel's own hour, which wins over the calendar's.
 */
export function countingStart(calendars: readonly CalendarYear[], submittedAt: LocalDateTime, cutoffHour?: string): IsoDate {
  const { date, minutes } = parseLocalDateTime(submittedAt);
  if (!isWorkingDay(calendars, date)) return nextWorkingDay(calendars, date);
  const cutoff = cutoffHour !== undefined ? minutesOf(cutoffHour) : cutoffOn(calendars, date);
  return cutoff !== undefined && minutes > cutoff ? nextWorkingDay(calendars, date) : date;
}
