/**
 * The dates and times the counter writes: what is accepted as a submission time, and the date
 * arithmetic conditions and plans rely on (months that are shorter, days between, today in Vietnam).
 */
import { describe, expect, it } from 'vitest';
import { CalendarError, addDays, addMonths, daysBetween, isIsoDate, parseLocalDateTime, todayInVietnam } from '../../src/index.js';

describe('parseLocalDateTime: the submission time as written at the counter', () => {
  it.each([
    ['a date and time', '2026-12-30T10:05', '2026-12-30', 605],
    ['a space instead of T', '2026-12-30 10:05', '2026-12-30', 605],
    ['seconds are accepted and dropped', '2026-12-30T10:05:59', '2026-12-30', 605],
    ['fractions of a second too', '2026-12-30T10:05:07.250', '2026-12-30', 605],
    ['spaces around are ignored', '  2026-12-30T10:05 ', '2026-12-30', 605],
    ['a date alone is the start of the day', '2026-12-30', '2026-12-30', 0],
    ['midnight', '2026-12-30T00:00', '2026-12-30', 0],
    ['the last minute of the day', '2026-12-30T23:59', '2026-12-30', 23 * 60 + 59],
    ['23:00', '2026-12-30T23:00', '2026-12-30', 23 * 60],
    ['a 29 February that exists', '2028-02-29T08:00', '2028-02-29', 480],
  ])('%s: %s', (_what, text, date, minutes) => {
    expect(parseLocalDateTime(text)).toEqual({ date, minutes });
  });

  it.each([
    ['an hour 24', '2026-12-30T24:00'],
    ['a minute 60', '2026-12-30T10:60'],
    ['a day that does not exist', '2026-02-29T10:00'],
    ['month 13', '2026-13-01'],
    ['text before the date', 'x2026-12-30T10:00'],
    ['text after the time', '2026-12-30T10:00x'],
    ['a time zone', '2026-12-30T10:00Z'],
    ['an hour without minutes', '2026-12-30T10'],
    ['a one-digit hour', '2026-12-30T9:05'],
    ['a one-digit month', '2026-1-30'],
    ['a five-digit year', '20261-12-30'],
    ['letters for digits', '2026-12-3OT10:00'],
    ['one digit of seconds', '2026-12-30T10:05:5'],
    ['a dot without fractions', '2026-12-30T10:05:07.'],
    ['another separator', '2026-12-30_10:05'],
    ['the Vietnamese day-first order', '30/12/2026'],
    ['nothing', ''],
  ])('rejects %s ("%s") with a message naming it and the field', (_what, text) => {
    let error: unknown;
    try {
      parseLocalDateTime(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CalendarError);
    const e = error as CalendarError;
    expect(e.name).toBe('CalendarError');
    expect(e.code).toBe('malformed-date-time');
    expect(e.message).toBe(`"${text}" is not a date and time`);
    expect(e.hint).toBe('write the date as YYYY-MM-DD, with the time as YYYY-MM-DDTHH:MM, e.g. 2026-12-30T10:00');
    expect(e.path).toBe('submittedAt');
    // A malformed text has no year to report, so the error carries none.
    expect(e.year).toBeUndefined();
    expect(e.years).toBeUndefined();
  });
});

describe('isIsoDate: an existing day written YYYY-MM-DD', () => {
  it.each([
    ['2026-12-31', true],
    ['2026-01-01', true],
    ['2028-02-29', true],
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2026-04-31', false],
    ['2026-12-32', false],
    ['2026-00-10', false],
    ['2026-13-10', false],
    ['2026-05-00', false],
    // Years below 100 are typos (Date would read them as 19xx), not days a dossier was handed in.
    ['0026-12-30', false],
    ['2026-12-30T10:00', false],
    [' 2026-12-30', false],
    ['x2026-12-30', false],
    ['2026-12-30x', false],
    ['2026-1-30', false],
  ])('%s → %s', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });
});

describe('date arithmetic', () => {
  it.each([
    ['2026-12-30', 2, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-12-30', 0, '2026-12-30'],
  ])('addDays(%s, %i) = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ['keeps the day', '2026-12-15', 1, '2027-01-15'],
    ['31 January + 1 month is the last day of February', '2026-01-31', 1, '2026-02-28'],
    ['in a leap year, 29 February', '2028-01-31', 1, '2028-02-29'],
    ['31 May + 1 month is 30 June', '2026-05-31', 1, '2026-06-30'],
    ['31 March − 1 month is 28 February', '2026-03-31', -1, '2026-02-28'],
    ['a year is twelve months', '2026-01-30', 12, '2027-01-30'],
    ['back across a year', '2027-01-15', -2, '2026-11-15'],
  ])('addMonths: %s', (_what, date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    ['2026-12-30', '2027-01-04', 5],
    ['2027-01-04', '2026-12-30', -5],
    ['2026-12-30', '2026-12-30', 0],
    ['2026-01-01', '2027-01-01', 365],
  ])('daysBetween(%s, %s) = %i', (a, b, expected) => {
    expect(daysBetween(a, b)).toBe(expected);
  });

  it.each([
    ['16:59 UTC is 23:59 in Vietnam: still that day', '2026-12-30T16:59:59Z', '2026-12-30'],
    ['17:00 UTC is midnight in Vietnam: the next day', '2026-12-30T17:00:00Z', '2026-12-31'],
    ['early morning UTC is the same day in Vietnam', '2026-12-30T01:00:00Z', '2026-12-30'],
  ])('todayInVietnam: %s', (_what, utc, expected) => {
    expect(todayInVietnam(new Date(utc))).toBe(expected);
  });

  it('todayInVietnam without a clock reads the current time', () => {
    const before = todayInVietnam(new Date(Date.now() - 1000));
    const after = todayInVietnam(new Date(Date.now() + 1000));
    expect([before, after]).toContain(todayInVietnam());
  });
});
