export { CalendarError, type CalendarErrorCode } from './calendar-error.js';
export { parseLocalDateTime, isIsoDate, addDays, addMonths, daysBetween, todayInVietnam, type LocalDateTime, type ParsedDateTime } from './local-date-time.js';
export { isWorkingDay, nextWorkingDay, workingDayOnOrAfter, calendarYears, cutoffOn } from './working-calendar.js';
export { countingStart } from './counting-start.js';
export { workingDaysAfter } from './working-days-after.js';
export { calendarDaysAfter } from './calendar-days-after.js';
export { workingHoursAfter, STANDARD_WORKING_HOURS, type WorkingHours } from './working-hours-after.js';
export { resultDate, type ResultDate } from './result-date.js';
