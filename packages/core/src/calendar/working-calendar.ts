/** Which days are worked, from the catalog's calendar years: the base of every count. */
import { WEEKDAYS, type CalendarYear, type IsoDate } from '../catalog/model.js';
import { CalendarError } from './calendar-error.js';
import { addDays, minutesOf, weekdayIndex } from './local-date-time.js';

interface YearIndex {
  workingWeek: Set<number>;
  daysOff: Set<IsoDate>;
  extraWorkingDays: Set<IsoDate>;
  /** Minutes since midnight; `undefined` when the year sets no cut-off. */
  cutoff: number | undefined;
}

interface CalendarIndex {
  years: Map<number, YearIndex>;
}

// Calendars are read many times per plan; index each list of years once.
const indexes = new WeakMap<readonly CalendarYear[], CalendarIndex>();

function indexOf(calendars: readonly CalendarYear[]): CalendarIndex {
  let index = indexes.get(calendars);
  if (!index) {
    index = {
      years: new Map(
        calendars.map((c) => [
          c.year,
          {
            workingWeek: new Set(c.workingWeek.map((d) => WEEKDAYS.indexOf(d))),
            daysOff: new Set(c.holidays.map((h) => h.date)),
            extraWorkingDays: new Set((c.extraWorkingDays ?? []).map((d) => d.date)),
            cutoff: c.cutoff ? minutesOf(c.cutoff) : undefined,
          },
        ]),
      ),
    };
    indexes.set(calendars, index);
  }
  return index;
}

function yearOf(calendars: readonly CalendarYear[], date: IsoDate): YearIndex {
  const year = Number(date.slice(0, 4));
  const found = indexOf(calendars).years.get(year);
  if (!found) {
    const years = calendarYears(calendars);
    const range = years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : years.length ? `${years[0]}` : 'none';
    throw new CalendarError(
      'outside-calendar',
      `the catalog has no working calendar for ${year} (it has ${range}), so ${date} cannot be counted`,
      years.length ? `add calendars/${year}.yaml with that year's public holidays` : 'add calendars/<year>.yaml files to the catalog',
      { path: date, year, years },
    );
  }
  return found;
}

/** The years the catalog has calendars for, ascending. */
export function calendarYears(calendars: readonly CalendarYear[]): number[] {
  return [...indexOf(calendars).years.keys()].sort((a, b) => a - b);
}

/**
 * True when state agencies work that day: a day of the working week that is not a holiday, Tết
 * or substitute day off, or a make-up working day. Throws `outside-calendar` for a missing year.
 */
export function isWorkingDay(calendars: readonly CalendarYear[], date: IsoDate): boolean {
  const year = yearOf(calendars, date);
  if (year.extraWorkingDays.has(date)) return true;
  if (year.daysOff.has(date)) return false;
  return year.workingWeek.has(weekdayIndex(date));
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(calendars: readonly CalendarYear[], date: IsoDate): IsoDate {
  let day = addDays(date, 1);
  while (!isWorkingDay(calendars, day)) day = addDays(day, 1);
  return day;
}

/** `date` itself when it is a working day, otherwise the next one. */
export function workingDayOnOrAfter(calendars: readonly CalendarYear[], date: IsoDate): IsoDate {
  return isWorkingDay(calendars, date) ? date : nextWorkingDay(calendars, date);
}

/** The cut-off of the year `date` is in, in minutes since midnight. */
export function cutoffOn(calendars: readonly CalendarYear[], date: IsoDate): number | undefined {
  return yearOf(calendars, date).cutoff;
}
