/**
 * Boundary rows of the working calendar: the cut-off minute (the calendar's and a procedure's own),
 * the last working day of a year, periods in calendar days that end on days off, the years a
 * catalog has, and the messages a citizen or editor sees when a date cannot be counted.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  CalendarError, calendarDaysAfter, calendarYears, countingStart, cutoffOn, isWorkingDay, nextWorkingDay, resultDate, workingDayOnOrAfter, workingDaysAfter,
  type CalendarYear,
} from '../../src/index.js';

const read = (year: number) => parse(readFileSync(fileURLToPath(new URL(`../../../../catalog/calendars/${year}.yaml`, import.meta.url)), 'utf8')) as CalendarYear;
const calendars: CalendarYear[] = [read(2026), read(2027)];

const caught = (run: () => unknown): CalendarError => {
  try {
    run();
  } catch (e) {
    if (e instanceof CalendarError) return e;
    throw e;
  }
  throw new Error('expected a CalendarError');
};

describe('countingStart: the day a dossier counts as received', () => {
  it.each([
    ['a minute before the calendar’s 16:00', '2026-12-30T15:59', undefined, '2026-12-30'],
    ['after 16:00 on the last working day of 2026: the first of 2027', '2026-12-31T16:01', undefined, '2027-01-04'],
    ['on a holiday morning, even with a late cut-off of its own', '2027-01-01T08:00', '23:59', '2027-01-04'],
    ['an own cut-off with minutes: at 11:30 that day', '2026-12-30T11:30', '11:30', '2026-12-30'],
    ['an own cut-off with minutes: at 11:31 the next working day', '2026-12-30T11:31', '11:30', '2026-12-31'],
    ['an own cut-off later than the calendar’s', '2026-12-30T16:30', '17:00', '2026-12-30'],
    ['a make-up Saturday is a working day with a cut-off', '2026-01-10T16:30', undefined, '2026-01-12'],
  ])('%s', (_what, at, cutoff, expected) => {
    expect(countingStart(calendars, at, cutoff)).toBe(expected);
  });

  it('an own cut-off applies when the calendar has none', () => {
    const noCutoff = calendars.map(({ cutoff: _c, ...c }) => c);
    expect(cutoffOn(noCutoff, '2026-12-30')).toBeUndefined();
    expect(countingStart(noCutoff, '2026-12-30T15:30', '15:00')).toBe('2026-12-31');
    expect(countingStart(noCutoff, '2026-12-30T15:00', '15:00')).toBe('2026-12-30');
  });

  it('the calendar’s cut-off, in minutes since midnight', () => {
    expect(cutoffOn(calendars, '2026-12-30')).toBe(16 * 60);
    const halfPast = [{ ...read(2026), cutoff: '16:30' }, read(2027)];
    expect(cutoffOn(halfPast, '2026-12-30')).toBe(16 * 60 + 30);
    expect(countingStart(halfPast, '2026-12-30T16:30')).toBe('2026-12-30');
    expect(countingStart(halfPast, '2026-12-30T16:31')).toBe('2026-12-31');
  });
});

describe('working days: first and last day, and what a day is', () => {
  it.each([
    ['Friday', '2027-01-08', true],
    ['Saturday', '2027-01-09', false],
    ['Sunday', '2027-01-10', false],
    ['Monday', '2027-01-11', true],
    ['a holiday on a weekday (Reunification Day 2026)', '2026-04-30', false],
    ['a make-up Saturday', '2026-08-22', true],
  ])('%s', (_what, day, expected) => {
    expect(isWorkingDay(calendars, day)).toBe(expected);
  });

  it('a six-day working week counts Saturdays', () => {
    const sixDays = calendars.map((c) => ({ ...c, workingWeek: [...c.workingWeek, 'sat' as const] }));
    expect(isWorkingDay(sixDays, '2027-01-09')).toBe(true);
    expect(workingDaysAfter(sixDays, '2027-01-08T10:00', 1)).toBe('2027-01-09');
    // Holidays still come from the year's list: New Year's Day 2027 is a Friday off.
    expect(isWorkingDay(sixDays, '2027-01-01')).toBe(false);
    expect(workingDaysAfter(sixDays, '2026-12-31T10:00', 1)).toBe('2027-01-02');
  });

  it('a make-up day wins over a day off listed the same day', () => {
    const both = [{ ...read(2026), extraWorkingDays: [{ date: '2026-04-30' }] }, read(2027)];
    expect(isWorkingDay(both, '2026-04-30')).toBe(true);
  });

  it.each([
    ['the next working day after a Friday is Monday', '2027-01-08', '2027-01-11', '2027-01-08'],
    ['after the last working day of 2026 comes the first of 2027', '2026-12-31', '2027-01-04', '2026-12-31'],
    ['on or after a working day is that day', '2026-12-30', '2026-12-31', '2026-12-30'],
    ['on or after a Saturday is Monday', '2027-01-09', '2027-01-11', '2027-01-11'],
  ])('%s', (_what, day, next, onOrAfter) => {
    expect(nextWorkingDay(calendars, day)).toBe(next);
    expect(workingDayOnOrAfter(calendars, day)).toBe(onOrAfter);
  });
});

describe('calendarDaysAfter: boundary rows', () => {
  it.each([
    ['0 days on a working day is that day', '2027-01-08T10:00', 0, '2027-01-08'],
    ['ends on a Saturday: Monday', '2027-01-07T10:00', 2, '2027-01-11'],
    ['ends on a Sunday: Monday', '2027-01-07T10:00', 3, '2027-01-11'],
    ['handed in on a Saturday: counted from Monday', '2027-01-09T10:00', 1, '2027-01-12'],
    ['at the cut-off minute: counted from that day', '2026-12-29T16:00', 1, '2026-12-30'],
    ['ends on a make-up Saturday: that day', '2026-08-20T10:00', 2, '2026-08-22'],
  ])('%s', (_what, at, n, expected) => {
    expect(calendarDaysAfter(calendars, at, n)).toBe(expected);
  });

  it('with an own cut-off', () => {
    expect(calendarDaysAfter(calendars, '2026-12-29T15:30', 1, '15:00')).toBe('2026-12-31');
    expect(resultDate(calendars, '2026-12-30T15:30', { value: 1, unit: 'calendar-days' }, undefined, '15:00')).toEqual({ receivedOn: '2026-12-31', date: '2027-01-04' });
    expect(resultDate(calendars, '2026-12-28T10:00', { value: 2, unit: 'calendar-days' })).toEqual({ receivedOn: '2026-12-28', date: '2026-12-30' });
  });

  it('a week in calendar days is not a week in working days', () => {
    expect(resultDate(calendars, '2027-01-04T10:00', { value: 7, unit: 'calendar-days' })).toEqual({ receivedOn: '2027-01-04', date: '2027-01-11' });
    expect(resultDate(calendars, '2027-01-04T10:00', { value: 7, unit: 'working-days' })).toEqual({ receivedOn: '2027-01-04', date: '2027-01-13' });
  });

  it('working days with an own cut-off give both days', () => {
    expect(resultDate(calendars, '2026-12-30T15:30', { value: 1, unit: 'working-days' }, undefined, '15:00')).toEqual({ receivedOn: '2026-12-31', date: '2027-01-04' });
  });
});

describe('the years a catalog has calendars for', () => {
  it('are listed in order, whatever order the files came in', () => {
    expect(calendarYears([read(2027), read(2026)])).toEqual([2026, 2027]);
    expect(calendarYears([])).toEqual([]);
  });

  it('a catalog without calendars says so and how to add them', () => {
    const e = caught(() => workingDaysAfter([], '2026-12-30T10:00', 1));
    expect(e.code).toBe('outside-calendar');
    expect(e.message).toBe('the catalog has no working calendar for 2026 (it has none), so 2026-12-30 cannot be counted');
    expect(e.hint).toBe('add calendars/<year>.yaml files to the catalog');
    expect(e.path).toBe('2026-12-30');
    expect(e.year).toBe(2026);
    expect(e.years).toEqual([]);
  });

  it('a count that runs past the last year names the day it reached', () => {
    const e = caught(() => calendarDaysAfter(calendars, '2027-12-20T10:00', 30));
    expect(e.message).toBe('the catalog has no working calendar for 2028 (it has 2026–2027), so 2028-01-19 cannot be counted');
    expect(e.path).toBe('2028-01-19');
  });

  it('a catalog with one year names that year, not a range', () => {
    const e = caught(() => isWorkingDay([read(2027)], '2026-12-30'));
    expect(e.message).toBe('the catalog has no working calendar for 2026 (it has 2027), so 2026-12-30 cannot be counted');
  });
});

describe('a processing time that is not a whole number of days', () => {
  it.each([
    [-1, 'working days', (n: number) => workingDaysAfter(calendars, '2026-12-30T10:00', n)],
    [1.5, 'working days', (n: number) => workingDaysAfter(calendars, '2026-12-30T10:00', n)],
    [-1, 'calendar days', (n: number) => calendarDaysAfter(calendars, '2026-12-30T10:00', n)],
    [0.5, 'calendar days', (n: number) => calendarDaysAfter(calendars, '2026-12-30T10:00', n)],
  ])('%s %s', (n, unit, count) => {
    const e = caught(() => count(n));
    expect(e.code).toBe('bad-duration');
    expect(e.message).toBe(`${n} ${unit} is not a whole number of zero or more`);
    expect(e.hint).toBe('write processing times as whole numbers: 5, not 5.5 or -1');
    expect(e.path).toBe('processingTime.value');
  });
});
