/**
 * Results due a number of working hours after a submission: the minute a count ends when it fills
 * a period exactly, the cut-off minute, lunch, weekends and holidays, and bad input.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CalendarError, STANDARD_WORKING_HOURS, resultDate, workingHoursAfter, type CalendarYear } from '../../src/index.js';

const read = (year: number) => parse(readFileSync(fileURLToPath(new URL(`../../../../catalog/calendars/${year}.yaml`, import.meta.url)), 'utf8')) as CalendarYear;
const calendars: CalendarYear[] = [read(2026), read(2027)];

describe('workingHoursAfter at the edges of office hours (07:30–11:30, 13:00–17:00, cut-off 16:00)', () => {
  it.each([
    ['a count that fills the morning ends at 11:30, not after lunch', '2026-12-30T10:30', 1, '2026-12-30T11:30'],
    ['handed in at the cut-off minute: counted that day, due at closing', '2026-12-30T16:00', 1, '2026-12-30T17:00'],
    ['one minute after the cut-off: from the next morning', '2026-12-30T16:01', 1, '2026-12-31T08:30'],
    ['handed in at lunch: from 13:00', '2026-12-30T12:00', 1, '2026-12-30T14:00'],
    ['handed in as the morning closes: from 13:00', '2026-12-30T11:30', 1, '2026-12-30T14:00'],
    ['zero hours during office hours: that moment', '2026-12-30T10:00', 0, '2026-12-30T10:00'],
    ['zero hours before opening: opening time', '2026-12-30T06:00', 0, '2026-12-30T07:30'],
    ['zero hours at the minute the morning closes: when the office opens again', '2026-12-30T11:30', 0, '2026-12-30T13:00'],
    ['a date without a time: from opening', '2026-12-30', 1, '2026-12-30T08:30'],
    ['handed in on a Saturday: from Monday morning', '2027-01-02T09:00', 1, '2027-01-04T08:30'],
    ['handed in on a holiday (New Year 2027): from the next working day', '2027-01-01T09:00', 2, '2027-01-04T09:30'],
    ['two working days and a bit, over New Year and a weekend', '2026-12-30T10:00', 16, '2027-01-04T10:00'],
    ['minutes below ten are written with two digits', '2026-12-30T09:00', 0.1, '2026-12-30T09:06'],
    ['a quarter hour', '2026-12-30T07:30', 1.25, '2026-12-30T08:45'],
    ['a full day from the opening minute ends at closing', '2026-12-30T07:30', 8, '2026-12-30T17:00'],
  ])('%s', (_what, submittedAt, hours, expected) => {
    expect(workingHoursAfter(calendars, submittedAt, hours)).toBe(expected);
  });

  it('reads office hours in any order', () => {
    const afternoonFirst = [{ opens: '13:00', closes: '17:00' }, { opens: '07:30', closes: '11:30' }];
    expect(workingHoursAfter(calendars, '2026-12-30T10:00', 4, afternoonFirst)).toBe('2026-12-30T15:30');
    expect(workingHoursAfter(calendars, '2026-12-30T10:00', 4, STANDARD_WORKING_HOURS)).toBe('2026-12-30T15:30');
  });

  it('an office with one period a day', () => {
    expect(workingHoursAfter(calendars, '2026-12-30T10:00', 3, [{ opens: '08:00', closes: '12:00' }])).toBe('2026-12-31T09:00');
  });

  it('a procedure’s own cut-off decides whether the count starts that day', () => {
    expect(workingHoursAfter(calendars, '2026-12-30T11:15', 1, STANDARD_WORKING_HOURS, '11:00')).toBe('2026-12-31T08:30');
    expect(workingHoursAfter(calendars, '2026-12-30T11:00', 1, STANDARD_WORKING_HOURS, '11:00')).toBe('2026-12-30T13:30');
    expect(workingHoursAfter(calendars, '2026-12-30T16:30', 0.5, STANDARD_WORKING_HOURS, '16:45')).toBe('2026-12-30T17:00');
  });

  it('resultDate gives the working-hours due time with the day it was received', () => {
    expect(resultDate(calendars, '2026-12-30T16:30', { value: 2, unit: 'working-hours' })).toEqual({ receivedOn: '2026-12-31', date: '2026-12-31', dateTime: '2026-12-31T09:30' });
    expect(resultDate(calendars, '2026-12-30T15:30', { value: 1, unit: 'working-hours' }, [{ opens: '08:00', closes: '16:00' }])).toEqual({
      receivedOn: '2026-12-30', date: '2026-12-31', dateTime: '2026-12-31T08:30',
    });
    expect(resultDate(calendars, '2026-12-30T15:30', { value: 1, unit: 'working-hours' }, undefined, '15:00')).toEqual({
      receivedOn: '2026-12-31', date: '2026-12-31', dateTime: '2026-12-31T08:30',
    });
  });
});

describe('workingHoursAfter: bad input gets a clear error', () => {
  it.each([
    [-1, '-1 working hours is not a number of zero or more'],
    [Number.NaN, 'NaN working hours is not a number of zero or more'],
    [Number.POSITIVE_INFINITY, 'Infinity working hours is not a number of zero or more'],
  ])('%s hours', (hours, message) => {
    expect(() => workingHoursAfter(calendars, '2026-12-30T10:00', hours)).toThrowError(
      expect.objectContaining({ name: 'CalendarError', code: 'bad-duration', message, hint: 'write the processing time as a number of hours, e.g. 4', path: 'processingTime.value' }),
    );
  });

  it('an office without hours', () => {
    let error: unknown;
    try {
      workingHoursAfter(calendars, '2026-12-30T10:00', 1, []);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CalendarError);
    expect(error).toMatchObject({ code: 'bad-duration', message: 'no office hours to count working hours in', hint: 'give at least one opening period', path: '' });
  });

  it('a submission that is not a date', () => {
    expect(() => workingHoursAfter(calendars, '30/12/2026 10:00', 1)).toThrowError(expect.objectContaining({ code: 'malformed-date-time' }));
  });
});
