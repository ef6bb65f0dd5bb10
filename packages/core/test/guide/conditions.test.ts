import { describe, expect, it } from 'vitest';
import { evaluateCondition, type Condition, type Truth } from '../../src/index.js';
import { holds } from '../../src/guide/index.js';
import { conditionQuestions } from '../../src/guide/conditions.js';

const ctx = (answers: Record<string, string | string[] | number | boolean>) => ({ answers, today: '2026-03-10', submission: '2026-03-12' });

// Answers: age 18, married, documents [id, photo], born 2025-12-12; "lost" not answered yet.
const ANSWERS = ctx({ age: 18, status: 'married', docs: ['id', 'photo'], born: '2025-12-12', single: ['id'], code: '20', small: '10', dates: ['2025-01-01'] });

const rows: [string, Condition, Truth][] = [
  // Unanswered questions are unknown, and unknown never becomes true (docs/guide.md).
  ['an unanswered question is unknown', { answer: 'lost', equals: true }, undefined],
  ['not of an unanswered question stays unknown', { not: { answer: 'lost', equals: true } }, undefined],
  ['not of not of an unanswered question stays unknown', { not: { not: { answer: 'lost', equals: true } } }, undefined],
  ['all: one false decides even with an unknown', { all: [{ answer: 'lost', equals: true }, { answer: 'age', lessThan: 18 }] }, false],
  ['all: true and unknown is unknown', { all: [{ answer: 'lost', equals: true }, { answer: 'age', atLeast: 18 }] }, undefined],
  ['all: every part true', { all: [{ answer: 'status', equals: 'married' }, { answer: 'age', atLeast: 18 }] }, true],
  ['any: one true decides even with an unknown', { any: [{ answer: 'lost', equals: true }, { answer: 'age', atLeast: 18 }] }, true],
  ['any: false and unknown is unknown', { any: [{ answer: 'lost', equals: true }, { answer: 'age', lessThan: 18 }] }, undefined],
  ['any: every part false', { any: [{ answer: 'status', equals: 'single' }, { answer: 'age', lessThan: 18 }] }, false],
  ['not of a known false is true', { not: { answer: 'status', equals: 'single' } }, true],
  ['not of a known true is false', { not: { answer: 'status', equals: 'married' } }, false],
  ['several keys in one condition must all hold', { answer: 'status', equals: 'married', all: [{ answer: 'age', lessThan: 18 }] }, false],
  // Number boundaries: 18 is at least 18 and at most 18, neither greater nor less.
  ['atLeast at the boundary', { answer: 'age', atLeast: 18 }, true],
  ['atLeast just above', { answer: 'age', atLeast: 19 }, false],
  ['greaterThan at the boundary', { answer: 'age', greaterThan: 18 }, false],
  ['greaterThan just below', { answer: 'age', greaterThan: 17 }, true],
  ['atMost at the boundary', { answer: 'age', atMost: 18 }, true],
  ['atMost just below', { answer: 'age', atMost: 17 }, false],
  ['lessThan at the boundary', { answer: 'age', lessThan: 18 }, false],
  ['lessThan just above', { answer: 'age', lessThan: 19 }, true],
  ['a range, both ends', { answer: 'age', atLeast: 18, lessThan: 19 }, true],
  ['a number comparison on a text answer is false', { answer: 'status', atLeast: 1 }, false],
  ['a text answer of digits is not a number: atLeast', { answer: 'code', atLeast: 18 }, false],
  ['a text answer of digits is not a number: greaterThan', { answer: 'code', greaterThan: 18 }, false],
  ['a text answer of digits is not a number: lessThan', { answer: 'small', lessThan: 18 }, false],
  ['a text answer of digits is not a number: atMost', { answer: 'small', atMost: 18 }, false],
  ['every comparison in one condition must hold', { answer: 'age', atLeast: 18, lessThan: 18 }, false],
  ['equals a text', { answer: 'status', equals: 'married' }, true],
  ['equals a number', { answer: 'age', equals: 18 }, true],
  ['a list of dates is not a date: before', { answer: 'dates', before: '2026-01-01' }, false],
  ['a list of dates is not a date: after', { answer: 'dates', after: '2024-01-01' }, false],
  // Choices.
  ['in', { answer: 'status', in: ['single', 'married'] }, true],
  ['in, not listed', { answer: 'status', in: ['single'] }, false],
  ['in over a multiple choice', { answer: 'docs', in: ['passport', 'photo'] }, true],
  ['in over a multiple choice, none listed', { answer: 'docs', in: ['passport'] }, false],
  ['includes', { answer: 'docs', includes: 'photo' }, true],
  ['includes, not chosen', { answer: 'docs', includes: 'passport' }, false],
  ['includes over a single answer', { answer: 'status', includes: 'married' }, true],
  ['includes over a single answer, another option', { answer: 'status', includes: 'single' }, false],
  ['equals over a multiple choice of one', { answer: 'single', equals: 'id' }, true],
  ['equals over a multiple choice of one, another option', { answer: 'single', equals: 'photo' }, false],
  ['equals over a multiple choice of two', { answer: 'docs', equals: 'id' }, false],
  // Dates: strict before/after, the day itself is neither.
  ['before the same day', { answer: 'born', before: '2025-12-12' }, false],
  ['before the next day', { answer: 'born', before: '2025-12-13' }, true],
  ['after the same day', { answer: 'born', after: '2025-12-12' }, false],
  ['after the day before', { answer: 'born', after: '2025-12-11' }, true],
  ['before today', { answer: 'born', before: 'today' }, true],
  // Elapsed time, counted to the submission day (2026-03-12): exactly 3 months.
  ['exactly 3 months before submission: at least 3', { answer: 'born', monthsBefore: 'submission', atLeast: 3 }, true],
  ['exactly 3 months before submission: not more than 3', { answer: 'born', monthsBefore: 'submission', greaterThan: 3 }, false],
  ['exactly 3 months before submission: at most 3', { answer: 'born', monthsBefore: 'submission', atMost: 3 }, true],
  ['exactly 3 months before submission: not less than 3', { answer: 'born', monthsBefore: 'submission', lessThan: 3 }, false],
  ['exactly 3 months: equals 3', { answer: 'born', monthsBefore: 'submission', equals: 3 }, true],
  ['exactly 3 months: does not equal 4', { answer: 'born', monthsBefore: 'submission', equals: 4 }, false],
  ['exactly 3 months: not at most 2', { answer: 'born', monthsBefore: 'submission', atMost: 2 }, false],
  ['exactly 3 months: not at least 4', { answer: 'born', monthsBefore: 'submission', atLeast: 4 }, false],
  ['exactly 3 months: more than 2', { answer: 'born', monthsBefore: 'submission', greaterThan: 2 }, true],
  ['to today (2026-03-10) it is less than 3 months', { answer: 'born', monthsBefore: 'today', lessThan: 3 }, true],
  ['90 days before submission: more than 89', { answer: 'born', daysBefore: 'submission', greaterThan: 89 }, true],
  ['90 days before submission: not more than 90', { answer: 'born', daysBefore: 'submission', greaterThan: 90 }, false],
  ['years before: less than one year', { answer: 'born', yearsBefore: 'submission', lessThan: 1 }, true],
  ['years before: not at least one year', { answer: 'born', yearsBefore: 'submission', atLeast: 1 }, false],
  ['elapsed time on a number answer is false', { answer: 'age', daysBefore: 'today', greaterThan: 1 }, false],
];

describe('conditions are three-valued: true, false or unknown until answered', () => {
  it.each(rows)('%s', (_name, condition, expected) => {
    expect(evaluateCondition(condition, ANSWERS)).toBe(expected);
    // A rule fires only on a certain true.
    expect(holds(condition, ANSWERS)).toBe(expected === true);
  });

  it('a missing condition always holds', () => {
    expect(holds(undefined, ANSWERS)).toBe(true);
  });

  it('reads prefixed answers in a life-event journey', () => {
    expect(evaluateCondition({ answer: 'age', atLeast: 18 }, { ...ctx({ 'birth-registration:age': 20 }), prefix: 'birth-registration:' })).toBe(true);
    expect(evaluateCondition({ answer: 'age', atLeast: 18 }, { ...ctx({ age: 20 }), prefix: 'birth-registration:' })).toBeUndefined();
  });
});

describe('the questions a condition reads (what the flow lint and the diagram show)', () => {
  it('is empty without a condition', () => {
    expect(conditionQuestions(undefined)).toEqual([]);
  });

  it('names the question of a plain test', () => {
    expect(conditionQuestions({ answer: 'age', atLeast: 18 })).toEqual(['age']);
  });

  it('reads every branch of all, any and not, in order, each question once', () => {
    const condition: Condition = {
      all: [{ answer: 'resident', equals: 'yes' }, { any: [{ answer: 'age', atLeast: 18 }, { answer: 'guardian', equals: 'yes' }] }],
      any: [{ answer: 'channel', equals: 'online' }, { answer: 'age', lessThan: 60 }],
      not: { answer: 'foreigner', equals: 'yes' },
    };
    expect(conditionQuestions(condition)).toEqual(['resident', 'age', 'guardian', 'channel', 'foreigner']);
  });

  it('reads a not inside an all, and the outer answer first', () => {
    expect(conditionQuestions({ answer: 'married', equals: 'yes', all: [{ not: { answer: 'divorced', equals: 'yes' } }] })).toEqual(['married', 'divorced']);
  });
});
