/**
 * JSON Schema definitions of a guided flow, merged into the catalog's source schema so
 * `catalog/guides/<procedure-id>.yaml` gets the same completion, checks and messages as every
 * other source file. Semantics (ids that exist, paths, loops) are checked by {@link lintFlow}.
 */
import { TIME_UNITS } from '../catalog/model.js';
import { QUESTION_TYPES } from '../catalog/guide-flow.js';

type Json = Record<string, unknown>;

export interface SchemaHelpers {
  ref(name: string): Json;
  obj(description: string, required: string[], properties: Record<string, Json>): Json;
  list(items: Json, description: string, minItems?: number): Json;
}

export function guideSchemaDefs({ ref, obj, list }: SchemaHelpers): Record<string, Json> {
  const idOrIds: Json = { anyOf: [ref('id'), list(ref('id'), 'Ids.', 1)], description: 'An id, or a list of ids.' };
  const number = (description: string): Json => ({ type: 'number', description });
  return {
    dateRef: { type: 'string', pattern: '^(today|submission|\\d{4}-\\d{2}-\\d{2})$', description: 'A day: YYYY-MM-DD, today, or submission (the planned submission day).' },
    guideCondition: obj('A condition over earlier answers, e.g. { answer: issued-in, equals: abroad }.', [], {
      answer: { ...ref('id'), description: 'The question whose answer is compared.' },
      equals: { type: ['string', 'number', 'boolean'], description: 'The option value, true/false for yes-no, or a number.' },
      in: list({ type: ['string', 'number'] }, 'Any of these option values or numbers.', 1),
      includes: { ...ref('id'), description: 'Multiple choice: this option is among those chosen.' },
      greaterThan: number('More than this number (or, with monthsBefore…, more than this many months).'),
      atLeast: number('This number or more.'),
      lessThan: number('Less than this number.'),
      atMost: number('This number or less.'),
      before: ref('dateRef'),
      after: ref('dateRef'),
      daysBefore: ref('dateRef'),
      monthsBefore: ref('dateRef'),
      yearsBefore: ref('dateRef'),
      not: ref('guideCondition'),
      all: list(ref('guideCondition'), 'Every condition holds.', 1),
      any: list(ref('guideCondition'), 'At least one condition holds.', 1),
    }),
    guideEnding: obj('Why the flow ends here, and what to do instead.', ['reason'], { reason: ref('markdown'), instead: ref('markdown') }),
    guideEffect: obj('One change to the plan: require, drop, addFee, dropFee, waiveFee, discountFee, channel, processingTime, note, tip, route, notEligible or notNeeded.', [], {
      require: idOrIds,
      drop: idOrIds,
      addFee: ref('id'),
      quantity: {
        anyOf: [{ type: 'integer', minimum: 0 }, obj('A count taken from a number answer.', ['answer'], { answer: ref('id'), minus: { type: 'integer', minimum: 0 } })],
        description: 'How many times the fee is charged: a number, or { answer: copies, minus: 2 }.',
      },
      dropFee: ref('id'),
      waiveFee: ref('id'),
      discountFee: ref('id'),
      percent: { type: 'number', minimum: 0, maximum: 100 },
      amount: { type: 'integer', minimum: 0 },
      channel: ref('id'),
      processingTime: obj('A different processing time.', ['value', 'unit'], { value: { type: 'number', minimum: 0 }, unit: { enum: [...TIME_UNITS] } }),
      note: ref('markdown'),
      tip: ref('markdown'),
      route: { ...ref('id'), description: 'Ends the flow: the citizen needs this other procedure.' },
      notEligible: ref('guideEnding'),
      notNeeded: ref('guideEnding'),
      why: ref('markdown'),
    }),
    guideOption: obj('One answer to choose.', ['value', 'label'], {
      value: ref('id'),
      label: ref('text'),
      help: ref('markdown'),
      exclusive: { type: 'boolean', description: 'Multiple choice: "none of these", chosen alone.' },
      effects: list(ref('guideEffect'), 'Applied when this option is chosen.'),
    }),
    guideBranch: obj('Where to go when the condition holds; the last branch usually has no condition.', ['goto'], {
      when: ref('guideCondition'),
      goto: { ...ref('id'), description: 'A question id, or plan to end with the personal plan.' },
    }),
    guideQuestion: obj('One question.', ['id', 'type', 'prompt'], {
      id: ref('id'),
      type: { enum: [...QUESTION_TYPES], description: 'single, multiple, yes-no, number or date.' },
      prompt: ref('markdown'),
      help: ref('markdown'),
      options: list(ref('guideOption'), 'The answers to choose from (single and multiple).'),
      min: { type: 'number' },
      max: { type: 'number' },
      integer: { type: 'boolean', description: 'Whole numbers only.' },
      unit: ref('text'),
      earliest: ref('dateRef'),
      latest: ref('dateRef'),
      effects: list(ref('guideEffect'), 'Applied whenever the question is answered.'),
      shared: {
        anyOf: [ref('id'), { const: false }],
        description: 'The topic this question shares with the other procedures of a life event (applicant and channel share by default); false opts out.',
      },
      next: {
        anyOf: [ref('id'), list(ref('guideBranch'), 'Branches, tried in order.', 1)],
        description: 'The next question id, plan, or a list of branches. Omitted: the plan.',
      },
    }),
    guideRule: obj('Effects applied when a condition over several answers holds.', ['effects'], {
      when: ref('guideCondition'),
      effects: list(ref('guideEffect'), 'Effects.', 1),
    }),
    guide: obj('A guided flow (catalog/guides/<procedure-id>.yaml).', ['questions'], {
      start: ref('id'),
      intro: ref('markdown'),
      questions: list(ref('guideQuestion'), 'Questions; the first is asked first unless start says otherwise.', 1),
      rules: list(ref('guideRule'), 'Effects that depend on several answers, applied in order after those of the questions.'),
    }),
  };
}
