import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  CalendarError, calendarDaysAfter, countingStart, isWorkingDay, resultDate, workingDaysAfter, workingHoursAfter, type CalendarYear,
} from '../../src/index.js';

// The published calendars themselves, read directly so these tests do not depend on procedures.
const read = (year: number) => parse(readFileSync(fileURLToPath(new URL(`../../../../catalog/calendars/${year}.yaml`, import.meta.url)), 'utf8')) as CalendarYear;
const calendars: CalendarYear[] = [read(2026), read(2027)];

describe('workingDaysAfter: the nth working day after the day a dossier counts as received', () => {
  it.each([
    ['an ordinary Wednesday, 1 day', '2026-12-30T10:00', 1, '2026-12-31'],
    ['across New Year and a weekend', '2026-12-30T10:00', 2, '2027-01-04'],
    ['0 days is the day itself', '2026-12-30T10:00', 0, '2026-12-30'],
    ['at the cut-off hour exactly: still that day', '2026-12-30T16:00', 1, '2026-12-31'],
    ['after the 16:00 cut-off: counted from the next working day', '2026-12-30T16:01', 1, '2027-01-04'],
    ['after the cut-off, 0 days: the next working day', '2026-12-30T16:30', 0, '2026-12-31'],
    ['handed in on a Saturday', '2027-01-02T09:00', 0, '2027-01-04'],
    ['handed in on New Year’s Day 2026: Friday 2 January is swapped off too', '2026-01-01T09:00', 1, '2026-01-06'],
    ['Saturday 10 January 2026 is worked in place of 2 January', '2026-01-09T10:00', 1, '2026-01-10'],
    ['Monday 31 August 2026 is swapped off before National Day (1–2 Sep)', '2026-08-28T10:00', 1, '2026-09-03'],
    ['Saturday 22 August 2026 is worked in place of 31 August', '2026-08-21T10:00', 1, '2026-08-22'],
    ['the day before Tết 2027 (Feb 5–11 off)', '2027-02-04T10:00', 1, '2027-02-12'],
    ['five days across Tết 2027', '2027-02-04T10:00', 5, '2027-02-18'],
    ['after the cut-off the day before Tết 2027', '2027-02-04T17:00', 1, '2027-02-15'],
    ['on a Tết substitute day (10 Feb 2027)', '2027-02-10T08:00', 0, '2027-02-12'],
    ['across Tết 2026 (Feb 16–20 off)', '2026-02-13T10:00', 1, '2026-02-23'],
    ['a substitute day off (27 Apr 2026) and 30/4–1/5', '2026-04-24T10:00', 3, '2026-05-04'],
    ['National Day 2027 (2–3 Sep, Thu–Fri)', '2027-09-01T10:00', 1, '2027-09-06'],
    ['a date without a time counts as the start of the day', '2026-12-30', 1, '2026-12-31'],
  ])('%s', (_what, submittedAt, n, expected) => {
    const due = workingDaysAfter(calendars, submittedAt, n);
    expect(due).toBe(expected);
    expect(isWorkingDay(calendars, due)).toBe(true);
  });

  it('counts make-up working days on a Saturday', () => {
    const withMakeUp = [{ ...read(2026), extraWorkingDays: [{ date: '2026-05-09' }] }, read(2027)];
    expect(isWorkingDay(withMakeUp, '2026-05-09')).toBe(true);
    expect(workingDaysAfter(withMakeUp, '2026-05-08T10:00', 1)).toBe('2026-05-09');
    expect(workingDaysAfter(calendars, '2026-05-08T10:00', 1)).toBe('2026-05-11');
  });

  it('treats the 2026 swapped days as days off and their make-up Saturdays as working days', () => {
    for (const day of ['2026-01-02', '2026-08-31']) expect(isWorkingDay(calendars, day), day).toBe(false);
    for (const day of ['2026-01-10', '2026-08-22']) expect(isWorkingDay(calendars, day), day).toBe(true);
    expect(isWorkingDay(calendars, '2026-01-17')).toBe(false);
  });

  it('without a cut-off in the calendar, late submissions count that day', () => {
    const noCutoff = calendars.map(({ cutoff: _c, ...c }) => c);
    expect(countingStart(noCutoff, '2026-12-30T23:00')).toBe('2026-12-30');
  });
});

describe('calendarDaysAfter: a period in calendar days ends on a working day', () => {
  it.each([
    ['ends on a working day', '2026-12-28T10:00', 2, '2026-12-30'],
    ['ends on New Year’s Day: moved to the next working day', '2026-12-30T10:00', 2, '2027-01-04'],
    ['ends in Tết 2027: moved past it', '2027-02-01T10:00', 7, '2027-02-12'],
    ['after the cut-off the count starts the next working day', '2026-12-29T16:30', 1, '2026-12-31'],
  ])('%s', (_what, submittedAt, n, expected) => {
    expect(calendarDaysAfter(calendars, submittedAt, n)).toBe(expected);
  });
});

describe('workingHoursAfter: hours inside office hours (07:30–11:30, 13:00–17:00)', () => {
  it.each([
    ['within one day, over the lunch break', '2026-12-30T10:00', 4, '2026-12-30T15:30'],
    ['into the next day', '2026-12-30T10:00', 8, '2026-12-31T10:00'],
    ['over New Year and the weekend', '2026-12-31T15:00', 4, '2027-01-04T09:30'],
    ['after the cut-off: from the next morning', '2026-12-30T16:30', 2, '2026-12-31T09:30'],
    ['before opening: from opening time', '2026-12-30T06:00', 1, '2026-12-30T08:30'],
    ['a half hour', '2026-12-30T11:15', 0.5, '2026-12-30T13:15'],
  ])('%s', (_what, submittedAt, hours, expected) => {
    expect(workingHoursAfter(calendars, submittedAt, hours)).toBe(expected);
  });

  it('uses the office’s own hours when given', () => {
    expect(workingHoursAfter(calendars, '2026-12-30T16:00', 1, [{ opens: '07:30', closes: '11:30' }, { opens: '13:00', closes: '16:30' }])).toBe('2026-12-31T08:00');
  });
});

describe('resultDate: any unit of a processing time', () => {
  it('working days, with the receipt day', () => {
    expect(resultDate(calendars, '2026-12-30T16:30', { value: 5, unit: 'working-days' })).toEqual({ receivedOn: '2026-12-31', date: '2027-01-08' });
  });
  it('working hours give a time as well', () => {
    expect(resultDate(calendars, '2026-12-30T10:00', { value: 4, unit: 'working-hours' })).toEqual({ receivedOn: '2026-12-30', date: '2026-12-30', dateTime: '2026-12-30T15:30' });
  });
  it('calendar days', () => {
    expect(resultDate(calendars, '2026-12-30T10:00', { value: 2, unit: 'calendar-days' }).date).toBe('2027-01-04');
  });
});

describe('clear errors', () => {
  it('past the last year with a calendar', () => {
    let error: unknown;
    try {
      workingDaysAfter(calendars, '2027-12-30T10:00', 5);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CalendarError);
    const e = error as CalendarError;
    expect(e.code).toBe('outside-calendar');
    expect(e.year).toBe(2028);
    expect(e.years).toEqual([2026, 2027]);
    expect(e.message).toBe('the catalog has no working calendar for 2028 (it has 2026–2027), so 2028-01-01 cannot be counted');
    expect(e.hint).toBe('add calendars/2028.yaml with that year\'s public holidays');
  });

  it('before the first year with a calendar', () => {
    expect(() => workingDaysAfter(calendars, '2025-12-31T10:00', 1)).toThrow(/no working calendar for 2025/);
  });

  it.each(['30/12/2026', '2026-13-01T10:00', '2026-02-30', '2026-12-30T25:00', ''])('a malformed submission date-time "%s"', (text) => {
    expect(() => workingDaysAfter(calendars, text, 1)).toThrowError(expect.objectContaining({ code: 'malformed-date-time', hint: expect.stringContaining('YYYY-MM-DD') }));
  });

  it.each([-1, 2.5, Number.NaN])('a processing time of %s working days', (n) => {
    expect(() => workingDaysAfter(calendars, '2026-12-30T10:00', n)).toThrowError(expect.objectContaining({ code: 'bad-duration' }));
  });
});
