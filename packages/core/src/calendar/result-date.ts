import type { CalendarYear, IsoDate, ProcessingTime } from '../catalog/model.js';
import { calendarDaysAfter } from './calendar-days-after.js';
import { countingStart } from './counting-start.js';
import type { LocalDateTime } from './local-date-time.js';
import { workingDaysAfter } from './working-days-after.js';
import { workingHoursAfter, type WorkingHours } from './working-hours-after.js';

export interface ResultDate {
  /** The day the dossier counts as received. */
  receivedOn: IsoDate;
  /** The day the result is due. */
  date: IsoDate;
  /** For counts in working hours: the time of day as well. */
  dateTime?: LocalDateTime;
}

/**
 * When a result is due, for a processing time in any of the catalog's units. `cutoff` (`HH:MM`)
 * is a procedure's or channel's own cut-off hour; without it the calendar year's applies.
 */
export function resultDate(
  calendars: readonly CalendarYear[],
  submittedAt: LocalDateTime,
  time: Pick<ProcessingTime<unknown>, 'value' | 'unit'>,
  officeHours?: WorkingHours,
  cutoff?: string,
): ResultDate {
  const receivedOn = countingStart(calendars, submittedAt, cutoff);
  switch (time.unit) {
    case 'working-hours': {
      const dateTime = workingHoursAfter(calendars, submittedAt, time.value, officeHours, cutoff);
      return { receivedOn, date: dateTime.slice(0, 10), dateTime };
    }
    case 'calendar-days':
      return { receivedOn, date: calendarDaysAfter(calendars, submittedAt, time.value, cutoff) };
    case 'working-days':
      return { receivedOn, date: workingDaysAfter(calendars, submittedAt, time.value, cutoff) };
  }
}
