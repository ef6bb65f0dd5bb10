/** Whether an office is open now, and when it next opens, in Vietnam's time and working calendar. */
import { WEEKDAYS, addDays, isWorkingDay, type CalendarYear, type IsoDate, type OpeningHours } from '@onestop/core';

export type OfficeStatus = { open: true; until: string } | { open: false; day: IsoDate; weekday: number; at: string } | undefined;

const minutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** `now` in Vietnam (UTC+7, no daylight saving): its date, weekday (0 = Monday) and minutes. */
export function vietnamNow(now: Date = new Date()): { date: IsoDate; weekday: number; minutes: number } {
  const local = new Date(now.getTime() + 7 * 3_600_000);
  return { date: local.toISOString().slice(0, 10), weekday: (local.getUTCDay() + 6) % 7, minutes: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

function worked(calendars: readonly CalendarYear[], date: IsoDate): boolean {
  try {
    return isWorkingDay(calendars, date);
  } catch {
    // A year the catalog has no calendar for: trust the opening hours alone.
    return true;
  }
}

export function officeStatus(hours: readonly OpeningHours[], calendars: readonly CalendarYear[], now: Date = new Date()): OfficeStatus {
  if (!hours.length) return undefined;
  const today = vietnamNow(now);
  for (let offset = 0; offset < 14; offset++) {
    const date = addDays(today.date, offset);
    const weekday = (today.weekday + offset) % 7;
    // A weekday off is a holiday; weekend hours (Saturday mornings) are the office's own.
    if (weekday < 5 && !worked(calendars, date)) continue;
    const spans = hours.filter((h) => h.days.includes(WEEKDAYS[weekday]!)).sort((a, b) => minutes(a.opens) - minutes(b.opens));
    for (const span of spans) {
      if (offset === 0 && minutes(span.opens) <= today.minutes && today.minutes < minutes(span.closes)) return { open: true, until: span.closes };
      if (offset > 0 || minutes(span.opens) > today.minutes) return { open: false, day: date, weekday, at: span.opens };
    }
  }
  return undefined;
}
