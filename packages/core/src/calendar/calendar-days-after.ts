import type { CalendarYear, IsoDate } from '../catalog/model.js';
import { countingStart } from './counting-start.js';
import { addDays, type LocalDateTime } from './local-date-time.js';
import { workingDayOnOrAfter } from './working-calendar.js';
import { assertCount } from './working-days-after.js';

/**
 * The date a result is due `n` calendar days after a submission. Civil Code 2015 art. 148: when
 * the last day of a period is a day off, the period ends on the next working day.
 */
export function calendarDaysAfter(calendars: readonly CalendarYear[], submittedAt: LocalDateTime, n: number, cutoff?: string): IsoDate {
  assertCount(n, 'calendar days');
  return workingDayOnOrAfter(calendars, addDays(countingStart(calendars, submittedAt, cutoff), n));
}
