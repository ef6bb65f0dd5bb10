import type { CalendarYear, IsoDate } from '../catalog/model.js';
import { CalendarError } from './calendar-error.js';
import { countingStart } from './counting-start.js';
import type { LocalDateTime } from './local-date-time.js';
import { nextWorkingDay } from './working-calendar.js';

/**
 * The date a result is due `n` working days after a submission: the n-th working day after the
 * day the dossier counts as received (see {@link countingStart}); `n = 0` is that day itself.
 * Weekends, holidays, Tết and substitute days off are skipped, make-up working days are counted.
 */
export function workingDaysAfter(calendars: readonly CalendarYear[], submittedAt: LocalDateTime, n: number, cutoff?: string): IsoDate {
  assertCount(n, 'working days');
  let day = countingStart(calendars, submittedAt, cutoff);
  for (let i = 0; i < n; i++) day = nextWorkingDay(calendars, day);
  return day;
}

export function assertCount(n: number, unit: string): void {
  if (!Number.isInteger(n) || n < 0) {
    throw new CalendarError('bad-duration', `${n} ${unit} is not a whole number of zero or more`, 'write processing times as whole numbers: 5, not 5.5 or -1', { path: 'processingTime.value' });
  }
}
