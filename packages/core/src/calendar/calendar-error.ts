/** Why a date could not be counted: typed, with a stable code, so widgets can translate it. */
export type CalendarErrorCode = 'outside-calendar' | 'malformed-date-time' | 'bad-duration';

export class CalendarError extends Error {
  readonly code: CalendarErrorCode;
  /** What was given, e.g. the submission date-time or the year that is missing. */
  readonly path: string;
  readonly hint: string;
  /** For `outside-calendar`: the year without a calendar and the years the catalog has. */
  readonly year?: number;
  readonly years?: number[];

  constructor(code: CalendarErrorCode, message: string, hint: string, extra: { path?: string; year?: number; years?: number[] } = {}) {
    super(message);
    this.name = 'CalendarError';
    this.code = code;
    this.hint = hint;
    this.path = extra.path ?? '';
    if (extra.year !== undefined) this.year = extra.year;
    if (extra.years) this.years = extra.years;
  }
}
