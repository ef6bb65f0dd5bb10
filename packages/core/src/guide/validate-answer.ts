/** Checks one answer against its question, as the citizen gave it. */
import { isIsoDate } from '../calendar/local-date-time.js';
import { resolveDate } from './conditions.js';
import type { Question } from '../catalog/guide-flow.js';
import { GuideError } from './guide-error.js';

export interface AnswerContext {
  today: string;
  submission: string;
}

/** `undefined` when the value is a valid answer, otherwise the error to show. */
export function validateAnswer(key: string, question: Question<unknown>, value: unknown, ctx: AnswerContext): GuideError | undefined {
  const wrongType = (want: string, example: string) =>
    new GuideError('wrong-type', key, `the answer to "${key}" should be ${want}, not ${describe(value)}`, `answer with ${example}`, { want });
  const options = question.options ?? [];
  const known = options.map((o) => o.value);
  switch (question.type) {
    case 'single': {
      if (typeof value !== 'string') return wrongType('one of its options', `one of: ${known.join(', ')}`);
      if (!known.includes(value)) return unknownOption(key, value, known);
      return undefined;
    }
    case 'multiple': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return wrongType('a list of its options', `a list such as ["${known[0] ?? 'option'}"]`);
      if (!value.length) {
        const none = options.find((o) => o.exclusive);
        return new GuideError('empty-choice', key, `choose at least one option for "${key}"`, none ? `choose "${none.value}" if none of them applies` : 'choose at least one option', {});
      }
      for (const v of value as string[]) if (!known.includes(v)) return unknownOption(key, v, known);
      if (new Set(value).size !== value.length) return new GuideError('repeated-option', key, `an option is chosen twice for "${key}"`, 'list each option once');
      const exclusive = options.find((o) => o.exclusive && value.includes(o.value));
      if (exclusive && value.length > 1) {
        return new GuideError('exclusive-option', key, `"${exclusive.value}" cannot be combined with other options`, `choose either "${exclusive.value}" alone or the options that apply`, { option: exclusive.value });
      }
      return undefined;
    }
    case 'yes-no':
      return typeof value === 'boolean' ? undefined : wrongType('yes or no', 'true (yes) or false (no)');
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return wrongType('a number', 'digits only, e.g. 3');
      if (question.integer && !Number.isInteger(value)) return new GuideError('not-whole', key, `${value} is not a whole number`, 'answer with a whole number, e.g. 3');
      if (question.min !== undefined && value < question.min) return new GuideError('below-min', key, `${value} is less than ${question.min}`, `answer with a number from ${question.min}${question.max !== undefined ? ` to ${question.max}` : ''}`, { min: question.min });
      if (question.max !== undefined && value > question.max) return new GuideError('above-max', key, `${value} is more than ${question.max}`, `answer with a number${question.min !== undefined ? ` from ${question.min}` : ''} up to ${question.max}`, { max: question.max });
      return undefined;
    }
    case 'date': {
      if (typeof value !== 'string' || !isIsoDate(value)) return new GuideError('malformed-date', key, `${describe(value)} is not a date`, 'write the date as YYYY-MM-DD, e.g. 2026-03-15');
      if (question.earliest && value < resolveDate(question.earliest, ctx)) {
        const earliest = resolveDate(question.earliest, ctx);
        return new GuideError('too-early', key, `${value} is before ${earliest}, the earliest possible day`, `give a day from ${earliest}`, { earliest });
      }
      if (question.latest && value > resolveDate(question.latest, ctx)) {
        const latest = resolveDate(question.latest, ctx);
        return new GuideError('too-late', key, `${value} is after ${latest}, the latest possible day`, `give a day up to ${latest}`, { latest });
      }
      return undefined;
    }
  }
}

function unknownOption(key: string, value: string, known: string[]): GuideError {
  return new GuideError('unknown-option', key, `"${value}" is not an option of "${key}"`, `choose one of: ${known.join(', ')}`, { option: value });
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

