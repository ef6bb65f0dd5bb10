import type { CalendarYear, OpeningHours } from '../catalog/model.js';
import { CalendarError } from './calendar-error.js';
import { countingStart } from './counting-start.js';
import { formatLocalDateTime, minutesOf, parseLocalDateTime, type LocalDateTime } from './local-date-time.js';
import { nextWorkingDay } from './working-calendar.js';

/** Office hours of a working day, as `HH:MM` pairs. */
export type WorkingHours = readonly Pick<OpeningHours, 'opens' | 'closes'>[];

/** The usual hours of state offices: 8 hours a day, with a lunch break. */
export const STANDARD_WORKING_HOURS: WorkingHours = [
  { opens: '07:30', closes: '11:30' },
  { opens: '13:00', closes: '17:00' },
];

/**
 * The date and time a result is due `hours` working hours after a submission. The count runs
 * during office hours from the moment of submission; a submission outside office hours or after
 * the cut-off starts counting when the office opens on the next working day.
 */
export function workingHoursAfter(
  calendars: readonly CalendarYear[],
  submittedAt: LocalDateTime,
  hours: number,
  officeHours: WorkingHours = STANDARD_WORKING_HOURS,
  cutoff?: string,
): LocalDateTime {
  if (!(hours >= 0) || !Number.isFinite(hours)) {
    throw new CalendarError('bad-duration', `${hours} working hours is not a number of zero or more`, 'write the processing time as a number of hours, e.g. 4', { path: 'processingTime.value' });
  }
  const periods = officeHours.map((p) => [minutesOf(p.opens), minutesOf(p.closes)] as const).sort((a, b) => a[0] - b[0]);
  if (!periods.length) throw new CalendarError('bad-duration', 'no office hours to count working hours in', 'give at least one opening period');
  const submitted = parseLocalDateTime(submittedAt);
  let day = countingStart(calendars, submittedAt, cutoff);
  // Counting starts at the moment of submission only when it is received that same day.
  let clock = day === submitted.date ? submitted.minutes : 0;
  let left = Math.round(hours * 60);
  for (;;) {
    for (const [opens, closes] of periods) {
      const from = Math.max(opens, clock);
      if (from >= closes) continue;
      if (left <= closes - from) return formatLocalDateTime(day, from + left);
      left -= closes - from;
      clock = closes;
    }
    day = nextWorkingDay(calendars, day);
    clock = 0;
  }
}
