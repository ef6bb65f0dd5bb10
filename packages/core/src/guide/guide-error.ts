/** What went wrong in a guide, with a stable code for widgets to translate and a hint to act on. */
export type GuideErrorCode =
  | 'unknown-target'
  | 'unknown-question'
  | 'not-asked'
  | 'wrong-type'
  | 'unknown-option'
  | 'exclusive-option'
  | 'empty-choice'
  | 'repeated-option'
  | 'below-min'
  | 'above-max'
  | 'not-whole'
  | 'malformed-date'
  | 'too-early'
  | 'too-late'
  | 'malformed-link'
  | 'foreign-link'
  | 'no-route';

export class GuideError extends Error {
  readonly code: GuideErrorCode;
  /** The question key, or what was given, e.g. the target id. */
  readonly path: string;
  readonly hint: string;
  /** Values a translated message needs, e.g. `{ min: 1, max: 10 }`. */
  readonly params: Readonly<Record<string, string | number>>;

  constructor(code: GuideErrorCode, path: string, message: string, hint: string, params: Record<string, string | number> = {}) {
    super(message);
    this.name = 'GuideError';
    this.code = code;
    this.path = path;
    this.hint = hint;
    this.params = params;
  }
}

/** An operation on a guide either gives the new value or says why not; it never throws for bad input. */
export type GuideResult<T> = { ok: true; value: T } | { ok: false; error: GuideError };
